/**
 * 督办清单's milestone section: every unit's 整改期满日 (ledger/milestones.ts)
 * in the sheet's columns — unit, type 期满节点, 整改期满日, the days left or
 * passed (the days column counts as the items' do: passed positive, left
 * negative) — near or not, and a colour rule that paints the rows whose report
 * is not in and whose date is within the due-soon days or passed.
 */
import { cellAddress, columnLetters } from '../../core/a1';
import type { CellValue } from '../../core/cells';
import type { ConditionalFormatOp } from '../../core/plan';
import { t } from '../../../i18n';
import { COLORS } from '../../schema/format';
import { milestoneDaysText, reportMilestones } from '../milestones';
import type { LedgerData } from '../types';
import { dateCell } from './content';

const TYPE_COL = 4;
const ALERT_COL = 8;
const DAYS_COL = 9;
const WIDTH = 10;

/** Appends the section to the rows; returns its colour rule (none when no unit has a 整改期满日). */
export function milestoneSection(data: LedgerData, rows: CellValue[][]): Omit<ConditionalFormatOp, 'sheet'>[] {
  const lang = data.lang;
  const milestones = reportMilestones(data);
  if (!milestones.length) return [];
  rows.push([t(lang, 'milestone.sup.heading')]);
  const first = rows.length + 1;
  const type = t(lang, 'milestone.sup.type');
  for (const m of milestones) {
    rows.push([
      m.unit,
      '',
      '',
      type,
      t(lang, 'milestone.sup.id'),
      t(lang, 'milestone.sup.text', { date: m.deadline }),
      dateCell(m.deadline),
      milestoneDaysText(m, lang),
      -m.days,
      '',
    ]);
  }
  const ref = (c: number) => `$${columnLetters(c)}${first}`;
  const inText = t(lang, 'milestone.in');
  return [
    {
      range: `${cellAddress(first, 1)}:${cellAddress(rows.length, WIDTH)}`,
      // The due-soon days as a number, not the workbook name RL_DueSoonDays: this sheet is rebuilt with every
      // refresh, so the number stays current, and a workbook without the name (never set up, or the name
      // deleted) still takes the rule, where Excel refuses a formula naming what does not exist.
      formula: `=AND(${ref(TYPE_COL)}="${type}",${ref(ALERT_COL)}<>"${inText}",${ref(DAYS_COL)}>=-${data.settings.dueSoonDays})`,
      fill: { ...COLORS.milestone },
      priority: 1,
      id: 'supervision.milestone',
      replaces: [`"${type}"`],
    },
  ];
}
