/**
 * The last step of every command that writes, on either surface: every cell
 * the plan changes is logged and the entries become hash-chained `_log` rows
 * (withChangeLog → appendLogToPlan), in the workbook's layout language and
 * under its `_settings` password. Adapters then only write cells; they refuse
 * a plan whose `plan.log` was not turned into rows (assertLogAppended).
 */
import { readSettings } from '../read/helperSheets';
import type { Lang } from '../../i18n/index';
import type { LogEntry, Plan, WorkbookSnapshot } from '../core/model';
import { layoutLanguage } from '../plans/structure';
import { withChangeLog } from './log';

export interface FinalizeContext {
  /** The `_log` action of changes the plan did not log itself. */
  action: string;
  /** Local wall-clock time of the run. */
  time: string;
  /** Who: default the snapshot's user (OS user for the CLI, the name set in the pane or "Excel 用户"). */
  user?: string;
  /** Fallback language for a `_log` created from scratch (the workbook's layout wins). */
  lang?: Lang;
}

export function finalizePlan(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  ctx: FinalizeContext,
): { plan: Plan; entries: LogEntry[] } {
  const lang = layoutLanguage(snapshot, ctx.lang ?? 'zh');
  return withChangeLog(plan, snapshot, {
    action: ctx.action,
    user: ctx.user ?? snapshot.user,
    time: ctx.time,
    lang,
    password: readSettings(snapshot, lang).settings.protectPassword,
  });
}
