/**
 * A notice against the `_calendar` rows a workbook already has (pure):
 * which days it adds, which rows it contradicts, which rows of its year it
 * does not set; and the rows `_calendar` holds once it is written.
 *
 * Layering: the last row for a date wins (rules/calendar.ts). The notice's
 * new days are appended, so a row typed later, or a later notice, still
 * layers over it. Rows the notice contradicts are replaced only when the user
 * says so. An annual notice speaks for its whole year: rows of that year it
 * does not set are reported (kept, or emptied when replacing). An adjustment
 * (关于调整……) speaks for one holiday: the rest of the year is not its business.
 */
import type { WriteBlock } from '../core/plan';
import type { CalendarOverride } from '../rules/calendar';
import { toExcelSerial } from '../rules/excelSerial';
import { DATE_FORMAT } from '../schema/format';
import { compareIso, yearOf } from '../rules/dates';
import type { CalendarRowDiff, NoticeDay, NoticeDayType, ParsedNotice } from './types';

export interface CalendarDiff {
  added: NoticeDay[];
  changed: CalendarRowDiff[];
  extra: CalendarRowDiff[];
  same: number;
}

const asType = (t: CalendarOverride['type']): NoticeDayType => (t === 'off' ? '休' : '班');

export function diffCalendar(notice: ParsedNotice, rows: readonly CalendarOverride[]): CalendarDiff {
  const lastRow = new Map<string, CalendarOverride>();
  for (const r of rows) lastRow.set(r.date, r);
  const set = new Set(notice.days.map((d) => d.date));
  const out: CalendarDiff = { added: [], changed: [], extra: [], same: 0 };
  for (const day of notice.days) {
    const row = lastRow.get(day.date);
    if (!row) out.added.push(day);
    else if (asType(row.type) === day.type) out.same++;
    else
      out.changed.push({
        row: row.row ?? 0,
        date: day.date,
        type: asType(row.type),
        note: row.note ?? '',
        to: day.type,
        holiday: day.holiday,
      });
  }
  if (!notice.adjustment) {
    for (const r of rows)
      if (yearOf(r.date) === notice.year && !set.has(r.date))
        out.extra.push({ row: r.row ?? 0, date: r.date, type: asType(r.type), note: r.note ?? '' });
  }
  return out;
}

/**
 * What the notice writes into `_calendar`, cell by cell and never over a row it does not concern (a row the
 * reader could not read stays as typed): contradicted rows take the notice's type and note in place; when
 * replacing, an annual notice's year loses the rows it does not set (their cells emptied); new days are appended
 * below the last used row, in date order.
 */
export function calendarWrites(
  sheet: string,
  lastRow: number,
  diff: CalendarDiff,
  opts: { replace: boolean; typeText: (t: NoticeDayType) => string; noteOf: (day: NoticeDay) => string },
): WriteBlock[] {
  const writes: WriteBlock[] = [];
  for (const c of diff.changed) {
    const day: NoticeDay = { date: c.date, type: c.to!, holiday: c.holiday ?? '' };
    writes.push({ sheet, row: c.row, column: 2, values: [[opts.typeText(day.type), opts.noteOf(day)]] });
  }
  if (opts.replace)
    for (const x of diff.extra) writes.push({ sheet, row: x.row, column: 1, values: [[null, null, null]] });
  const added = [...diff.added].sort((a, b) => compareIso(a.date, b.date));
  if (added.length)
    writes.push({
      sheet,
      row: lastRow + 1,
      column: 1,
      values: added.map((d) => [toExcelSerial(d.date), opts.typeText(d.type), opts.noteOf(d)]),
      numberFormats: [DATE_FORMAT, null, null],
    });
  return writes;
}
