/**
 * 整改期限 = 反馈日期 + 整改时限 (docs/DEADLINES.md). The feedback day itself is
 * not counted; working days follow the WorkCalendar; calendar-day, week and
 * month limits that land on a day off move to the next working day when the
 * setting says so. Fixed dates and month/year ends are the user's words and
 * are never moved.
 */
import { WorkCalendar } from './calendar';
import { IsoDate, addDays, addMonths, endOfMonth, toYMD, yearOf } from './dates';
import { Result, fail, ok } from '../core/errors';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { TimeLimit, TimeLimitKind, parseTimeLimit } from './timeLimit';

export interface DeadlineResult {
  /** null for 长期坚持 (no deadline). */
  deadline: IsoDate | null;
  /** The kind the user wrote (立行立改 stays 'immediate' even though it is counted as its default). */
  kind: TimeLimitKind;
  /** The limit actually counted (立行立改 replaced by the setting's default). */
  counted: TimeLimit | null;
  /** False when the computation consulted a year the holiday calendar does not cover. */
  calendarCovered: boolean;
  uncoveredYears: number[];
  /** Set when the raw date was a day off and was moved forward. */
  rolledFrom: IsoDate | null;
}

type DeadlineSettings = Pick<Settings, 'immediateLimit' | 'rollToWorkday'>;

export function computeDeadline(
  feedback: IsoDate,
  limit: TimeLimit,
  calendar: WorkCalendar,
  settings: DeadlineSettings = DEFAULT_SETTINGS,
): Result<DeadlineResult> {
  let counted: TimeLimit = limit;
  if (limit.kind === 'immediate') {
    const parsed = parseTimeLimit(settings.immediateLimit);
    if (!parsed.ok) return parsed;
    if (parsed.value.kind === 'immediate' || parsed.value.kind === 'ongoing') {
      return fail('limit.immediateSetting', { value: settings.immediateLimit });
    }
    counted = parsed.value;
  }

  const result = (deadline: IsoDate | null, touched: [number, number] | null, rolledFrom: IsoDate | null = null) => {
    const uncoveredYears = touched ? calendar.uncoveredYears(touched[0], touched[1]) : [];
    return ok<DeadlineResult>({
      deadline,
      kind: limit.kind,
      counted: limit.kind === 'ongoing' ? null : counted,
      calendarCovered: uncoveredYears.length === 0,
      uncoveredYears,
      rolledFrom,
    });
  };

  switch (counted.kind) {
    case 'ongoing':
      return result(null, null);
    case 'workdays': {
      const deadline = calendar.addWorkdays(feedback, counted.count);
      return result(deadline, [yearOf(addDays(feedback, 1)), yearOf(deadline)]);
    }
    case 'days':
    case 'weeks':
    case 'months': {
      const raw =
        counted.kind === 'days'
          ? addDays(feedback, counted.count)
          : counted.kind === 'weeks'
            ? addDays(feedback, counted.count * 7)
            : addMonths(feedback, counted.count);
      if (!settings.rollToWorkday) return result(raw, null);
      if (calendar.isWorkday(raw)) return result(raw, [yearOf(raw), yearOf(raw)]);
      const moved = calendar.nextWorkday(raw);
      return result(moved, [yearOf(raw), yearOf(moved)], raw);
    }
    case 'endOfYear':
      return result(`${counted.year ?? yearOf(feedback)}-12-31`, null);
    case 'endOfMonth': {
      const { year: fy, month: fm } = toYMD(feedback);
      if (counted.month === null) return result(endOfMonth(counted.year ?? fy, fm), null);
      if (counted.year !== null) return result(endOfMonth(counted.year, counted.month), null);
      // "6月底前" without a year: the first end of June on or after the feedback date.
      const thisYear = endOfMonth(fy, counted.month);
      return result(thisYear >= feedback ? thisYear : endOfMonth(fy + 1, counted.month), null);
    }
    case 'date':
      return result(counted.date, null);
    case 'immediate':
      // Unreachable: replaced above; kept so the switch is exhaustive.
      return fail('limit.immediateSetting', { value: settings.immediateLimit });
  }
}

/** Parse and compute in one step, for text typed in a cell or on the command line. */
export function deadlineFromText(
  feedback: IsoDate,
  limitText: string,
  calendar: WorkCalendar,
  settings: DeadlineSettings = DEFAULT_SETTINGS,
): Result<DeadlineResult> {
  const parsed = parseTimeLimit(limitText);
  if (!parsed.ok) return parsed;
  return computeDeadline(feedback, parsed.value, calendar, settings);
}
