/**
 * Status and alert as of a given date (docs/STATUS.md). The alert text goes in
 * the 预警 column; the colours come from formula-based conditional formats
 * that compute the same thing inside the spreadsheet (so they stay right
 * tomorrow without us).
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
  | 'ongoing'
  /** No usable deadline (missing or invalid input: validation reports why). */
  | 'unknown';

export interface Alert {
  kind: AlertKind;
  /** Days overdue, days left, or days late. */
  days: number;
}

export interface AlertInput {
  /** Problem status 已销号, or task status 已完成. */
  closed: boolean;
  /** null = no deadline (长期坚持); undefined = unknown (invalid input). */
  deadline: IsoDate | null | undefined;
  /** When the work was finished (完成日期 / 实际完成日期), or the closing date if that is all there is. */
  finishedOn: IsoDate | null;
  today: IsoDate;
  dueSoonDays: number;
}

export function computeAlert({ closed, deadline, finishedOn, today, dueSoonDays }: AlertInput): Alert {
  if (deadline === undefined) return { kind: 'unknown', days: 0 };
  if (closed) {
    if (deadline === null) return { kind: 'closedOnTime', days: 0 };
    if (!finishedOn) return { kind: 'closed', days: 0 };
    const late = daysBetween(deadline, finishedOn);
    return late > 0 ? { kind: 'closedLate', days: late } : { kind: 'closedOnTime', days: 0 };
  }
  if (deadline === null) return { kind: 'ongoing', days: 0 };
  const left = daysBetween(today, deadline);
  if (left < 0) return { kind: 'overdue', days: -left };
  if (left <= dueSoonDays) return { kind: 'dueSoon', days: left };
  return { kind: 'onTrack', days: left };
}
