/**
 * The one command runner (docs/ARCHITECTURE.md): every command, on every
 * surface, is read → plan → log → apply.
 *
 *   port.read(scope)       one read of the workbook (Office.js or an .xlsx file), of
 *                          what the command needs (its read scope, scope.ts)
 *   command.plan(snapshot) the engine decides everything (pure)
 *   finalizePlan           every change stamped (time, action, user) into `_log`
 *   port.apply(plan)       the adapter writes cells, nothing more
 *
 * The surfaces differ only in their port and in how they show the result.
 */
import { type Plan, isEmptyPlan, snapshotAfter } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { type ReadScope, WHOLE_WORKBOOK } from './scope';
import { type LogAction, finalizePlan } from '../audit/finalize';
import type { Lang } from '../../i18n';
import type { IsoDate } from '../rules/dates';

export * from './scope';

/**
 * What an adapter offers the runner: read the workbook once — what the scope
 * names, at least (a file in memory may give everything) — and apply a
 * finalised plan once.
 */
export interface WorkbookPort<Applied = unknown> {
  read(scope?: ReadScope): Promise<WorkbookSnapshot>;
  apply(plan: Plan, snapshot: WorkbookSnapshot): Promise<Applied>;
}

/** Everything a command needs to know of the world, passed explicitly (no clock or user read inside the engine). */
export interface CommandEnv {
  /** The user's language: messages, and the layout of a workbook that has no ledger yet. */
  lang: Lang;
  /** The as-of date of alerts and statistics. */
  today: IsoDate;
  /** Local wall-clock time of the run, 'YYYY-MM-DD HH:mm:ss': `_log` and banners. */
  now: string;
  /** Who runs it, for `_log`. */
  user: string;
}

export interface Planned<R> {
  /** Null for a command that only reads (check, overview, letters). */
  plan: Plan | null;
  result: R;
  /** Said after the action in every `_log` row of this run (e.g. who reported what is recorded), in the layout language. */
  logNote?: string;
}

export interface Command<R> {
  /** The `_log` action of the changes this command makes (null: the command only reads). */
  action: LogAction | null;
  /** What of the workbook the command reads (default: everything). */
  scope?: ReadScope;
  plan(snapshot: WorkbookSnapshot, env: CommandEnv): Planned<R>;
}

export interface CommandOutcome<R, Applied> {
  result: R;
  /** `_log` entries written (0 when nothing changed). */
  logged: number;
  /** What the adapter reported; null when there was nothing to write. */
  applied: Applied | null;
  /**
   * The workbook as it is after the command (for the pane's summary without
   * another read). A sheet the command read only in part is marked `partial`;
   * with `base` (a fuller read of the same workbook, e.g. the one a panel
   * opened with) such a sheet is taken from `base` instead.
   */
  after(base?: WorkbookSnapshot): WorkbookSnapshot;
}

/** The command's snapshot, its partly read sheets filled in from `base` where `base` has them whole. */
function withBase(snapshot: WorkbookSnapshot, base: WorkbookSnapshot | undefined): WorkbookSnapshot {
  if (!base || !snapshot.sheets.some((s) => s.partial)) return snapshot;
  const sheets = snapshot.sheets.map((s) => {
    const full = s.partial ? base.sheets.find((b) => b.name === s.name && !b.partial) : undefined;
    return full ? { ...s, values: full.values, formulas: full.formulas, partial: undefined } : s;
  });
  return { ...snapshot, sheets };
}

/** A sheet the plan rebuilds whole is no longer partial once it is written. */
function after(snapshot: WorkbookSnapshot, plan: Plan, base: WorkbookSnapshot | undefined): WorkbookSnapshot {
  const out = snapshotAfter(withBase(snapshot, base), plan);
  const rebuilt = new Set(plan.sheets.filter((s) => s.clear || s.create).map((s) => s.name));
  for (const s of out.sheets) if (s.partial && rebuilt.has(s.name)) delete s.partial;
  return out;
}

export async function runCommand<R, Applied>(
  port: WorkbookPort<Applied>,
  command: Command<R>,
  env: CommandEnv,
): Promise<CommandOutcome<R, Applied>> {
  const snapshot = await port.read(command.scope ?? WHOLE_WORKBOOK);
  const planned = command.plan(snapshot, env);
  if (!planned.plan || isEmptyPlan(planned.plan)) {
    return { result: planned.result, logged: 0, applied: null, after: (base) => withBase(snapshot, base) };
  }
  if (!command.action) throw new Error('a command that writes needs a _log action');
  const stamp = { action: command.action, time: env.now, user: env.user, lang: env.lang, note: planned.logNote };
  const final = finalizePlan(planned.plan, snapshot, stamp);
  const applied = await port.apply(final.plan, snapshot);
  return {
    result: planned.result,
    logged: final.entries.length,
    applied,
    after: (base) => after(snapshot, final.plan, base),
  };
}
