/** 督办清单 — overdue and due-soon items grouped by responsible unit, ready to paste into a reminder letter. */
import type { CellValue } from '../../core/cells';
import { type MessageKey, t } from '../../../i18n';
import { supervisionAlertText, supervisionGroups, supervisionItems } from '../supervision';
import { milestoneSection } from './milestoneRows';
import type { LedgerData } from '../types';
import { DATE_FMT, type SheetContent, banner, dateCell } from './content';

export function supervisionContent(data: LedgerData, now: string): SheetContent {
  const lang = data.lang;
  const h = (k: MessageKey) => t(lang, k);
  const headers = [
    h('sup.col.unit'),
    h('sup.col.person'),
    h('sup.col.leader'),
    h('sup.col.type'),
    h('sup.col.id'),
    h('sup.col.text'),
    h('sup.col.deadline'),
    h('sup.col.alert'),
    h('sup.col.days'),
    h('sup.col.round'),
  ];
  const items = supervisionItems(data);
  const rows: CellValue[][] = [...banner(lang, 'supervision', data, now), headers];
  if (items.length === 0) rows.push([h('sup.none')]);
  for (const g of supervisionGroups(items)) {
    const counts = { unit: g.unit, overdue: g.overdue, dueSoon: g.dueSoon, extended: g.extended };
    rows.push([t(lang, g.extended ? 'sup.groupExtended' : 'sup.group', counts)]);
    for (const it of g.items) {
      rows.push([
        it.unit,
        it.person,
        it.leader,
        h(`sup.type.${it.type}`),
        it.id,
        it.text,
        dateCell(it.deadline),
        supervisionAlertText(it, lang),
        it.alert === 'overdue' ? it.days : -it.days,
        t(lang, 'sup.round', { n: it.reminders }),
      ]);
    }
  }
  const colours = milestoneSection(data, rows);
  return {
    rows,
    colours,
    formats: [null, null, null, null, null, null, DATE_FMT, null, null, null],
    widths: [16, 10, 10, 8, 15, 44, 12, 14, 10, 12],
    wrap: true,
    headerRow: 3,
  };
}
