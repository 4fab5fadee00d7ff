/**
 * The add-in's commands on the open workbook: read once → engine → apply once.
 * The task pane and the ribbon's function commands both call these, so a
 * button in the ribbon and the same button in the pane do the same thing.
 * No rule lives here: every decision is the engine's.
 */
import { isEngineError } from '../engine/errors';
import type { IsoDate } from '../engine/dates';
import type { Lang } from '../engine/messages';
import type { Finding, Plan, WorkbookSnapshot } from '../engine/model';
import { checkWorkbook } from '../engine/check';
import { planRefresh } from '../engine/refresh';
import { layoutLanguage, planStructure } from '../engine/structure';
import { summarize, type LedgerSummary } from '../engine/summary';
import { readWorkbook } from '../engine/workbook';
import { readSettings } from '../engine/helperSheets';
import type { Settings } from '../engine/settings';
import { planSettings } from '../engine/settingsPlan';
import { applyPlan, type Degradation } from './applyPlan';
import { type SyncStats, newStats } from './limits';
import { readSnapshot } from './readSnapshot';

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
}

/** Today's calendar date where the user is (not UTC: a deadline is a local day). */
export function localToday(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(fn);
}

async function read(ctx: Excel.RequestContext, stats: SyncStats, opts: CommandOptions): Promise<WorkbookSnapshot> {
  return readSnapshot(ctx, {
    stats,
    user: 'Excel',
    onProgress: (d, t) => opts.onProgress?.('read', d, t),
  });
}

async function readPlanApply(opts: CommandOptions, plan: (s: WorkbookSnapshot) => Plan): Promise<CommandResult> {
  return run(async (ctx) => {
    const stats = newStats();
    const snapshot = await read(ctx, stats, opts);
    opts.onProgress?.('compute', 0, 1);
    const p = plan(snapshot);
    const r = await applyPlan(ctx, p, { snapshot, stats, onProgress: (d, t) => opts.onProgress?.('write', d, t) });
    return { stats, degraded: r.degraded, cellsWritten: r.cellsWritten };
  });
}

/** 建立台账结构: idempotent, never destructive (the engine guarantees it; we only apply). */
export function structureWorkbook(opts: CommandOptions): Promise<CommandResult> {
  return readPlanApply(opts, (s) => planStructure(s, { lang: opts.lang }));
}

/** 刷新: deadlines and alerts as of today. */
export function refreshWorkbook(opts: CommandOptions): Promise<CommandResult> {
  const today = opts.today ?? localToday();
  return readPlanApply(opts, (s) => planRefresh(s, { today, lang: layoutLanguage(s, opts.lang) }));
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
  return readPlanApply(opts, (s) => planSettings(s, values, { lang: layoutLanguage(s, opts.lang) }).plan);
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
export function readWorkbookSnapshot(opts: Pick<CommandOptions, 'onProgress'> = {}): Promise<WorkbookSnapshot> {
  return run((ctx) => read(ctx, newStats(), { lang: 'zh', ...opts }));
}

export function applyWorkbookPlan(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  opts: Pick<CommandOptions, 'onProgress'> = {},
): Promise<CommandResult> {
  return run(async (ctx) => {
    const stats = newStats();
    const r = await applyPlan(ctx, plan, { snapshot, stats, onProgress: (d, t) => opts.onProgress?.('write', d, t) });
    return { stats, degraded: r.degraded, cellsWritten: r.cellsWritten };
  });
}
