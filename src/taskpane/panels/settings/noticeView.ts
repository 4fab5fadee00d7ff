/**
 * What the notice preview draws, from a parsed notice: one month grid per
 * month the notice touches (Monday first, as Chinese calendars print it), and
 * its items as holiday → days off (in runs of consecutive days) and make-up
 * working days. Pure: the components only lay these out.
 */
import type { NoticeDay, NoticeDayType, ParsedNotice } from '../../../engine/calendarNotice/types';

export interface MonthCell {
  day: number;
  /** Saturday or Sunday. */
  weekend: boolean;
  /** What the notice sets for the day, if anything. */
  mark: NoticeDay | null;
}

export interface MonthView {
  year: number;
  month: number;
  /** Empty places before the 1st, so that the 1st falls under its weekday. */
  lead: number;
  cells: MonthCell[];
}

export interface ItemView {
  holiday: string;
  /** Runs of consecutive days off. */
  off: { from: string; to: string; days: number }[];
  work: string[];
}

const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The months the notice's days fall in, in calendar order. */
export function noticeMonths(notice: Pick<ParsedNotice, 'days'>): MonthView[] {
  const byDate = new Map<string, NoticeDay>();
  for (const d of notice.days) if (!byDate.has(d.date)) byDate.set(d.date, d);
  const keys = [...new Set(notice.days.map((d) => d.date.slice(0, 7)))].sort();
  return keys.map((key) => {
    const [year, month] = ymd(`${key}-01`);
    const cells: MonthCell[] = [];
    for (let day = 1; day <= daysIn(year, month); day++) {
      const wd = weekday(year, month, day);
      const iso = `${key}-${String(day).padStart(2, '0')}`;
      cells.push({ day, weekend: wd === 0 || wd === 6, mark: byDate.get(iso) ?? null });
    }
    return { year, month, lead: (weekday(year, month, 1) + 6) % 7, cells };
  });
}

function nextDay(iso: string): string {
  const [y, m, d] = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The items in the notice's order, each with its days off in runs and its make-up working days. */
export function noticeItems(notice: Pick<ParsedNotice, 'days'>): ItemView[] {
  const items = new Map<string, ItemView>();
  for (const d of notice.days) {
    let item = items.get(d.holiday);
    if (!item) items.set(d.holiday, (item = { holiday: d.holiday, off: [], work: [] }));
    if (d.type === '班') {
      item.work.push(d.date);
      continue;
    }
    const last = item.off[item.off.length - 1];
    if (last && nextDay(last.to) === d.date) {
      last.to = d.date;
      last.days++;
    } else item.off.push({ from: d.date, to: d.date, days: 1 });
  }
  return [...items.values()];
}

/** How many days of each type the notice sets. */
export function countDays(notice: Pick<ParsedNotice, 'days'>): Record<NoticeDayType, number> {
  const n: Record<NoticeDayType, number> = { 休: 0, 班: 0 };
  for (const d of new Map(notice.days.map((x) => [x.date, x])).values()) n[d.type]++;
  return n;
}

export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = ymd(iso);
  return { year, month, day };
}
