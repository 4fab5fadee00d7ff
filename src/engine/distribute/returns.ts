/**
 * 回收情况: for each unit of the latest distribution (its latest package),
 * whether it came back — when, and as which round — against its due date.
 * Rebuilt whole by every collect as a sheet of the master; also what the
 * supervision list chases (ledger/supervision.ts packageItems).
 */
import type { CellValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { type Lang, t } from '../../i18n';
import { compareIso } from '../rules/dates';
import type { ReturnStatus } from '../read/distribution';

export const RETURNS_SHEET = { zh: '回收情况', en: 'Returns' } as const;

/** A unit's return as the 回收情况 sheet (and the pane) says it. */
export function returnStateText(s: ReturnStatus, lang: Lang): string {
  if (s.returned)
    return t(lang, s.due && compareIso(s.returned.date, s.due) > 0 ? 'collect.state.late' : 'collect.state.back');
  return t(lang, s.overdue ? 'collect.state.overdue' : 'collect.state.waiting');
}

/** The sheet, rebuilt (created when missing): header, then one row per unit. */
export function planReturnsSheet(snapshot: WorkbookSnapshot, statuses: readonly ReturnStatus[], lang: Lang): Plan {
  const name = RETURNS_SHEET[lang];
  const plan = emptyPlan();
  const exists = !!findSheet(snapshot, name);
  plan.sheets.push({
    name,
    create: !exists,
    clear: true,
    ...(exists
      ? {}
      : { widths: { 1: 18, 2: 9, 3: 12, 4: 12, 5: 12, 6: 12, 7: 9, 8: 30 }, freeze: { rows: 1, columns: 0 } }),
  });
  const header: CellValue[] = [
    'collect.col.unit',
    'collect.col.round',
    'collect.col.sent',
    'collect.col.due',
    'collect.col.state',
    'collect.col.returned',
    'collect.col.returnedRound',
    'collect.col.file',
  ].map((k) => t(lang, k as Parameters<typeof t>[1]));
  const rows: CellValue[][] = statuses.map((s) => [
    s.unit,
    s.round,
    s.packageDate,
    s.due,
    returnStateText(s, lang),
    s.returned?.date ?? '',
    s.returned?.round ?? '',
    s.returned?.file ?? '',
  ]);
  plan.writes.push({ sheet: name, row: 1, column: 1, values: [header, ...rows] });
  return plan;
}
