/**
 * Zone-free calendar dates.
 *
 * Inside the engine a date is an ISO string `YYYY-MM-DD` (type `IsoDate`) or a
 * day number (days since 1970-01-01). We never build a local-time `Date`: a
 * deadline must not move with the machine's time zone. `Date.UTC` is used only
 * as arithmetic on the proleptic Gregorian calendar, which is zone-free.
 */
import { EngineError } from '../core/errors';

/** `YYYY-MM-DD`, always zero-padded. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, once the fictitious 1900-02-29 is skipped. */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIso({ year, month, day }: YMD): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a well-formed IsoDate; throws on anything else (a programming error, not user input). */
export function toYMD(iso: IsoDate): YMD {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  return !!m && isValidYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

/*
 * A ledger of 60,000 rows converts the same few thousand dates back and forth
 * hundreds of thousands of times (deadlines, working days, alerts); the
 * conversions are pure, so they are remembered. Bounded: cleared when full.
 */
const DATE_CACHE_LIMIT = 100_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();

export function toDayNumber(iso: IsoDate): number {
  const hit = dayNumbers.get(iso);
  if (hit !== undefined) return hit;
  const { year, month, day } = toYMD(iso);
  const n = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  if (dayNumbers.size >= DATE_CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(iso, n);
  return n;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const hit = isoDates.get(dayNumber);
  if (hit !== undefined) return hit;
  const d = new Date(dayNumber * MS_PER_DAY);
  const iso = formatIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  if (isoDates.size >= DATE_CACHE_LIMIT) isoDates.clear();
  isoDates.set(dayNumber, iso);
  return iso;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** b − a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Calendar months with the day clamped to the month's end: 01-31 + 1 month = 02-28 (or 29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = toYMD(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIso({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function endOfMonth(year: number, month: number): IsoDate {
  return formatIso({ year, month, day: daysInMonth(year, month) });
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function yearOf(iso: IsoDate): number {
  // Only well-formed dates have a day number; malformed text still throws in toYMD.
  return dayNumbers.has(iso) ? Number(iso.slice(0, 4)) : toYMD(iso).year;
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Excel serials (1900 date system)

/** Serial 60 is 1900-02-29, a day that never existed (Lotus 1-2-3's leap-year bug kept by Excel). */
export const EXCEL_FICTITIOUS_LEAP_DAY = 60;

/** Converts an Excel serial (1900 system) to a date; fractional time of day is dropped. */
export function fromExcelSerial(serial: number): IsoDate {
  if (!Number.isFinite(serial) || serial < 1) {
    throw new EngineError('date.serialRange', { value: String(serial) });
  }
  const whole = Math.floor(serial);
  if (whole === EXCEL_FICTITIOUS_LEAP_DAY) {
    throw new EngineError('date.fictitiousLeapDay', { value: String(serial) });
  }
  // Serials 1..59 are 1900-01-01..1900-02-28 and sit one day later than the epoch formula says.
  const day = whole < EXCEL_FICTITIOUS_LEAP_DAY ? whole + 1 : whole;
  const iso = fromDayNumber(EXCEL_EPOCH_DAY + day);
  if (yearOf(iso) > 9999) throw new EngineError('date.serialRange', { value: String(serial) });
  return iso;
}

export function toExcelSerial(iso: IsoDate): number {
  const n = toDayNumber(iso) - EXCEL_EPOCH_DAY;
  return n <= EXCEL_FICTITIOUS_LEAP_DAY ? n - 1 : n;
}

// ---------------------------------------------------------------------------
// Parsing what people type (PRODUCT §5)

const FULLWIDTH_RE = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, －, ／, ．…) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const DATE_FORMS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/,
];

/** The forms a user may type, listed in messages. */
export const ACCEPTED_DATE_FORMS = ['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日'];

/**
 * Parses a date typed as text. Returns null when the text is not one of the
 * accepted forms or names a day that does not exist (2024-02-30): we never guess.
 */
export function parseDateText(text: string): IsoDate | null {
  const s = toHalfWidth(text).trim();
  for (const re of DATE_FORMS) {
    const m = re.exec(s);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidYMD(y, mo, d) ? formatIso({ year: y, month: mo, day: d }) : null;
    }
  }
  return null;
}

/**
 * A cell value as a date: an Excel serial (number), a JS Date that a file
 * reader produced (read in UTC: readers build them from serials in UTC),
 * or text in an accepted form. Throws EngineError with a code for anything else.
 */
export function parseDateValue(value: unknown): IsoDate {
  if (typeof value === 'number') return fromExcelSerial(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new EngineError('date.invalid', { value: String(value) });
    return formatIso({
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
    });
  }
  if (typeof value === 'string') {
    // A bare number typed as text ("45000") is not taken for a serial: only numeric cells are.
    const iso = parseDateText(value);
    if (iso) return iso;
    throw new EngineError('date.invalid', { value });
  }
  throw new EngineError('date.invalid', { value: String(value) });
}

// ---------------------------------------------------------------------------
// The user's wall clock. "Today" is the calendar date on the clock of the
// person at the machine, so these two read a Date in local time — the only
// place in the code that does. Every surface (CLI, pane, ribbon) uses them.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `now`, e.g. '2026-11-23'. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Local wall-clock time for `_log` and banners, e.g. '2026-11-23 18:05:09'. */
export function localNow(now: Date = new Date()): string {
  return `${localToday(now)} ${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
}
