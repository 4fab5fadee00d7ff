/**
 * The working-day calendar: the State Council's holiday schedule as shipped
 * by the maintained `chinese-days` package, plus override rows from the
 * workbook's `_calendar` sheet (next year's schedule, a local holiday).
 *
 * We read the package's data file (zone-free `YYYY-MM-DD` keys) rather than
 * its functions: those parse strings in local time and silently treat years
 * they do not know as plain Monday–Friday. Here coverage is explicit, so a
 * computation that touches an uncovered year can be flagged.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { IsoDate, fromDayNumber, toDayNumber, yearOf } from './dates';

export type DayType = 'off' | 'work';

export interface CalendarOverride {
  date: IsoDate;
  type: DayType;
  note?: string;
  /** The `_calendar` row it was read from (1-based), when it comes from the workbook. */
  row?: number;
}

export type DayReason = 'holiday' | 'makeupWorkday' | 'weekend' | 'weekday' | 'override';

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  reason: DayReason;
  /** Holiday name from the package ("春节") or the override's note. */
  name?: string;
}

interface BuiltIn {
  holidays: Map<number, string>;
  workdays: Map<number, string>;
  years: Set<number>;
}

let builtIn: BuiltIn | null = null;

/** The package data, indexed by day number once per process. */
function loadBuiltIn(): BuiltIn {
  if (builtIn) return builtIn;
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const holidays = new Map<number, string>();
  const workdays = new Map<number, string>();
  const years = new Set<number>();
  const nameOf = (v: string) => v.split(',')[1] ?? v;
  for (const [date, v] of Object.entries(data.holidays)) {
    holidays.set(toDayNumber(date), nameOf(v));
    years.add(yearOf(date));
  }
  for (const [date, v] of Object.entries(data.workdays)) workdays.set(toDayNumber(date), nameOf(v));
  builtIn = { holidays, workdays, years };
  return builtIn;
}

/** The years the built-in schedule covers (2004–2026 for chinese-days 1.5.7). */
export function builtInYears(): number[] {
  return [...loadBuiltIn().years].sort((a, b) => a - b);
}

/** From this day of December on, a day off may belong to the next year's 元旦 (see WorkCalendar). */
const LATE_DECEMBER = '12-20';

export class WorkCalendar {
  private readonly overrides = new Map<number, CalendarOverride>();
  private readonly overrideYears = new Set<number>();

  constructor(overrides: readonly CalendarOverride[] = []) {
    for (const o of overrides) {
      this.overrides.set(toDayNumber(o.date), o);
      // A year counts as covered by the workbook once it lists at least one day off for it: that is what
      // entering next year's schedule into _calendar looks like. Days off in late December do not count:
      // the next year's notice may reach back to them (2019's 元旦 began on 2018-12-30).
      if (o.type === 'off' && o.date.slice(5) < LATE_DECEMBER) this.overrideYears.add(yearOf(o.date));
    }
  }

  covers(year: number): boolean {
    return loadBuiltIn().years.has(year) || this.overrideYears.has(year);
  }

  /** Years in [fromYear, toYear] that the calendar does not cover. */
  uncoveredYears(fromYear: number, toYear: number): number[] {
    const out: number[] = [];
    for (let y = Math.min(fromYear, toYear); y <= Math.max(fromYear, toYear); y++) if (!this.covers(y)) out.push(y);
    return out;
  }

  isWorkdayNumber(dayNumber: number): boolean {
    const o = this.overrides.get(dayNumber);
    if (o) return o.type === 'work';
    const b = loadBuiltIn();
    if (b.holidays.has(dayNumber)) return false;
    if (b.workdays.has(dayNumber)) return true;
    const wd = (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return wd !== 0 && wd !== 6;
  }

  isWorkday(date: IsoDate): boolean {
    return this.isWorkdayNumber(toDayNumber(date));
  }

  dayInfo(date: IsoDate): DayInfo {
    const n = toDayNumber(date);
    const o = this.overrides.get(n);
    if (o) return { date, workday: o.type === 'work', reason: 'override', name: o.note };
    const b = loadBuiltIn();
    const holiday = b.holidays.get(n);
    if (holiday !== undefined) return { date, workday: false, reason: 'holiday', name: holiday };
    const makeup = b.workdays.get(n);
    if (makeup !== undefined) return { date, workday: true, reason: 'makeupWorkday', name: makeup };
    const workday = this.isWorkdayNumber(n);
    return { date, workday, reason: workday ? 'weekday' : 'weekend' };
  }

  /** The first working day strictly after `date`. */
  nextWorkday(date: IsoDate): IsoDate {
    let n = toDayNumber(date) + 1;
    while (!this.isWorkdayNumber(n)) n++;
    return fromDayNumber(n);
  }

  /** The n-th working day strictly after `date` (n ≥ 1). */
  addWorkdays(date: IsoDate, n: number): IsoDate {
    let day = toDayNumber(date);
    let left = n;
    while (left > 0) {
      day++;
      if (this.isWorkdayNumber(day)) left--;
    }
    return fromDayNumber(day);
  }
}
