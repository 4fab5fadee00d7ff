/**
 * The deadline of a row (docs/DEADLINES.md): computed from the feedback date
 * and the time limit, or typed by hand when the time limit is empty (then it
 * is the user's and is kept); what the deadline cell holds; whether the
 * calendar covered the years it touched.
 */
import { cellAddress } from '../core/a1';
import type { WorkCalendar } from '../rules/calendar';
import type { IsoDate } from '../rules/dates';
import { computeDeadline } from '../rules/deadline';
import type { Settings } from '../rules/settings';
import { parseTimeLimit } from '../rules/timeLimit';
import type { DeadlineFields, RecordBase, RectKindCode } from './records';
import { type ComputedLimit, type RowContext, dateField, hasAnyKey, issue } from './rowReader';

/**
 * The years of a deadline that is not in them all: one frozen list, shared by every record (most), rather than an
 * empty array kept per record; the lists with years are shared too, one per feedback date and limit (frozen: no
 * reader may change another record's years).
 */
const NO_YEARS: readonly number[] = Object.freeze([]);

/**
 * Time limits as parsed, by text: a ledger holds a few dozen distinct limits, and each is met again with every
 * feedback date (a few thousand pairs per read, each parsed through a dozen regular expressions). Parsing is a
 * function of the text alone; the results are shared, so nobody may change them. Bounded: cleared when full.
 */
const parsedLimits = new Map<string, ReturnType<typeof parseTimeLimit>>();
const PARSED_LIMITS_MAX = 10_000;
function parsedLimit(text: string): ReturnType<typeof parseTimeLimit> {
  let r = parsedLimits.get(text);
  if (!r) {
    if (parsedLimits.size >= PARSED_LIMITS_MAX) parsedLimits.clear();
    parsedLimits.set(text, (r = parseTimeLimit(text)));
  }
  return r;
}

function computeLimit(
  limitText: string,
  feedback: IsoDate | null | undefined,
  calendar: WorkCalendar,
  settings: Settings,
): ComputedLimit {
  const parsed = parsedLimit(limitText);
  if (!parsed.ok) return { ok: false, parseError: true, code: parsed.code, params: parsed.params };
  if (parsed.value.kind === 'ongoing')
    return { ok: true, computed: null, calendarCovered: true, uncoveredYears: NO_YEARS };
  if (!feedback) return { ok: true, computed: undefined, calendarCovered: true, uncoveredYears: NO_YEARS };
  const r = computeDeadline(feedback, parsed.value, calendar, settings);
  if (!r.ok) return { ok: false, parseError: false, code: r.code, params: r.params };
  return {
    ok: true,
    computed: r.value.deadline,
    calendarCovered: r.value.calendarCovered,
    uncoveredYears: r.value.uncoveredYears.length ? Object.freeze(r.value.uncoveredYears) : NO_YEARS,
  };
}

export interface DeadlineInput {
  feedback: IsoDate | null | undefined;
  limitText: string;
  /** 整改类型 of a problem: an empty limit on 立行立改 / 长期坚持 means just that. */
  kind: RectKindCode | null;
  /**
   * The columns of the deadline and its time limit (default 'deadline' and
   * 'timeLimit'); `limitKey` null when the limit is not a cell (a setting: the
   * date is then always computed, never the user's).
   */
  keys?: { deadline: string; limit: string | null };
}

const DEFAULT_KEYS = { deadline: 'deadline', limit: 'timeLimit' } as const;

export function deadlineFields(
  ctx: RowContext,
  base: RecordBase,
  input: DeadlineInput,
  calendar: WorkCalendar,
  settings: Settings,
): Omit<DeadlineFields, 'alert'> {
  const keys = input.keys ?? DEFAULT_KEYS;
  const deadlineCol = ctx.mapping.columns[keys.deadline];
  ctx.anyFormula ??= hasAnyKey(ctx.sheet.formulas);
  const deadlineFormula =
    ctx.anyFormula && deadlineCol !== undefined && cellAddress(base.row, deadlineCol) in ctx.sheet.formulas;
  const deadlineCell = dateField(ctx, base, keys.deadline);
  let limitText = input.limitText;
  if (!limitText && input.kind === 'immediate') limitText = '立行立改';
  if (!limitText && input.kind === 'ongoing') limitText = '长期坚持';

  let computed: IsoDate | null | undefined = undefined;
  let calendarCovered = true;
  let uncoveredYears = NO_YEARS;
  if (limitText) {
    // Tasks share their problem's feedback date and a few common limits: compute each pair once per read.
    const feedbackKey = input.feedback ?? '';
    let byLimit = ctx.deadlines?.get(feedbackKey);
    if (!byLimit) {
      byLimit = new Map<string, ComputedLimit>();
      ctx.deadlines?.set(feedbackKey, byLimit);
    }
    let r = byLimit.get(limitText);
    if (!r) byLimit.set(limitText, (r = computeLimit(limitText, input.feedback, calendar, settings)));
    if (!r.ok) {
      // A limit that does not parse is reported only when typed (an implied 立行立改 always parses).
      if ((!r.parseError || input.limitText) && keys.limit)
        issue(ctx, base.row, keys.limit, 'limit.invalid', r.code, { ...r.params });
    } else {
      computed = r.computed;
      calendarCovered = r.calendarCovered;
      uncoveredYears = r.uncoveredYears;
    }
  }

  // A date typed on an empty time limit is the user's and is kept.
  const deadlineTyped = !input.limitText && !!deadlineCell && keys.limit !== null;
  let deadline: IsoDate | null | undefined;
  if (deadlineTyped) {
    deadline = deadlineCell;
    calendarCovered = true;
    uncoveredYears = NO_YEARS;
  } else if (computed !== undefined) deadline = computed;
  else if (deadlineCell)
    deadline = deadlineCell; // cannot compute: the cell's date still drives the alert
  else deadline = undefined;
  return {
    deadline,
    deadlineTyped,
    computedDeadline: computed,
    deadlineCell,
    calendarCovered,
    uncoveredYears,
    deadlineFormula,
  };
}
