/**
 * The alert of a problem or a task as of a date (docs/STATUS.md). The alert
 * text goes in the 预警 column; the colours come from formula-based
 * conditional formats that compute the same thing inside the spreadsheet, so
 * they stay right tomorrow without us.
 *
 * Three states: closed (已销号 / 已完成); handed in for review (待审核: the
 * unit's part is done, the open review is the office's own backlog, never
 * overdue, never chased; on time or late by its 完成日期); open (everything
 * else, 退回重改 included, which runs against its original deadline).
 */
import { IsoDate, daysBetween } from './dates';

export type AlertKind =
  | 'overdue'
  | 'dueSoon'
  | 'onTrack'
  | 'closedOnTime'
  | 'closedLate'
  /** Closed, but with no completion date to compare with the deadline. */
  | 'closed'
  /** Finished on or before the deadline, awaiting review. */
  | 'pendingOnTime'
  /** Finished after the deadline, awaiting review: counted late, no longer chased. */
  | 'pendingLate'
  /** 待审核 without a completion date: in review, timing unknown (check warns). */
  | 'pending'
  | 'ongoing'
  /**
   * Open under an approved extension and not past it (已延期): `days` left to the approved deadline `until`,
   * due soon included. Past it, the item is overdue like any other.
   */
  | 'extended'
  /** No usable deadline (missing or invalid input: validation reports why). */
  | 'unknown';

export interface Alert {
  kind: AlertKind;
  /** Days overdue, days left, days late (closed), or days waiting for review (pending). */
  days: number;
  /** Pending kinds: how many days after the deadline the work was finished (0 when on time). */
  late?: number;
  /** Open after the review sent it back (退回重改): the alert says so. */
  sentBack?: boolean;
  /** extended: the approved deadline it runs against. */
  until?: IsoDate;
}

export type ItemState = 'open' | 'pendingReview' | 'closed';

export interface AlertInput {
  /** closed: 已销号 / 已完成; pendingReview: 待审核 (handed in for review); open: anything else. */
  state: ItemState;
  /** Status 退回重改. */
  sentBack?: boolean;
  /** null = no deadline (长期坚持); undefined = unknown (invalid input). */
  deadline: IsoDate | null | undefined;
  /** The deadline is an approved extension (延期): open and not past it is 已延期, not due soon or on track. */
  extended?: boolean;
  /** When the work was finished (完成日期 / 实际完成日期), or the closing date if that is all there is. */
  finishedOn: IsoDate | null;
  today: IsoDate;
  dueSoonDays: number;
}

/**
 * An alert of a kind and a number of days and nothing else, made once and shared (frozen: nobody may change
 * another item's alert). A ledger's 60,000 items have a few hundred distinct alerts; one object kept per item
 * was that many more for the garbage collector to copy.
 */
const sharedAlerts = new Map<AlertKind, Alert[]>();
/** Days beyond this (an item overdue for decades) get an alert of their own rather than a long array. */
const SHARED_DAYS = 3660;
function plainAlert(kind: AlertKind, days: number): Alert {
  if (!Number.isInteger(days) || days < 0 || days > SHARED_DAYS) return { kind, days };
  let byDays = sharedAlerts.get(kind);
  if (!byDays) sharedAlerts.set(kind, (byDays = []));
  return (byDays[days] ??= Object.freeze({ kind, days }));
}

/** Closed or finished: on time or late, compared with the deadline. */
function finishedAlert(
  state: 'closed' | 'pendingReview',
  deadline: IsoDate | null,
  finishedOn: IsoDate | null,
  today: IsoDate,
): Alert {
  const late = deadline && finishedOn ? Math.max(0, daysBetween(deadline, finishedOn)) : 0;
  if (state === 'pendingReview') {
    if (!finishedOn) return plainAlert('pending', 0);
    const waiting = finishedOn ? Math.max(0, daysBetween(finishedOn, today)) : 0;
    return late > 0 ? { kind: 'pendingLate', days: waiting, late } : { kind: 'pendingOnTime', days: waiting, late: 0 };
  }
  if (deadline === null) return plainAlert('closedOnTime', 0);
  if (!finishedOn) return plainAlert('closed', 0);
  return late > 0 ? plainAlert('closedLate', late) : plainAlert('closedOnTime', 0);
}

/** Open: overdue, due soon, on track, or ongoing (no deadline). */
function openAlert(deadline: IsoDate | null, today: IsoDate, dueSoonDays: number): Alert {
  if (deadline === null) return plainAlert('ongoing', 0);
  const left = daysBetween(today, deadline);
  if (left < 0) return plainAlert('overdue', -left);
  if (left <= dueSoonDays) return plainAlert('dueSoon', left);
  return plainAlert('onTrack', left);
}

/**
 * @example computeAlert({ state: 'open', deadline: '2025-06-20', finishedOn: null, today: '2025-06-30', dueSoonDays: 7 })
 *          // { kind: 'overdue', days: 10 }
 * @example computeAlert({ state: 'pendingReview', deadline: '2025-03-31', finishedOn: '2025-03-22', today: '2027-11-22', dueSoonDays: 7 })
 *          // { kind: 'pendingOnTime', … }: finished before its deadline, never overdue however late the review
 */
export function computeAlert(input: AlertInput): Alert {
  const { state, sentBack, deadline, finishedOn, today, dueSoonDays } = input;
  if (deadline === undefined) return plainAlert('unknown', 0);
  if (state !== 'open') return finishedAlert(state, deadline, finishedOn, today);
  let alert = openAlert(deadline, today, dueSoonDays);
  if (input.extended && deadline && (alert.kind === 'dueSoon' || alert.kind === 'onTrack'))
    alert = { kind: 'extended', days: alert.days, until: deadline };
  return sentBack ? { ...alert, sentBack: true } : alert;
}

/** Whether an alert is one the office chases (督办): open and overdue or due soon. */
export function isChased(alert: Alert): alert is Alert & { kind: 'overdue' | 'dueSoon' } {
  return alert.kind === 'overdue' || alert.kind === 'dueSoon';
}

/** A problem or one of its measures, as far as the problem's state is concerned. */
export interface StateInput {
  state: ItemState;
  /** null = no deadline (长期坚持); undefined = unknown (invalid input). */
  deadline: IsoDate | null | undefined;
}

export interface ProblemAsSum {
  /** open unless every measure is done; then the problem's own state (待审核 / 已销号 / open). */
  state: ItemState;
  /** The deadline the problem as a whole runs against: the latest of its own and its measures'. */
  deadline: IsoDate | null | undefined;
  /** Measures, and how many of them are done. */
  measures: number;
  measuresDone: number;
}

/** The later of two deadlines, a date winning over none or unknown. */
function later(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null | undefined {
  if (!b) return a;
  return !a || b > a ? b : a;
}

/**
 * A problem is the sum of its measures (docs/STATUS.md, "A problem and its measures") — the one rule every
 * figure, list, letter and report uses, through the reader:
 *  - it is rectified (待审核 or 已销号) only when every measure is done: a problem typed 待审核 or 已销号 with a
 *    measure still open is open (check reports 已销号 with open measures as an error);
 *  - its deadline is the latest of its own and its measures' deadlines (a problem whose own limit is
 *    长期坚持 stays without one; a measure without a deadline adds none);
 *  - 待审核 only when all measures are done and the review is pending (the typed status says which).
 * @example problemAsSum({ state: 'pendingReview', deadline: '2025-06-30' },
 *   [{ state: 'closed', deadline: '2025-06-10' }, { state: 'open', deadline: '2025-07-31' }])
 *   // { state: 'open', deadline: '2025-07-31', measures: 2, measuresDone: 1 }
 */
export function problemAsSum(problem: StateInput, measures: readonly StateInput[]): ProblemAsSum {
  return problemAsSumOf(problem, measures, isClosedInput);
}

const isClosedInput = (m: StateInput) => m.state === 'closed';

/**
 * problemAsSum over measures of any shape, `closed` telling which are done: the reader sums its records as they
 * are, where a `{ state, deadline }` copy of each of 50,000 measures was made for it.
 */
export function problemAsSumOf<M extends { deadline: IsoDate | null | undefined }>(
  problem: StateInput,
  measures: readonly M[],
  closed: (m: M) => boolean,
): ProblemAsSum {
  let deadline = problem.deadline;
  let done = 0;
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (closed(m)) done++;
    if (problem.deadline !== null) deadline = later(deadline, m.deadline);
  }
  const state = done < measures.length ? 'open' : problem.state;
  return { state, deadline, measures: measures.length, measuresDone: done };
}

/** A measure as far as the written status of its problem is concerned. */
export interface MeasureProgress {
  state: ItemState;
  /** Work has begun: 进行中, progress reported, or done. */
  started: boolean;
  /** 实际完成日期, when done. */
  doneOn: IsoDate | null;
}

/** What a problem's own cells become when its measures move: only what changes. */
export interface ProblemFollows {
  /** 未启动 (or empty) becomes 整改中 once any measure has begun. */
  status?: 'inProgress';
  /** Every measure done: the latest of their completion dates. */
  completedOn?: IsoDate;
}

/**
 * The problem's written status after its measures changed, by the rule every reader applies (problemAsSum):
 * a problem is rectified only when every measure is done, and then its 完成日期 is the day the last was done.
 * Handing in (待审核) and closing (已销号) stay the office's acts (close-out); a problem in review or closed is
 * left as it is, and 退回重改 keeps its word.
 * @example problemFollowsMeasures({ status: 'notStarted', completedOn: null },
 *   [{ state: 'open', started: true, doneOn: null }, { state: 'open', started: false, doneOn: null }])
 *   // { status: 'inProgress' }
 */
export function problemFollowsMeasures(
  problem: { status: string | null; completedOn: IsoDate | null },
  measures: readonly MeasureProgress[],
): ProblemFollows {
  if (problem.status === 'pendingReview' || problem.status === 'closed' || measures.length === 0) return {};
  const out: ProblemFollows = {};
  if ((problem.status === null || problem.status === 'notStarted') && measures.some((m) => m.started))
    out.status = 'inProgress';
  const sum = problemAsSum(
    { state: 'open', deadline: null },
    measures.map((m) => ({ state: m.state, deadline: null })),
  );
  if (sum.measuresDone === sum.measures) {
    const last = measures.reduce<IsoDate | null>((a, m) => (m.doneOn && (!a || m.doneOn > a) ? m.doneOn : a), null);
    if (last && last !== problem.completedOn) out.completedOn = last;
  }
  return out;
}
