/**
 * The add-in's commands on the open workbook: the engine's commands run by
 * the one command runner through the Office.js port. The task pane and the
 * ribbon's function commands both call these, so a button in the ribbon and
 * the same button in the pane do the same thing. No rule lives here.
 */
// The engine's modules by path, not its index: the index re-exports every capability (distribute, record…), and
// what the pane reaches from here is in its first download (scripts/bundle-size.js); capabilities come with the
// panels that use them.
import { EngineError } from '../engine/core/errors';
import type { WorkbookSnapshot } from '../engine/core/snapshot';
import type { StructureInfo } from '../engine/plans/structure';
import type { CheckResult } from '../engine/plans/check';
import { localNow, localToday } from '../engine/rules/clock';
import type { IsoDate } from '../engine/rules/dates';
import type { Settings } from '../engine/rules/settings';
import {
  type Overview,
  type RefreshResult,
  checkCommand,
  overviewCommand,
  refreshCommand,
  settingsCommand,
  structureCommand,
} from '../engine/run/commands';
import { type Command, type CommandOutcome, type ReadScope, runCommand } from '../engine/run/runner';
import type { Lang } from '../i18n';
import type { ApplyResult } from './applyPlan';
import { type Degradation, type SyncStats, newStats } from './limits';
import { type ProgressFn, officePort } from './port';
import { isSetSupported, readSnapshot } from './readSnapshot';
import { excelUserName } from './user';

export type { Phase, ProgressFn } from './port';

export interface CommandOptions {
  /** Language of the pane: messages, and the layout of a workbook that has no ledger yet. */
  lang: Lang;
  /** As-of date; default: today on this machine's calendar. */
  today?: IsoDate;
  onProgress?: ProgressFn;
}

export interface ExcelOutcome<R> extends CommandOutcome<R, ApplyResult> {
  stats: SyncStats;
  degraded: Degradation[];
  cellsWritten: number;
}

/** Runs one engine command on the open workbook: one read, one plan, one (chunked) write, in one Excel.run. */
export function runInExcel<R>(command: Command<R>, opts: CommandOptions): Promise<ExcelOutcome<R>> {
  return Excel.run(async (context) => {
    const stats = newStats();
    const user = excelUserName(opts.lang);
    const env = { lang: opts.lang, today: opts.today ?? localToday(), now: localNow(), user };
    const read: Degradation[] = [];
    const port = officePort(context, { stats, user, onProgress: opts.onProgress, degraded: read });
    const outcome = await runCommand(port, command, env);
    return {
      ...outcome,
      stats,
      degraded: [...read, ...(outcome.applied?.degraded ?? [])],
      cellsWritten: outcome.applied?.cellsWritten ?? 0,
    };
  });
}

/** 建立台账结构: idempotent, never destructive (the engine guarantees it; we only apply). */
export const structureWorkbook = (opts: CommandOptions): Promise<ExcelOutcome<StructureInfo>> =>
  runInExcel(structureCommand(), opts);

/** 刷新: deadlines and alerts as of today, and the generated sheets the workbook has. */
export const refreshWorkbook = (opts: CommandOptions): Promise<ExcelOutcome<RefreshResult>> =>
  runInExcel(refreshCommand(), opts);

/** 检查: read only, nothing is written. */
export const checkLedger = (opts: CommandOptions): Promise<ExcelOutcome<CheckResult>> =>
  runInExcel(checkCommand(), opts);

/** The pane's summary and settings, from one read. */
export const readOverview = (opts: CommandOptions): Promise<ExcelOutcome<Overview>> =>
  runInExcel(overviewCommand(), opts);

/** Saves settings into `_settings` (and logs the change). */
export const saveSettings = (values: Partial<Settings>, opts: CommandOptions) =>
  runInExcel(settingsCommand(values), opts);

/** One read of the workbook (the ledger and import panels' starting point): everything, or what `scope` names. */
export function readWorkbookSnapshot(
  opts: Pick<CommandOptions, 'onProgress' | 'lang'>,
  scope?: ReadScope,
): Promise<WorkbookSnapshot> {
  return Excel.run((context) =>
    readSnapshot(context, {
      scope,
      stats: newStats(),
      user: excelUserName(opts.lang),
      onProgress: (d, t) => opts.onProgress?.('read', d, t),
    }),
  );
}

/**
 * Clicking a finding: show its sheet and select its cell. One sync. A hidden
 * sheet cannot be activated nor its cells selected (Excel refuses, as it
 * refuses in its own UI): when Excel refuses, the sheet's visibility is
 * looked up and a hidden sheet is said so in words (excel.sheetHidden).
 */
export function selectCell(sheet: string, address: string): Promise<void> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address || 'A1').select();
    try {
      await ctx.sync();
    } catch (e) {
      if (await isHidden(ctx, sheet)) throw new EngineError('excel.sheetHidden', { sheet, cell: address || 'A1' });
      throw e;
    }
  });
}

/** Whether a sheet exists and is hidden (one sync, asked only once Excel refused to show it). */
async function isHidden(context: Excel.RequestContext, sheet: string): Promise<boolean> {
  const look = context.workbook.worksheets.getItemOrNullObject(sheet);
  look.load('visibility');
  await context.sync();
  return !look.isNullObject && look.visibility !== 'Visible';
}

export interface SelectedRow {
  sheet: string;
  /** 1-based row of the selection's top-left cell. */
  row: number;
}

/** The sheet and row of a range's address and row index; null when it is not a cell range. */
function rowOf(address: string, rowIndex: number): SelectedRow | null {
  const i = address.lastIndexOf('!');
  if (i < 0 || !Number.isInteger(rowIndex)) return null;
  const sheet = address
    .slice(0, i)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, row: rowIndex + 1 };
}

/**
 * Where the user's selection is (sheet and row of its first area's top-left
 * cell). One sync. getSelectedRange "will throw an error" when several ranges
 * are selected (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)),
 * so from ExcelApi 1.9 the selected ranges are asked for (getSelectedRanges:
 * "one or more ranges"), and before it a selection Excel will not give is no
 * selected row (null) rather than an error. Which problem that row stands for
 * is the engine's answer (problemIdAtRow).
 */
export function readSelectedRow(): Promise<SelectedRow | null> {
  return Excel.run(async (context) => {
    if (isSetSupported('ExcelApi', '1.9')) {
      const areas = context.workbook.getSelectedRanges().areas;
      areas.load('items/address,items/rowIndex');
      await context.sync();
      const first = areas.items[0];
      return first ? rowOf(first.address, first.rowIndex) : null;
    }
    const range = context.workbook.getSelectedRange();
    range.load('address,rowIndex');
    try {
      await context.sync();
    } catch {
      return null;
    }
    return rowOf(range.address, range.rowIndex);
  });
}
