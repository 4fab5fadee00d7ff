/** 统计 — the headline, then the figures by unit, by category and by severity, with their definitions under them. */
import type { CellValue } from '../../core/cells';
import { type Lang, type MessageKey, t } from '../../../i18n';
import type { StatRow, Statistics } from '../stats';
import type { LedgerData } from '../types';
import { PERCENT, type SheetContent, banner } from './content';

function statRows(title: string, rows: StatRow[], total: StatRow | null, lang: Lang): CellValue[][] {
  const h = (k: MessageKey) => t(lang, k);
  const line = (r: StatRow): CellValue[] => [
    r.key,
    r.total,
    r.closed,
    r.open,
    r.overdue,
    r.dueSoon,
    r.completionRate,
    r.onTimeRate,
  ];
  return [
    [title],
    [
      h('stats.col.group'),
      h('stats.col.total'),
      h('stats.col.closed'),
      h('stats.col.open'),
      h('stats.col.overdue'),
      h('stats.col.dueSoon'),
      h('stats.col.completionRate'),
      h('stats.col.onTimeRate'),
    ],
    ...rows.map(line),
    ...(total ? [line(total)] : []),
  ];
}

export function statsContent(
  data: LedgerData,
  stats: Statistics,
  now: string,
): { content: SheetContent; chartRange: string } {
  const lang = data.lang;
  const h = (k: MessageKey) => t(lang, k);
  const head = stats.headline;
  const rows: CellValue[][] = [
    ...banner(lang, 'stats', data, now),
    [],
    [
      h('stats.found'),
      h('stats.rectified'),
      h('stats.closed'),
      h('stats.overdue'),
      h('stats.dueSoon'),
      h('stats.completionRate'),
    ],
    [head.found, head.rectified, head.closed, head.overdue, head.dueSoon, stats.total.completionRate],
    [],
  ];
  const unitStart = rows.length + 1;
  rows.push(...statRows(h('stats.byUnit'), stats.byUnit, null, lang));
  const unitEnd = rows.length;
  rows.push([]);
  rows.push(...statRows(h('stats.byCategory'), stats.byCategory, stats.total, lang));
  rows.push([]);
  rows.push(...statRows(h('stats.bySeverity'), stats.bySeverity, stats.total, lang));
  rows.push([], [h('stats.definitions')]);
  for (const k of ['stats.def.open', 'stats.def.rates', 'stats.def.units', 'stats.def.rectified'] as MessageKey[])
    rows.push([h(k)]);
  return {
    content: {
      rows,
      formats: [null, null, null, null, null, null, PERCENT, PERCENT],
      widths: [22, 12, 12, 12, 12, 12, 12, 14],
      headerRow: 0,
    },
    // Unit, total, closed, open, overdue, due soon: the chart's categories and five series.
    chartRange: `A${unitStart + 1}:F${Math.max(unitEnd, unitStart + 1)}`,
  };
}
