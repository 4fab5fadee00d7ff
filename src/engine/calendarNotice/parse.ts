/**
 * parseNotice: a pasted holiday notice → the days it sets, with what is
 * wrong in it. Pure; the surfaces turn a file or a paste into text first.
 * Every wording since 2008 is read (docs/DEADLINES.md, "A new year's
 * calendar"); the notices of 2010–2026 are checked against chinese-days day
 * by day in parse.test.ts.
 */
import { EngineError } from '../core/errors';
import type { IsoDate } from '../rules/dates';
import { type NoticeItem, readHead, readItems, wholeBodyItem } from './header';
import { normalizeNotice } from './normalize';
import { readItemDays } from './sentence';
import type { NoticeDay, NoticeIssue, ParsedNotice } from './types';

/** A paste larger than this is not a notice (the longest official one is about 1,500 characters). */
const MAX_TEXT = 200_000;

/** A day both given off and called a working day, by two items or one. */
function conflicts(days: NoticeDay[]): NoticeIssue[] {
  const off = new Map<IsoDate, string>();
  for (const d of days) if (d.type === '休' && !off.has(d.date)) off.set(d.date, d.holiday);
  const out: NoticeIssue[] = [];
  for (const d of days) {
    const holiday = d.type === '班' ? off.get(d.date) : undefined;
    if (holiday !== undefined)
      out.push({ code: 'conflict', item: '', params: { date: d.date, off: holiday, work: d.holiday } });
  }
  return out;
}

/** The same day set twice alike (a notice pasted twice, two items naming it) is kept once, where it first appears. */
function unique(days: NoticeDay[]): NoticeDay[] {
  const seen = new Set<string>();
  return days.filter((d) => {
    const key = `${d.date}${d.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function parseNotice(text: string): ParsedNotice {
  const flat = normalizeNotice(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const head = readHead(flat);
  if (!head) throw new EngineError('notice.none');
  let items: NoticeItem[] = readItems(flat);
  if (items.length === 0) items = [wholeBodyItem(flat, head)];
  const days: NoticeDay[] = [];
  const errors: NoticeIssue[] = [];
  const warnings: NoticeIssue[] = [];
  for (const item of items) {
    const newYear = item.holiday.startsWith('元旦');
    const r = readItemDays(item.body, { year: head.year, label: item.label, newYear });
    days.push(...r.off.map((date): NoticeDay => ({ date, type: '休', holiday: item.holiday })));
    days.push(...r.work.map((date): NoticeDay => ({ date, type: '班', holiday: item.holiday })));
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  }
  if (!days.some((d) => d.type === '休')) throw new EngineError('notice.none');
  const kept = unique(days);
  errors.push(...conflicts(kept));
  const { start: _start, ...rest } = head;
  return { ...rest, days: kept, warnings, errors };
}
