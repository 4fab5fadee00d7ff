/**
 * `refresh` on a ledger: deadlines and alerts on the list sheets (the core's
 * planRefreshParsed) plus the generated sheets the workbook already has,
 * rebuilt from the same reading, so 整改台账 / 统计 / 督办清单 never show
 * yesterday's alerts beside today's. Refresh does not add generated sheets a
 * user has not asked for (that is `report`, which builds all three); a sheet
 * of that name that we did not generate is the user's and is left alone.
 */
import { GENERATED_SHEET_NAMES, GeneratedSheetId } from '../schema/layout';
import { Plan, WorkbookSnapshot, findSheet } from '../core/model';
import { planRefreshParsed } from '../plans/refresh';
import type { ParsedWorkbook } from '../read/workbook';
import { planGeneratedSheets, isGeneratedSheet } from './sheets';
import type { ChartOp } from '../core/model';

const GENERATED_IDS: GeneratedSheetId[] = ['ledger', 'stats', 'supervision'];

/** The generated sheets this workbook has (ours: marked by the banner), in the workbook's layout language. */
export function generatedSheetsPresent(snapshot: WorkbookSnapshot, data: ParsedWorkbook): GeneratedSheetId[] {
  return GENERATED_IDS.filter((id) => {
    const sheet = findSheet(snapshot, GENERATED_SHEET_NAMES[id][data.lang]);
    return !!sheet && isGeneratedSheet(sheet.values);
  });
}

export interface LedgerRefreshOptions {
  /** Local time of the run: `_log` and the generated sheets' banner. */
  now: string;
  user: string;
  /** The `_log` action of the rebuilt sheets (the refresh's own entries carry the core's 刷新). */
  action?: string;
}

export interface LedgerRefresh {
  plan: Plan;
  /** List-sheet cells whose deadline or alert changed. */
  cells: number;
  /** Generated sheets rebuilt (names). */
  rebuilt: string[];
  chart: ChartOp | null;
}

export function planLedgerRefresh(
  snapshot: WorkbookSnapshot,
  data: ParsedWorkbook,
  opts: LedgerRefreshOptions,
): LedgerRefresh {
  const plan = planRefreshParsed(snapshot, data, { today: data.today, now: opts.now });
  const cells = plan.log.length;
  const only = generatedSheetsPresent(snapshot, data);
  if (only.length === 0) return { plan, cells, rebuilt: [], chart: null };
  const g = planGeneratedSheets(data, snapshot, {
    now: opts.now.slice(0, 16),
    user: opts.user,
    action: opts.action,
    only,
  });
  return {
    plan: {
      ...plan,
      sheets: [...plan.sheets, ...g.plan.sheets],
      writes: [...plan.writes, ...g.plan.writes],
      log: [...plan.log, ...g.plan.log],
      ...(g.plan.charts ? { charts: [...(plan.charts ?? []), ...g.plan.charts] } : {}),
    },
    cells,
    rebuilt: g.plan.sheets.map((s) => s.name),
    chart: g.chart,
  };
}
