/**
 * The one command runner (docs/ARCHITECTURE.md): every command, on every
 * surface, is read → plan → log → apply.
 *
 *   port.read()            one read of the workbook (Office.js or an .xlsx file)
 *   command.plan(snapshot) the engine decides everything (pure)
 *   finalizePlan           every change stamped (time, action, user) into `_log`
 *   port.apply(plan)       the adapter writes cells, nothing more
 *
 * The surfaces differ only in their port and in how they show the result.
 */
import { type Plan, isEmptyPlan, snapshotAfter } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { type LogAction, finalizePlan } from '../audit/finalize';
import type { Lang } from '../../i18n';
import type { IsoDate } from '../rules/dates';

/** What an adapter offers the runner: read the workbook once, apply a finalised plan once. */
export interface WorkbookPort<Applied = unknown> {
  read(): Promise<WorkbookSnapshot>;
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
}

export interface Command<R> {
  /** The `_log` action of the changes this command makes (null: the command only reads). */
  action: LogAction | null;
  plan(snapshot: WorkbookSnapshot, env: CommandEnv): Planned<R>;
}

export interface CommandOutcome<R, Applied> {
  result: R;
  /** `_log` entries written (0 when nothing changed). */
  logged: number;
  /** What the adapter reported; null when there was nothing to write. */
  applied: Applied | null;
  /** The workbook as it is after the command (for the pane's summary without another read). */
  after(): WorkbookSnapshot;
}

export async function runCommand<R, Applied>(
  port: WorkbookPort<Applied>,
  command: Command<R>,
  env: CommandEnv,
): Promise<CommandOutcome<R, Applied>> {
  const snapshot = await port.read();
  const planned = command.plan(snapshot, env);
  if (!planned.plan || isEmptyPlan(planned.plan)) {
    return { result: planned.result, logged: 0, applied: null, after: () => snapshot };
  }
  if (!command.action) throw new Error('a command that writes needs a _log action');
  const stamp = { action: command.action, time: env.now, user: env.user, lang: env.lang };
  const final = finalizePlan(planned.plan, snapshot, stamp);
  const applied = await port.apply(final.plan, snapshot);
  return {
    result: planned.result,
    logged: final.entries.length,
    applied,
    after: () => snapshotAfter(snapshot, final.plan),
  };
}
