/**
 * The last step of every command that writes, on either surface: every cell
 * the plan changes on the user's sheets is logged (the planner's own changes
 * first, then whatever else its writes change), each change is stamped with
 * the command's time, action and user, and the entries become hash-chained
 * `_log` rows in the workbook's layout language, under its `_settings`
 * password. Adapters then only write cells; they refuse a plan whose `log`
 * was not turned into rows (assertLogAppended).
 *
 * Generated sheets are not logged cell by cell: they are derived, rebuilt
 * whole, and their planner logs one change per rebuilt sheet.
 */
import type { LogEntry, Plan } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { type Lang, type MessageKey, t } from '../../i18n';
import { readSettings } from '../read/helperSheets';
import { layoutLanguage } from '../read/locate';
import { appendLogToPlan } from './append';
import { logChanges } from './changes';
import { LOG_SHEET } from './tail';

/** The `_log` action names (log.action.* in the catalogue), shown in the workbook's layout language. */
export type LogAction = Extract<MessageKey, `log.action.${string}`>;

export interface Stamp {
  /** What the command is, e.g. 'log.action.refresh'. */
  action: LogAction;
  /** Local wall-clock time of the run, 'YYYY-MM-DD HH:mm:ss'. */
  time: string;
  /** Who: the OS user for the CLI, the name set in the pane or "Excel 用户". */
  user: string;
  /** Fallback language for a `_log` created from scratch (the workbook's layout wins). */
  lang?: Lang;
  /** Text after the action's name (who reported a recorded progress). */
  note?: string;
}

export function finalizePlan(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  stamp: Stamp,
): { plan: Plan; entries: LogEntry[] } {
  const lang = layoutLanguage(snapshot, stamp.lang ?? 'zh');
  const generated = new Set(plan.sheets.filter((s) => s.clear).map((s) => s.name));
  const sheets = [...new Set(plan.writes.map((w) => w.sheet))].filter((n) => n !== LOG_SHEET && !generated.has(n));
  const seen = new Set(plan.log.map((e) => `${e.sheet}!${e.address}`));
  const extra = logChanges(plan, snapshot, sheets).filter((e) => !seen.has(`${e.sheet}!${e.address}`));
  const action = t(lang, stamp.action) + (stamp.note ?? '');
  const entries: LogEntry[] = [...plan.log, ...extra].map((c) => ({
    ...c,
    time: stamp.time,
    action,
    user: stamp.user,
  }));
  const password = readSettings(snapshot, lang).settings.protectPassword;
  return { plan: appendLogToPlan(plan, entries, snapshot, lang, password), entries };
}
