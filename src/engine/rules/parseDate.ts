/**
 * Dates as people type them, and date cells as a reader finds them: Excel
 * serials, dates a file reader produced, or text in one of the accepted forms
 * (docs/DEADLINES.md). Anything else is refused with the reason, never guessed.
 */
import { type CellValue, isCellError, isEmptyValue, valueText } from '../core/cells';
import { EngineError, attempt } from '../core/errors';
import { toHalfWidth } from '../core/text';
import { type IsoDate, formatIso, isValidYMD } from './dates';
import { fromExcelSerial } from './excelSerial';

const DATE_FORMS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/,
];

/** The forms a user may type, listed in messages. */
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

export type DateCell =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'invalid'; code: 'date.invalid' | 'date.serialRange' | 'date.fictitiousLeapDay'; value: string };

const EMPTY_CELL: DateCell = Object.freeze({ kind: 'empty' });

/**
 * Cells already read, by value: a ledger of 60,000 rows holds a few thousand distinct dates, and parsing each
 * cell again (a closure, a try, a date built) was a large part of reading it. Bounded like the other caches.
 */
const dateCells = new Map<number | string, DateCell>();

/** Reads a date cell: empty, a date, or invalid with the reason (the accepted forms are in docs/DEADLINES.md). */
export function readDateCell(v: CellValue): DateCell {
  if (v === null || isEmptyValue(v)) return EMPTY_CELL;
  if (isCellError(v)) return { kind: 'invalid', code: 'date.invalid', value: v.error };
  if (typeof v === 'boolean') return { kind: 'invalid', code: 'date.invalid', value: valueText(v) };
  const hit = dateCells.get(v);
  if (hit) return hit;
  const cell = Object.freeze(parseDateCell(v));
  if (dateCells.size >= 10_000) dateCells.clear();
  dateCells.set(v, cell);
  return cell;
}

function parseDateCell(v: number | string): DateCell {
  const r = attempt(() => parseDateValue(v));
  if (r.ok) return { kind: 'date', date: r.value };
  const code = r.code === 'date.serialRange' || r.code === 'date.fictitiousLeapDay' ? r.code : 'date.invalid';
  return { kind: 'invalid', code, value: valueText(v) };
}
