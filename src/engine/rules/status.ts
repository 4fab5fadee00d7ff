/**
 * Status and alert of PRODUCT §4, as of a given date. The alert text goes in
 * the 预警 column; the colours come from formula-based conditional formats
 * that compute the same thing inside the spreadsheet (so they stay right
 * tomorrow without us).
 */
import { IsoDate, daysBetween } from './dates';
import { Lang, MessageKey, t } from '../../i18n/index';

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

export type ListKind = 'problem' | 'task';

/** Alert texts already built: 60,000 rows share a few hundred (kind × days); bounded like the date caches. */
const alertTexts = new Map<string, string>();

/** The text for the 预警 column. Problems are 销号 (closed out); tasks are 完成 (done). */
export function alertText(alert: Alert, lang: Lang, list: ListKind = 'problem'): string {
  const cacheKey = `${lang}|${list}|${alert.kind}|${alert.days}`;
  const hit = alertTexts.get(cacheKey);
  if (hit !== undefined) return hit;
  const text = buildAlertText(alert, lang, list);
  if (alertTexts.size >= 10_000) alertTexts.clear();
  alertTexts.set(cacheKey, text);
  return text;
}

function buildAlertText(alert: Alert, lang: Lang, list: ListKind): string {
  const key: Record<AlertKind, MessageKey | null> = {
    overdue: 'alert.overdue',
    dueSoon: alert.days === 0 ? 'alert.dueToday' : 'alert.dueSoon',
    onTrack: 'alert.onTrack',
    closedOnTime: list === 'problem' ? 'alert.closedOnTime' : 'alert.doneOnTime',
    closedLate: list === 'problem' ? 'alert.closedLate' : 'alert.doneLate',
    closed: list === 'problem' ? 'alert.closed' : 'alert.done',
    ongoing: 'alert.ongoing',
    unknown: null,
  };
  const k = key[alert.kind];
  return k ? t(lang, k, { days: alert.days }) : '';
}
