/**
 * The state of a transferred clue and of a unit's rectification report as of
 * a date (docs/STATUS.md, "The 四账 cycle").
 *
 * A clue, as of a date D (it exists once transferred on or before D, and from
 * then on never leaves the three ledgers):
 *   按时办结 onTime    finished (已办结, 办结日期 ≤ D) on or before its 办理期限
 *                      (or with no deadline)
 *   办理超时 overdue   finished after its deadline, or not finished and the
 *                      deadline is before D
 *   办理中   handling  everything else (待签收 included: signing is its own alert)
 * so a clue is in exactly one of them, and once finished on time or overdue it
 * stays there. Signing: signed for as of D when 签收日期 ≤ D (a clue whose
 * status says it is being handled or finished, without a date, counts as
 * signed); not signed after its 签收期限 is 超期未签收.
 *
 * A report: due at 整改期满日, or, once sent back (打回重写), at 重报期限;
 * not submitted by then it is overdue (逾期未报); submitted and not yet
 * reviewed it is in review; passed it is done.
 */
import { type IsoDate, daysBetween } from './dates';

export type ClueStatusCode = 'awaiting' | 'handling' | 'finished';
export type ClueLedgerState = 'handling' | 'onTime' | 'overdue';
export type ReportResultCode = 'passed' | 'rejected';

export interface ClueDates {
  status: ClueStatusCode | null;
  transferredOn: IsoDate | null | undefined;
  signedOn: IsoDate | null | undefined;
  /** 签收期限: the last day to sign for it. */
  signBy: IsoDate | null | undefined;
  /** 办理期限; null = none (长期), undefined = cannot be computed. */
  deadline: IsoDate | null | undefined;
  finishedOn: IsoDate | null | undefined;
}

/** Transferred on or before the date (a clue without a readable transfer date is always there). */
export function clueExists(c: ClueDates, asOf: IsoDate): boolean {
  return !c.transferredOn || c.transferredOn <= asOf;
}

/** Finished as of the date: status 已办结 with a 办结日期 on or before it. */
export function clueFinishedBy(c: ClueDates, asOf: IsoDate): boolean {
  return c.status === 'finished' && !!c.finishedOn && c.finishedOn <= asOf;
}

export function clueSignedBy(c: ClueDates, asOf: IsoDate): boolean {
  if (c.signedOn) return c.signedOn <= asOf;
  return c.status === 'handling' || c.status === 'finished';
}

/** Which of the three ledgers the clue is in as of the date. */
export function clueLedgerState(c: ClueDates, asOf: IsoDate): ClueLedgerState {
  const deadline = c.deadline ?? null;
  if (clueFinishedBy(c, asOf)) return !deadline || c.finishedOn! <= deadline ? 'onTime' : 'overdue';
  return deadline && deadline < asOf ? 'overdue' : 'handling';
}

export type ClueAlertKind =
  | 'awaiting'
  | 'signLate'
  | 'handling'
  | 'dueSoon'
  | 'overdue'
  | 'onTime'
  | 'late'
  /** 已办结 without a 办结日期: finished, timing unknown (check reports it). */
  | 'finished';

export interface ClueAlert {
  kind: ClueAlertKind;
  /** Days overdue or late, days left (due soon), or days past the signing period. */
  days: number;
  /** Overdue and not even signed for. */
  unsigned?: boolean;
}

/**
 * @example computeClueAlert({ status: 'awaiting', transferredOn: '2025-06-02', signedOn: null,
 *   signBy: '2025-06-05', deadline: '2025-08-02', finishedOn: null }, '2025-06-09', 7)
 *   // { kind: 'signLate', days: 4 }
 */
export function computeClueAlert(c: ClueDates, today: IsoDate, dueSoonDays: number): ClueAlert {
  const deadline = c.deadline ?? null;
  if (c.status === 'finished') {
    if (!c.finishedOn) return { kind: 'finished', days: 0 };
    const late = deadline ? daysBetween(deadline, c.finishedOn) : 0;
    return late > 0 ? { kind: 'late', days: late } : { kind: 'onTime', days: 0 };
  }
  const unsigned = !clueSignedBy(c, today);
  if (deadline && deadline < today) return { kind: 'overdue', days: daysBetween(deadline, today), unsigned };
  if (unsigned && c.signBy && c.signBy < today) return { kind: 'signLate', days: daysBetween(c.signBy, today) };
  if (deadline && daysBetween(today, deadline) <= dueSoonDays)
    return { kind: 'dueSoon', days: daysBetween(today, deadline) };
  if (unsigned) return { kind: 'awaiting', days: 0 };
  return { kind: 'handling', days: deadline ? daysBetween(today, deadline) : 0 };
}

export interface ReportDates {
  submittedOn: IsoDate | null | undefined;
  result: ReportResultCode | null;
  reviewedOn: IsoDate | null | undefined;
  rejections: number;
  /** 整改期满日. */
  deadline: IsoDate | null | undefined;
  /** 重报期限 (after a send-back). */
  resubmitBy: IsoDate | null | undefined;
}

export type ReportAlertKind = 'notDue' | 'dueSoon' | 'overdue' | 'inReview' | 'passed' | 'unknown';

export interface ReportAlert {
  kind: ReportAlertKind;
  /** Days overdue, days left, or days waiting for review. */
  days: number;
  /** Sent back (打回重写) and not yet submitted again: due at 重报期限. */
  sentBack?: boolean;
  /** In review after having been sent back at least once. */
  again?: boolean;
}

/** Submitted and waiting for the review: never reviewed, or submitted again after the last send-back. */
export function reportInReview(r: ReportDates): boolean {
  if (!r.submittedOn) return false;
  if (r.result === null) return true;
  return r.result === 'rejected' && !!r.reviewedOn && r.submittedOn > r.reviewedOn;
}

/**
 * @example computeReportAlert({ submittedOn: null, result: null, reviewedOn: null, rejections: 0,
 *   deadline: '2025-06-01', resubmitBy: null }, '2025-06-30', 7)   // { kind: 'overdue', days: 29 }
 */
export function computeReportAlert(r: ReportDates, today: IsoDate, dueSoonDays: number): ReportAlert {
  if (r.result === 'passed') return { kind: 'passed', days: 0 };
  if (reportInReview(r)) return { kind: 'inReview', days: daysBetween(r.submittedOn!, today), again: r.rejections > 0 };
  const sentBack = r.result === 'rejected';
  const due = sentBack ? r.resubmitBy : r.deadline;
  if (!due) return { kind: 'unknown', days: 0, sentBack };
  const left = daysBetween(today, due);
  if (left < 0) return { kind: 'overdue', days: -left, sentBack };
  if (left <= dueSoonDays) return { kind: 'dueSoon', days: left, sentBack };
  return { kind: 'notDue', days: left, sentBack };
}

/** The report is chased (督办清单, the unit's letter): not submitted when due, or due within the due-soon days. */
export function isReportChased(a: ReportAlert): a is ReportAlert & { kind: 'overdue' | 'dueSoon' } {
  return a.kind === 'overdue' || a.kind === 'dueSoon';
}
