/**
 * `refresh` on a ledger: deadlines and alerts on the list sheets (planRefresh)
 * plus the generated sheets the workbook already has, rebuilt from the same
 * reading, so 整改台账 / 统计 / 督办清单 never show yesterday's alerts beside
 * today's. Refresh does not add generated sheets a user has not asked for
 * (that is `report`, which builds all three).
 */
import { type ChartOp, type Plan, concatPlans } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { planRefresh } from '../plans/refresh';
import { reportRowsForRefresh } from '../plans/reportRows';
import { generatedSheetsPresent, planGeneratedSheets } from './sheets';
import type { LedgerData } from './types';

export interface LedgerRefresh {
  plan: Plan;
  /** List-sheet cells whose deadline or alert changed. */
  cells: number;
  /** Generated sheets rebuilt (names). */
  rebuilt: string[];
  chart: ChartOp | null;
  /** Units given their 整改报告 row by this refresh (plans/reportRows.ts). */
  reportRows: string[];
}

export function planLedgerRefresh(before: WorkbookSnapshot, read: LedgerData, opts: { now: string }): LedgerRefresh {
  // A unit without its 整改报告 row gets one first (plans/reportRows.ts); the rest is computed with it.
  const rows = reportRowsForRefresh(before, read);
  const snapshot = rows?.snapshot ?? before;
  const data = rows?.parsed ?? read;
  const refresh = planRefresh(snapshot, data);
  const cells = refresh.writes.reduce((n, w) => n + w.values.length * (w.values[0]?.length ?? 0), 0);
  const plan = rows ? concatPlans(rows.plan, refresh) : refresh;
  const only = generatedSheetsPresent(snapshot, data);
  const reportRows = rows?.units.map((u) => u.unit) ?? [];
  if (only.length === 0) return { plan, cells, rebuilt: [], chart: null, reportRows };
  const g = planGeneratedSheets(data, snapshot, { now: opts.now.slice(0, 16), only });
  const rebuilt = g.plan.sheets.map((s) => s.name);
  return { plan: concatPlans(plan, g.plan), cells, rebuilt, chart: g.chart, reportRows };
}
