/** A notice's warnings and errors in the user's language, and the object `rectify calendar notice --json` prints. */
import { type Lang, type MessageKey, type MessageParams, t } from '../../i18n';
import type { NoticeDayType, NoticeIssue, ParsedNotice } from './types';

function weekdayName(lang: Lang, n: string | number): string {
  return t(lang, `notice.weekday.${Number(n)}` as MessageKey);
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };
const fullWidth = (text: string) => text.replace(/[(),:;]/g, (c) => FULL_WIDTH[c]);

export function noticeIssueText(lang: Lang, issue: NoticeIssue): string {
  const params: MessageParams = { ...issue.params, item: issue.item || '—' };
  // Quoted as the notice prints it: the reader folded its full-width marks to ASCII.
  if (typeof params.text === 'string') params.text = fullWidth(params.text);
  if (issue.code === 'weekday') {
    params.written = weekdayName(lang, issue.params.written);
    params.actual = weekdayName(lang, issue.params.actual);
  }
  return t(lang, `notice.issue.${issue.code}`, params);
}

export interface NoticeJson {
  year: number;
  days: { date: string; type: NoticeDayType; holiday: string }[];
  warnings: string[];
}

/** What `rectify calendar notice --json` prints: exactly year, days, warnings. */
export function noticeJson(notice: ParsedNotice, lang: Lang): NoticeJson {
  return {
    year: notice.year,
    days: notice.days.map((d) => ({ date: d.date, type: d.type, holiday: d.holiday })),
    warnings: notice.warnings.map((w) => noticeIssueText(lang, w)),
  };
}
