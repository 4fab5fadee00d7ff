/**
 * Zone-free calendar dates.
 *
 * Inside the engine a date is an ISO string `YYYY-MM-DD` (type `IsoDate`) or a
 * day number (days since 1970-01-01). We never build a local-time `Date`: a
 * deadline must not move with the machine's time zone. `Date.UTC` is used only
 * as arithmetic on the proleptic Gregorian calendar, which is zone-free.
 */
/** `YYYY-MM-DD`, always zero-padded. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

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
