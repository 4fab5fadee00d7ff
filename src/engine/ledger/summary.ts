/** summarize: the counts the task pane shows (PRODUCT §4), as of a date. */
import { IsoDate } from '../rules/dates';
import { AlertKind, computeAlert } from '../rules/status';
import { ParsedWorkbook, ProblemRecord, TaskRecord } from '../read/workbook';

export interface ListSummary {
  total: number;
  /** Not 已销号 (problems) / not 已完成 (tasks). */
  open: number;
  overdue: number;
  dueSoon: number;
  onTrack: number;
  /** Open with no deadline (长期坚持). */
  ongoing: number;
  /** Open, deadline unknown (missing or invalid input). */
  unknown: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  /** closed / total, 0..1 (0 when there is nothing). */
  completionRate: number;
  /** closed on time / closed with a known result, 0..1. */
  onTimeRate: number;
}

export interface LedgerSummary {
  asOf: IsoDate;
  problems: ListSummary;
  tasks: ListSummary;
  responsibilities: number;
}

function summarizeList(
  records: (ProblemRecord | TaskRecord)[],
  isClosed: (r: ProblemRecord | TaskRecord) => boolean,
  finishedOn: (r: ProblemRecord | TaskRecord) => IsoDate | null,
  today: IsoDate,
  dueSoonDays: number,
): ListSummary {
  const s: ListSummary = {
    total: records.length,
    open: 0,
    overdue: 0,
    dueSoon: 0,
    onTrack: 0,
    ongoing: 0,
    unknown: 0,
    closed: 0,
    closedOnTime: 0,
    closedLate: 0,
    completionRate: 0,
    onTimeRate: 0,
  };
  for (const r of records) {
    const closed = isClosed(r);
    const kind: AlertKind = computeAlert({
      closed,
      deadline: r.deadline,
      finishedOn: finishedOn(r),
      today,
      dueSoonDays,
    }).kind;
    if (closed) {
      s.closed++;
      if (kind === 'closedOnTime') s.closedOnTime++;
      if (kind === 'closedLate') s.closedLate++;
      continue;
    }
    s.open++;
    if (kind === 'overdue') s.overdue++;
    else if (kind === 'dueSoon') s.dueSoon++;
    else if (kind === 'onTrack') s.onTrack++;
    else if (kind === 'ongoing') s.ongoing++;
    else s.unknown++;
  }
  s.completionRate = s.total ? s.closed / s.total : 0;
  const judged = s.closedOnTime + s.closedLate;
  s.onTimeRate = judged ? s.closedOnTime / judged : 0;
  return s;
}

export function summarize(parsed: ParsedWorkbook, today: IsoDate): LedgerSummary {
  const days = parsed.settings.dueSoonDays;
  return {
    asOf: today,
    problems: summarizeList(
      parsed.problems,
      (r) => (r as ProblemRecord).status === 'closed',
      (r) => (r as ProblemRecord).completedOn ?? (r as ProblemRecord).closedOn,
      today,
      days,
    ),
    tasks: summarizeList(
      parsed.tasks,
      (r) => (r as TaskRecord).status === 'done',
      (r) => (r as TaskRecord).doneOn,
      today,
      days,
    ),
    responsibilities: parsed.responsibilities.length,
  };
}
