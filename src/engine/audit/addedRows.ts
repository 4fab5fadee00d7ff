/**
 * Rows added whole, logged as ranges (docs/LOG.md, "Rows added by import").
 * A first import of 10,000 rows used to write one `_log` row per cell
 * (230,000 rows; Excel's limit of 1,048,576 within five such imports). Its
 * new rows now get one entry per source file and list sheet (per 5,000
 * rows): the range, a sentence saying where they came from, and a short
 * check code per row ("row checks"). The cells' values are in the rows
 * themselves, each naming its source file and row.
 *
 * The row checks keep what the per-cell entries gave: the value import wrote
 * into each cell, which a re-import compares with (three-way, import/update.ts).
 * Rolling a row back through the changes logged since (refresh, close-out, a
 * later import) gives the row as it was written; if its check still matches,
 * nobody changed the row by hand and every cell's imported value is known.
 * If not, the row is left out and a re-import treats its cells as changed in
 * the ledger (kept, and reported where the source differs): never overwritten.
 */
import { columnIndex, columnLetters, parseRange } from '../core/a1';
import type { CellValue } from '../core/cells';
import type { LogChange } from '../core/plan';
import { hash53, logText } from './chain';

/** Characters of one row's check code: 36 bits, so a changed row goes unnoticed once in 68 billion. */
export const ROW_CHECK_CHARS = 6;
/** Rows per entry: 5,000 checks are 30,000 characters, under Excel's 32,767 per cell with the sentence. */
export const ROWS_PER_ENTRY = 5_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The text of a row's first `width` cells as hashed: their logged texts, joined by U+241F; the `skip` columns
 * (1-based) as empty.
 */
function rowText(values: readonly CellValue[] | undefined, width: number, skip: readonly number[]): string {
  const parts: string[] = new Array<string>(width);
  for (let c = 0; c < width; c++) parts[c] = skip.includes(c + 1) ? '' : logText(values?.[c] ?? null);
  return parts.join('\u241f');
}

/**
 * A row's check code over its first `width` cells but the `skip` columns (ROW_CHECK_CHARS characters of
 * [A-Za-z0-9_-]).
 */
export function rowCheckCode(
  values: readonly CellValue[] | undefined,
  width: number,
  skip: readonly number[] = [],
): string {
  // hash53 gives 14 hex digits (53 bits); the last 9 are 36 bits, six characters of 64.
  let n = parseInt(hash53(rowText(values, width, skip)).slice(-9), 16);
  let out = '';
  for (let i = 0; i < ROW_CHECK_CHARS; i++) {
    out += ALPHABET[n % 64];
    n = Math.floor(n / 64);
  }
  return out;
}

export interface AddedRows {
  sheet: string;
  /** 1-based sheet row of the first row; rows start in column A. */
  firstRow: number;
  /** Columns A.. covered. */
  width: number;
  rows: readonly (readonly CellValue[])[];
  /**
   * Columns (1-based) the row checks leave out: the alert texts, which refresh rewrites every day and logs as
   * one summary per sheet (docs/LOG.md), so a row could never be rolled back to them.
   */
  skip?: readonly number[];
}

/**
 * The log changes for rows added whole: one per ROWS_PER_ENTRY rows, with
 * the range, old value empty, new value `sentence(first, last)` followed by a
 * space and the rows' check codes — after `S,T:` when columns S and T are
 * left out of them.
 */
export function addedRowsChanges(added: AddedRows, sentence: (first: number, last: number) => string): LogChange[] {
  const out: LogChange[] = [];
  const right = columnLetters(Math.max(1, added.width));
  for (let i = 0; i < added.rows.length; i += ROWS_PER_ENTRY) {
    const chunk = added.rows.slice(i, i + ROWS_PER_ENTRY);
    const first = added.firstRow + i;
    const last = first + chunk.length - 1;
    const skip = added.skip ?? [];
    let checks = skip.length ? `${skip.map(columnLetters).join(',')}:` : '';
    for (const row of chunk) checks += rowCheckCode(row, added.width, skip);
    out.push({
      sheet: added.sheet,
      address: `A${first}:${right}${last}`,
      oldValue: null,
      newValue: `${sentence(first, last)} ${checks}`,
    });
  }
  return out;
}

export interface AddedRowsEntry {
  sheet: string;
  top: number;
  bottom: number;
  width: number;
  /** Columns (1-based) the checks leave out. */
  skip: number[];
  /** One check code per row, top to bottom. */
  checks: string[];
}

/** `S,T` → [19, 20]; null when it is not a list of column letters. */
function columnList(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(',')) {
    if (!part || part.length > 3) return null;
    for (const ch of part) if (ch < 'A' || ch > 'Z') return null;
    out.push(columnIndex(part));
  }
  return out;
}

function isCheckText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!ALPHABET.includes(s[i])) return false;
  return true;
}

/**
 * An entry for rows added whole, read back: a range from column A whose new
 * value ends with exactly one check code per row of the range (in either
 * language: the sentence is not parsed). Anything else is null.
 */
export function parseAddedRows(sheet: string, address: string, newValue: string): AddedRowsEntry | null {
  if (!address.includes(':')) return null;
  let range: ReturnType<typeof parseRange>;
  try {
    range = parseRange(address);
  } catch {
    return null;
  }
  if (range.left !== 1) return null;
  const count = range.bottom - range.top + 1;
  const space = newValue.lastIndexOf(' ');
  if (space < 0) return null;
  let tail = newValue.slice(space + 1);
  const colon = tail.indexOf(':');
  const skip = colon < 0 ? [] : columnList(tail.slice(0, colon));
  if (!skip) return null;
  tail = tail.slice(colon + 1);
  if (tail.length !== count * ROW_CHECK_CHARS || !isCheckText(tail)) return null;
  const checks: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) checks[i] = tail.slice(i * ROW_CHECK_CHARS, (i + 1) * ROW_CHECK_CHARS);
  return { sheet, top: range.top, bottom: range.bottom, width: range.right, skip, checks };
}
