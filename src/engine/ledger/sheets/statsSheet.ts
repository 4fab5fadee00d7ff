/** 统计 — the headline, then the figures by unit, by category and by severity, with their definitions under them. */
import type { CellValue } from '../../core/cells';
import { type Lang, type MessageKey, t } from '../../../i18n';
import type { StatRow, Statistics } from '../stats';
import type { LedgerData } from '../types';
import { PERCENT, type SheetContent, banner } from './content';
import { cycleStatsDefinitions, cycleStatsRows } from './cycleStats';

/** The columns of every group table, and the figure each shows. */
const COLUMNS: [MessageKey, (r: StatRow) => CellValue][] = [
  ['stats.col.group', (r) => r.key],
  ['stats.col.total', (r) => r.total],
  ['stats.col.rectified', (r) => r.rectified],
  ['stats.col.closed', (r) => r.closed],
  ['stats.col.pendingReview', (r) => r.pendingReview],
  ['stats.col.open', (r) => r.open],
  ['stats.col.overdue', (r) => r.overdue],
  ['stats.col.dueSoon', (r) => r.dueSoon],
  ['stats.col.extended', (r) => r.extended],
  ['stats.col.completionRate', (r) => r.completionRate],
  ['stats.col.closeRate', (r) => r.closeRate],
  ['stats.col.onTimeRate', (r) => r.onTimeRate],
];
const RATE_COLUMNS = 3;
/** 抽查发现, right of the rates, when the workbook has 抽查清单 (docs/SPOTCHECK.md). */
const SPOT_COLUMN: [MessageKey, (r: StatRow) => CellValue] = ['spotcheck.stats.col', (r) => r.spotFound];
type Columns = typeof COLUMNS;

function statRows(title: string, rows: StatRow[], total: StatRow | null, lang: Lang, cols: Columns): CellValue[][] {
  const line = (r: StatRow): CellValue[] => cols.map(([, get]) => get(r));
  return [[title], cols.map(([k]) => t(lang, k)), ...rows.map(line), ...(total ? [line(total)] : [])];
}

/** The headline: the whole ledger in one row, in the same columns as the tables below (so formats line up). */
function headline(stats: Statistics, lang: Lang, cols: Columns): CellValue[][] {
  const all: StatRow = { ...stats.total, key: t(lang, 'stats.found') };
  return [cols.map(([k]) => t(lang, k)), cols.map(([, get]) => get(all))];
}

export function statsContent(
  data: LedgerData,
  stats: Statistics,
  now: string,
): { content: SheetContent; chartRange: string } {
  const lang = data.lang;
  const h = (k: MessageKey) => t(lang, k);
  const cols: Columns = data.spotChecks ? [...COLUMNS, SPOT_COLUMN] : COLUMNS;
  const rows: CellValue[][] = [...banner(lang, 'stats', data, now), [], ...headline(stats, lang, cols), []];
  const unitStart = rows.length + 1;
  rows.push(...statRows(h('stats.byUnit'), stats.byUnit, null, lang, cols));
  const unitEnd = rows.length;
  rows.push([], ...statRows(h('stats.byCategory'), stats.byCategory, stats.total, lang, cols));
  rows.push([], ...statRows(h('stats.bySeverity'), stats.bySeverity, stats.total, lang, cols));
  rows.push(...cycleStatsRows(data));
  rows.push([], [h('stats.definitions')]);
  const definitions: MessageKey[] = [
    'stats.def.rectified',
    'stats.def.open',
    'stats.def.extended',
    'stats.def.rates',
    'stats.def.units',
  ];
  if (data.spotChecks) definitions.push('spotcheck.stats.def');
  for (const k of [...definitions, ...cycleStatsDefinitions(data)]) rows.push([h(k)]);
  const counts = COLUMNS.length - RATE_COLUMNS;
  return {
    content: {
      rows,
      formats: cols.map((_, i) => (i >= counts && i < COLUMNS.length ? PERCENT : null)),
      widths: [22, 10, 10, 10, 10, 10, 10, 10, 10, 12, 10, 12, 10].slice(0, cols.length),
      headerRow: 0,
    },
    // Unit, then problems, rectified, closed, in review, open, overdue, due soon: the chart's categories and series.
    chartRange: `A${unitStart + 1}:H${Math.max(unitEnd, unitStart + 1)}`,
  };
}
