/**
 * The add-in's commands on the open workbook: read once → engine → apply once.
 * The task pane and the ribbon's function commands both call these, so a
 * button in the ribbon and the same button in the pane do the same thing.
 * No rule lives here: every decision is the engine's.
 */
import { isEngineError } from '../engine/core/errors';
import { localNow, localToday, type IsoDate } from '../engine/rules/dates';
import type { Lang } from '../i18n/index';
import type { Finding, Plan, WorkbookSnapshot } from '../engine/core/model';
import { checkWorkbook } from '../engine/plans/check';
import { t } from '../i18n/index';
import { finalizePlan } from '../engine/audit/finalize';
import { planLedgerRefresh } from '../engine/ledger/refresh';
import { layoutLanguage, planStructure } from '../engine/plans/structure';
import { summarize, type LedgerSummary } from '../engine/ledger/summary';
import { readWorkbook } from '../engine/read/workbook';
import { readSettings } from '../engine/read/helperSheets';
import type { Settings } from '../engine/rules/settings';
import { planSettings } from '../engine/plans/settings';
import { applyPlan, type Degradation } from './applyPlan';
import { type SyncStats, newStats } from './limits';
import { readSnapshot } from './readSnapshot';
import { excelUserName } from './user';

export type Phase = 'read' | 'compute' | 'write';
export type ProgressFn = (phase: Phase, done: number, total: number) => void;

export interface CommandOptions {
  /** Language of the pane, the fallback for the layout language. */
  lang: Lang;
  /** As-of date; default: today on this machine's calendar. */
  today?: IsoDate;
  onProgress?: ProgressFn;
}

export interface CommandResult {
  stats: SyncStats;
  degraded: Degradation[];
  cellsWritten: number;
  /** Entries appended to `_log`. */
  logged: number;
  /** Generated sheets rebuilt (refresh). */
  rebuilt?: string[];
  /** Refresh: list-sheet cells whose deadline or alert changed (cellsWritten also counts _log and generated sheets). */
  cellsChanged?: number;
}

// Today's calendar date where the user is (not UTC: a deadline is a local day); the pane imports them from here.
export { localToday, localNow };

function run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(fn);
}

async function read(ctx: Excel.RequestContext, stats: SyncStats, opts: CommandOptions): Promise<WorkbookSnapshot> {
  return readSnapshot(ctx, {
    stats,
    user: excelUserName(opts.lang),
    onProgress: (d, t) => opts.onProgress?.('read', d, t),
  });
}

/**
 * The one way a plan reaches the workbook from the add-in: every cell it changes is logged and the entries become
 * hash-chained `_log` rows (withChangeLog) computed from the same snapshot, then the adapter writes cells. The
 * .xlsx surface does the same (src/cli), so `check` finds the chain intact whichever surface wrote last.
 */
function finalize(plan: Plan, snapshot: WorkbookSnapshot, action: string, lang: Lang): { plan: Plan; logged: number } {
  const final = finalizePlan(plan, snapshot, { action, time: localNow(), lang });
  return { plan: final.plan, logged: final.entries.length };
}

async function applyFinal(
  ctx: Excel.RequestContext,
  stats: SyncStats,
  snapshot: WorkbookSnapshot,
  plan: Plan,
  action: string,
  opts: Pick<CommandOptions, 'lang' | 'onProgress'>,
): Promise<CommandResult> {
  const f = finalize(plan, snapshot, action, opts.lang);
  const r = await applyPlan(ctx, f.plan, { snapshot, stats, onProgress: (d, t) => opts.onProgress?.('write', d, t) });
  return { stats, degraded: r.degraded, cellsWritten: r.cellsWritten, logged: f.logged };
}

async function readPlanApply(
  opts: CommandOptions,
  action: (lang: Lang) => string,
  plan: (s: WorkbookSnapshot) => Plan,
): Promise<CommandResult> {
  return run(async (ctx) => {
    const stats = newStats();
    const snapshot = await read(ctx, stats, opts);
    opts.onProgress?.('compute', 0, 1);
    const p = plan(snapshot);
    return applyFinal(ctx, stats, snapshot, p, action(layoutLanguage(snapshot, opts.lang)), opts);
  });
}

/** 建立台账结构: idempotent, never destructive (the engine guarantees it; we only apply). */
export function structureWorkbook(opts: CommandOptions): Promise<CommandResult> {
  return readPlanApply(
    opts,
    (l) => t(l, 'log.action.init'),
    (s) => planStructure(s, { lang: opts.lang }),
  );
}

/** 刷新: deadlines and alerts as of today, and the generated sheets the workbook has (整改台账 / 统计 / 督办清单). */
export function refreshWorkbook(opts: CommandOptions): Promise<CommandResult> {
  const today = opts.today ?? localToday();
  return run(async (ctx) => {
    const stats = newStats();
    const snapshot = await read(ctx, stats, opts);
    opts.onProgress?.('compute', 0, 1);
    const parsed = readWorkbook(snapshot, { today, lang: layoutLanguage(snapshot, opts.lang) });
    const action = t(parsed.lang, 'log.action.refresh');
    const r = planLedgerRefresh(snapshot, parsed, { now: localNow(), user: snapshot.user, action });
    const result = await applyFinal(ctx, stats, snapshot, r.plan, action, opts);
    return { ...result, rebuilt: r.rebuilt, cellsChanged: r.cells };
  });
}

export interface CheckOutcome {
  findings: Finding[];
  errors: number;
  warnings: number;
  lang: Lang;
  stats: SyncStats;
}

/** 检查: read only, nothing is written. */
export function checkLedger(opts: CommandOptions): Promise<CheckOutcome> {
  const today = opts.today ?? localToday();
  return run(async (ctx) => {
    const stats = newStats();
    const snapshot = await read(ctx, stats, opts);
    opts.onProgress?.('compute', 0, 1);
    const lang = layoutLanguage(snapshot, opts.lang);
    const result = checkWorkbook(snapshot, { today, lang });
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    return { findings: result.findings, errors, warnings: result.findings.length - errors, lang, stats };
  });
}

export interface Overview {
  /** null when the workbook has no ledger yet. */
  summary: LedgerSummary | null;
  settings: Settings;
  layoutLang: Lang;
  stats: SyncStats;
}

/** The pane's summary and settings, from one read. */
export function readOverview(opts: CommandOptions): Promise<Overview> {
  const today = opts.today ?? localToday();
  return run(async (ctx) => {
    const stats = newStats();
    const snapshot = await read(ctx, stats, opts);
    const layoutLang = layoutLanguage(snapshot, opts.lang);
    const settings = readSettings(snapshot, layoutLang).settings;
    let summary: LedgerSummary | null = null;
    try {
      const parsed = readWorkbook(snapshot, { lang: layoutLang, today });
      summary = parsed.problems.length > 0 || hasLedger(snapshot, parsed) ? summarize(parsed, today) : null;
    } catch (e) {
      if (!isEngineError(e)) throw e;
      summary = null; // no ledger (or an unreadable header): the pane offers to set it up
    }
    return { summary, settings, layoutLang, stats };
  });
}

function hasLedger(_snapshot: WorkbookSnapshot, parsed: ReturnType<typeof readWorkbook>): boolean {
  return Object.values(parsed.mappings ?? {}).some(Boolean);
}

/** Saves settings into `_settings` (and logs the change). */
export function saveSettings(values: Partial<Settings>, opts: CommandOptions): Promise<CommandResult> {
  return readPlanApply(
    opts,
    (l) => t(l, 'log.action.settings'),
    (s) => planSettings(s, values, { lang: layoutLanguage(s, opts.lang) }).plan,
  );
}

/** Clicking a finding: show its sheet and select its cell. One sync. */
export function selectCell(sheet: string, address: string): Promise<void> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address || 'A1').select();
    await ctx.sync();
  });
}

/** Generic access for panels added later (import, close-out): one read, one apply. */
export function readWorkbookSnapshot(
  opts: Pick<CommandOptions, 'onProgress'> & { lang?: Lang } = {},
): Promise<WorkbookSnapshot> {
  return run((ctx) => read(ctx, newStats(), { lang: 'zh', ...opts }));
}

/** Applies a panel's plan (computed from `snapshot`), logged under `action` like every other command. */
export function applyWorkbookPlan(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  opts: Pick<CommandOptions, 'onProgress'> & { lang?: Lang; action?: string } = {},
): Promise<CommandResult> {
  const lang = opts.lang ?? 'zh';
  return run(async (ctx) => {
    const stats = newStats();
    const action = opts.action ?? t(layoutLanguage(snapshot, lang), 'log.action.apply');
    return applyFinal(ctx, stats, snapshot, plan, action, { lang, onProgress: opts.onProgress });
  });
}

export interface SelectedRow {
  sheet: string;
  /** 1-based row of the selection's top-left cell. */
  row: number;
}

/**
 * Where the user's selection is (sheet and row of its top-left cell). One sync. Which problem that row stands for
 * is the engine's answer (problemIdAtRow), from the snapshot the panel already read.
 */
export function readSelectedRow(): Promise<SelectedRow | null> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address,rowIndex');
    await context.sync();
    const address = range.address;
    const rowIndex = range.rowIndex;
    const i = address.lastIndexOf('!');
    if (i < 0 || !Number.isInteger(rowIndex)) return null;
    const sheet = address
      .slice(0, i)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    return { sheet, row: rowIndex + 1 };
  });
}
