import type { Lang } from '../../i18n';
import type { NoticeDayType, NoticeIssue, ParsedNotice } from './types';

export function noticeIssueText(lang: Lang, issue: NoticeIssue): string {
  return `${lang} ${issue.code}`;
}

/** What `rectify calendar notice --json` prints. */
export function noticeJson(
  notice: ParsedNotice,
  lang: Lang,
): { year: number; days: { date: string; type: NoticeDayType; holiday: string }[]; warnings: string[] } {
  return {
    year: notice.year,
    days: notice.days.map((d) => ({ date: d.date, type: d.type, holiday: d.holiday })),
    warnings: notice.warnings.map((w) => noticeIssueText(lang, w)),
  };
}
