/**
 * 导入节假日通知: the notice's days into `_calendar`, then the deadlines that
 * follow the new calendar, in one plan (each changed cell logged in `_log` by
 * the runner, under the action 导入节假日通知). Nothing is written while the
 * notice has errors, or while it contradicts rows the workbook already has
 * and the user has not said to replace them (`replace`). Rows of its year it
 * does not set are kept (reported), and emptied only when replacing.
 */
import { t } from '../../i18n';
import { EngineError } from '../core/errors';
import { type Plan, concatPlans, emptyPlan, snapshotAfter } from '../core/plan';
import { type WorkbookSnapshot, findSheet, lastUsedRow } from '../core/snapshot';
import { planLedgerRefresh } from '../ledger/refresh';
import { calendarGaps } from '../read/calendarGaps';
import { readCalendarSheet } from '../read/helperSheets';
import { layoutLanguage } from '../read/locate';
import { calendarSheetRows } from '../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { readLedger } from '../run/commands';
import type { Command, CommandEnv } from '../run/runner';
import { FREE_TEXT, LEDGER, readScope } from '../run/scope';
import { type CalendarDiff, calendarWrites, diffCalendar } from './calendarRows';
import { movedDeadlines } from './moved';
import type { NoticeDay, NoticeDayType, NoticeWriteResult, ParsedNotice } from './types';

/** What refresh reads: the lists and helpers whole (free text left out), the generated sheets' banners, _log's tail. */
const SCOPE = readScope({ ...LEDGER, log: 'tail', generated: 'head', skip: FREE_TEXT });

/** The `_calendar` rows of the notice (created hidden with its header when the workbook has no `_calendar`). */
function planCalendar(
  snapshot: WorkbookSnapshot,
  notice: ParsedNotice,
  diff: CalendarDiff,
  replace: boolean,
  env: CommandEnv,
): Plan {
  const lang = layoutLanguage(snapshot, env.lang);
  const name = HELPER_SHEET_NAMES.calendar;
  const sheet = findSheet(snapshot, name);
  const plan = emptyPlan();
  if (!sheet) {
    plan.sheets.push({ name, create: true, visibility: 'hidden', widths: { 1: 12, 2: 8, 3: 40 } });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: calendarSheetRows(lang) });
  }
  const source = notice.docNumber ?? notice.title ?? t(lang, 'notice.sourceDefault', { year: notice.year });
  const typeText = (type: NoticeDayType) => (lang === 'zh' ? type : type === '休' ? 'off' : 'work');
  const noteOf = (day: NoticeDay) => t(lang, 'notice.calendarNote', { holiday: day.holiday, source });
  const last = sheet ? Math.max(lastUsedRow(sheet), 1) : 1;
  plan.writes.push(...calendarWrites(name, last, diff, { replace, typeText, noteOf }));
  return plan;
}

export const calendarNoticeCommand = (
  notice: ParsedNotice,
  opts: { replace?: boolean } = {},
): Command<NoticeWriteResult> => ({
  action: 'log.action.calendarNotice',
  scope: SCOPE,
  plan: (snapshot, env) => {
    if (notice.errors.length) throw new EngineError('notice.hasErrors', { n: notice.errors.length });
    const before = readLedger(snapshot, env);
    const rows = readCalendarSheet(snapshot, before.lang).overrides;
    const diff = diffCalendar(notice, rows);
    const replace = !!opts.replace;
    // A row the notice contradicts waits for the user's word; a row it does not set (a local holiday, a guess
    // typed before the notice) is kept and reported, and emptied only when replacing.
    const blocked = diff.changed.length > 0 && !replace;
    const base = { year: notice.year, ...diff, needsReplace: blocked };
    if (blocked || (diff.added.length === 0 && diff.changed.length === 0 && (!replace || diff.extra.length === 0)))
      return { plan: null, result: { ...base, moved: [], uncovered: calendarGaps(before).years } };
    const calendar = planCalendar(snapshot, notice, diff, replace, env);
    const afterSnapshot = snapshotAfter(snapshot, calendar);
    const after = readLedger(afterSnapshot, env);
    const moved = movedDeadlines(before, after);
    const hasLedger = !!(after.mappings.problems && after.mappings.tasks);
    const refresh = hasLedger ? planLedgerRefresh(afterSnapshot, after, { now: env.now }).plan : emptyPlan();
    return {
      plan: concatPlans(calendar, refresh),
      result: { ...base, moved, uncovered: calendarGaps(after).years },
    };
  },
});
