/**
 * The text of the 预警 (alert) column, in the layout's language, and the
 * reverse: whether a cell's text is one we write (a hand-edited alert is a
 * check warning). Problems are 销号 (closed out); tasks are 完成 (done).
 */
import { type Lang, MESSAGES, type MessageKey, t } from '../../i18n';
import type { Alert, AlertKind } from './status';

export type ListKind = 'problem' | 'task';

/** Alert texts already built: 60,000 rows share a few hundred (kind × days); bounded like the date caches. */
const alertTexts = new Map<string, string>();

/** The texts of alerts with only a kind and days, by language, list and kind, then days. */
const plainTexts: Record<Lang, Record<ListKind, Map<AlertKind, Map<number, string>>>> = {
  zh: { problem: new Map(), task: new Map() },
  en: { problem: new Map(), task: new Map() },
};

/** The text for the 预警 column. Problems are 销号 (closed out); tasks are 完成 (done). */
export function alertText(alert: Alert, lang: Lang, list: ListKind = 'problem'): string {
  // Most alerts are a kind and a number of days: those are found without building a key string.
  const plain = alert.late === undefined && !alert.sentBack && alert.until === undefined;
  let byDays: Map<number, string> | undefined;
  if (plain) {
    const byKind = plainTexts[lang][list];
    byDays = byKind.get(alert.kind);
    if (!byDays) byKind.set(alert.kind, (byDays = new Map()));
  }
  const cacheKey = plain
    ? ''
    : `${lang}|${list}|${alert.kind}|${alert.days}|${alert.late ?? ''}|${alert.sentBack ? 1 : 0}|${alert.until ?? ''}`;
  const hit = byDays ? byDays.get(alert.days) : alertTexts.get(cacheKey);
  if (hit !== undefined) return hit;
  const base = buildAlertText(alert, lang, list);
  const text = alert.sentBack && base ? t(lang, 'alert.sentBack', { alert: base }) : base;
  const cache: Map<string | number, string> = byDays ?? alertTexts;
  if (cache.size >= 10_000) cache.clear();
  cache.set(byDays ? alert.days : cacheKey, text);
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
    pendingOnTime: 'alert.pendingOnTime',
    pendingLate: 'alert.pendingLate',
    pending: 'alert.pending',
    ongoing: 'alert.ongoing',
    extended: 'alert.extended',
    unknown: null,
  };
  const k = key[alert.kind];
  return k ? t(lang, k, { days: alert.days, late: alert.late ?? 0, until: alert.until ?? '' }) : '';
}

/** Every text an alert cell may legitimately hold, in both languages. */
const ALERT_PATTERNS: RegExp[] = (Object.keys(MESSAGES) as MessageKey[])
  .filter((k) => k.startsWith('alert.'))
  .flatMap((k) => [MESSAGES[k].zh, MESSAGES[k].en])
  .map(
    (tpl) =>
      new RegExp(
        '^' +
          tpl
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\\\{(days|late)\\\}/g, '\\d+')
            .replace(/\\\{until\\\}/g, '\\d{4}-\\d{2}-\\d{2}')
            .replace(/\\\{alert\\\}/g, '.+') +
          '$',
      ),
  );

/** Answers already found: a ledger repeats a few hundred alert texts over tens of thousands of rows. */
const alertLike = new Map<string, boolean>();

/** True when the text is an alert we write ('已逾期 3 天', 'Due in 2 days', …). */
export function looksLikeAlert(text: string): boolean {
  let yes = alertLike.get(text);
  if (yes === undefined) {
    const trimmed = text.trim();
    yes = ALERT_PATTERNS.some((re) => re.test(trimmed));
    if (alertLike.size >= 10_000) alertLike.clear();
    alertLike.set(text, yes);
  }
  return yes;
}
