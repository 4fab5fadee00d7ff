/**
 * The one definition of every count and rate the product shows: the 统计
 * sheet, the pane's summary, the 督办清单, the letters and the progress report
 * all take their numbers from `tally` (docs/STATUS.md, "Figures"). Each figure
 * is a count over the items' alerts as of the reading date:
 *
 *   total          items in the group
 *   closed         已销号 (problems) / 已完成 (tasks)
 *   pendingReview  待审核: handed in, the office's review backlog (problems only)
 *   rectified      已整改 = closed + pendingReview
 *   open           total − rectified: still being worked on
 *   overdue, dueSoon, onTrack, ongoing, extended, unknown
 *                  the open items by alert (they add up to open); only
 *                  overdue and due-soon items are chased; extended (已延期)
 *                  is open under an approved extension and not past it
 *   finishedOnTime rectified on or before the deadline (长期坚持 counts as on time)
 *   finishedLate   rectified after the deadline
 *   closedOnTime, closedLate   the same, of the closed items only
 *   completionRate rectified / total          (整改完成率)
 *   closeRate      closed / total             (销号率)
 *   onTimeRate     finishedOnTime / rectified (按期完成率)
 *   reviewDaysMax  the longest wait for review, in days
 *   spotFound      抽查发现: problems a spot check after close-out found not
 *                  true or relapsed (read/spotChecks.ts), open again or not
 * A rate is null when its denominator is 0.
 */
import type { ProblemRecord, TaskRecord } from '../read/records';

export interface Figures {
  total: number;
  closed: number;
  pendingReview: number;
  rectified: number;
  open: number;
  overdue: number;
  dueSoon: number;
  onTrack: number;
  ongoing: number;
  /** 已延期: open under an approved extension, not past it (problems only). */
  extended: number;
  unknown: number;
  finishedOnTime: number;
  finishedLate: number;
  closedOnTime: number;
  closedLate: number;
  completionRate: number | null;
  closeRate: number | null;
  onTimeRate: number | null;
  reviewDaysMax: number;
  spotFound: number;
}

export function emptyFigures(): Figures {
  return {
    total: 0,
    closed: 0,
    pendingReview: 0,
    rectified: 0,
    open: 0,
    overdue: 0,
    dueSoon: 0,
    onTrack: 0,
    ongoing: 0,
    extended: 0,
    unknown: 0,
    finishedOnTime: 0,
    finishedLate: 0,
    closedOnTime: 0,
    closedLate: 0,
    completionRate: null,
    closeRate: null,
    onTimeRate: null,
    reviewDaysMax: 0,
    spotFound: 0,
  };
}

type Item = ProblemRecord | TaskRecord;

/**
 * Open = not closed out and not handed in for review, as the sum of its measures (problems: a problem with a
 * measure still open is open, whatever its status says; rules/status.ts problemAsSum) / not done (tasks).
 */
export const isOpenProblem = (p: ProblemRecord): boolean => p.state === 'open';
export const isOpenTask = (t: TaskRecord): boolean => t.status !== 'done';

function addFinished(f: Figures, item: Item): void {
  const kind = item.alert.kind;
  if (kind === 'closedOnTime' || kind === 'closedLate' || kind === 'closed') {
    f.closed++;
    if (kind === 'closedOnTime') f.closedOnTime++;
    if (kind === 'closedLate') f.closedLate++;
  } else {
    f.pendingReview++;
    f.reviewDaysMax = Math.max(f.reviewDaysMax, item.alert.days);
  }
  if (kind === 'closedOnTime' || kind === 'pendingOnTime') f.finishedOnTime++;
  if (kind === 'closedLate' || kind === 'pendingLate') f.finishedLate++;
}

const OPEN_KINDS = ['overdue', 'dueSoon', 'onTrack', 'ongoing', 'extended'] as const;

/** Counts one item into the figures (rates are filled by `finishFigures`). */
export function addToFigures(f: Figures, item: Item): void {
  f.total++;
  if ('spotFound' in item && item.spotFound) f.spotFound++;
  const open = 'doneOn' in item ? isOpenTask(item) : isOpenProblem(item);
  if (!open) {
    f.rectified++;
    addFinished(f, item);
    return;
  }
  f.open++;
  const kind = item.alert.kind;
  const counted = OPEN_KINDS.find((k) => k === kind);
  if (counted) f[counted]++;
  else f.unknown++;
}

export function finishFigures<F extends Figures>(f: F): F {
  const rate = (n: number, d: number) => (d ? n / d : null);
  f.completionRate = rate(f.rectified, f.total);
  f.closeRate = rate(f.closed, f.total);
  f.onTimeRate = rate(f.finishedOnTime, f.rectified);
  return f;
}

/** The figures of a group of problems or of tasks, as of the date they were read for. */
export function tally(items: readonly Item[]): Figures {
  const f = emptyFigures();
  for (const item of items) addToFigures(f, item);
  return finishFigures(f);
}
