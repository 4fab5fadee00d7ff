/**
 * The one definition of every count and rate the product shows: the 统计
 * sheet, the pane's summary, the 督办清单 headline and the letters all take
 * their numbers from `tally` (docs/STATUS.md, "Figures").
 *
 *   total         items in the group
 *   closed        problems 已销号 / tasks 已完成
 *   open          total − closed
 *   overdue       open and past the deadline
 *   dueSoon       open, the deadline within the due-soon threshold
 *   onTrack       open, a later deadline
 *   ongoing       open, no deadline (长期坚持)
 *   unknown       open, the deadline cannot be computed (check says why)
 *   closedOnTime  closed on or before the deadline (长期坚持 counts as on time)
 *   closedLate    closed after the deadline
 *   completionRate  closed / total (null when there is nothing)
 *   onTimeRate      closedOnTime / closed (null when nothing is closed)
 */
import type { ProblemRecord, TaskRecord } from '../read/records';

export interface Figures {
  total: number;
  open: number;
  closed: number;
  overdue: number;
  dueSoon: number;
  onTrack: number;
  ongoing: number;
  unknown: number;
  closedOnTime: number;
  closedLate: number;
  completionRate: number | null;
  onTimeRate: number | null;
}

export function emptyFigures(): Figures {
  return {
    total: 0,
    open: 0,
    closed: 0,
    overdue: 0,
    dueSoon: 0,
    onTrack: 0,
    ongoing: 0,
    unknown: 0,
    closedOnTime: 0,
    closedLate: 0,
    completionRate: null,
    onTimeRate: null,
  };
}

type Item = ProblemRecord | TaskRecord;

/** Open = not closed out (problems) / not done (tasks). */
export const isOpenProblem = (p: ProblemRecord): boolean => p.status !== 'closed';
export const isOpenTask = (t: TaskRecord): boolean => t.status !== 'done';

function isClosed(item: Item): boolean {
  return 'doneOn' in item ? !isOpenTask(item) : !isOpenProblem(item);
}

/** Counts one item into the figures (rates are filled by `finishFigures`). */
export function addToFigures(f: Figures, item: Item): void {
  f.total++;
  const kind = item.alert.kind;
  if (isClosed(item)) {
    f.closed++;
    if (kind === 'closedOnTime') f.closedOnTime++;
    else if (kind === 'closedLate') f.closedLate++;
    return;
  }
  f.open++;
  if (kind === 'overdue') f.overdue++;
  else if (kind === 'dueSoon') f.dueSoon++;
  else if (kind === 'onTrack') f.onTrack++;
  else if (kind === 'ongoing') f.ongoing++;
  else f.unknown++;
}

export function finishFigures<F extends Figures>(f: F): F {
  f.completionRate = f.total ? f.closed / f.total : null;
  f.onTimeRate = f.closed ? f.closedOnTime / f.closed : null;
  return f;
}

/** The figures of a group of problems or of tasks, as of the date they were read for. */
export function tally(items: readonly Item[]): Figures {
  const f = emptyFigures();
  for (const item of items) addToFigures(f, item);
  return finishFigures(f);
}
