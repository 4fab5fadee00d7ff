/**
 * Converting between Office.js cell values and the engine's CellValue.
 *
 * Writing: Office.js treats a string in `range.values` like text typed into
 * the cell. "If the returned value starts with a plus ("+"), minus ("-"), or
 * equal sign ("="), Excel interprets this value as a formula" (Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * '2024-03-05', '3/5' and '3月5日' become dates, '007' becomes 7, 'TRUE' a
 * boolean, '50%' a percentage, '#N/A' an error (test/fakeExcel/typing.ts
 * models each). That would silently change what a user typed (and would
 * evaluate cell text as a formula). We choose the apostrophe prefix ("'" +
 * text) for exactly those strings: Excel stores the text unchanged and marks
 * the cell quote-prefixed, the same thing Excel does when a person types
 * '=abc. We do not set the number format to '@' instead because that would
 * change the cell's format for what the user types next (a date typed later
 * would stay text). Ordinary text is written as is.
 *
 * A cell that already is formatted as Text ('@') takes everything literally —
 * an apostrophe too ("Text … displays the content exactly as you type it",
 * https://support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2):
 * there the text is written without one.
 *
 * `null` in an Office.js values array means "leave this cell alone", so an
 * engine null (an empty cell) is written as ''.
 */
import type { CellValue } from '../engine/core/cells';

/**
 * Strings Excel would not keep as typed. Conservative: prefixing plain text is harmless. Each pattern runs on
 * the trimmed text and no two quantifiers next to each other can match the same characters, so the time is
 * linear in the length: the pane writes every string through this, and a cell of pasted whitespace must not
 * freeze it (an overlap such as `\s*[\d\s]+\s*` grows as a power of the number of spaces).
 */
const COERCED = [
  /^[=+\-@']/, // formulas, signed numbers, lotus-style formulas, an apostrophe of the user's own
  /^[$¥€£]?\s*(?:\(\s*)?[\d.,]+(?:\s+[\d.,]+)*(?:\s*\))?(?:\s*%)?$/, // numbers, currency, percentages, (1)
  /^\d{1,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,4}(?:\s*日)?)?$/, // dates 2024-3-5, 3/5, 2024年3月5日
  /^\d{1,2}\s*月\s*\d{1,2}\s*日$/, // 3月5日 (Chinese Excel)
  /^\d{4}\s*年\s*\d{1,2}\s*月$/, // 2024年3月
  /^\d{1,2}\s*[-/]\s*[a-z]{3}/i, // 5-Mar
  /^[a-z]{3,9}(?:\s*[-/]\s*|\s+)\d/i, // Mar-24, March 5
  /^\d{1,2}:\d{2}/, // times
  /^(?:true|false)$/i,
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/i,
  /^\d+(?:\.\d+)?e[+-]?\d+$/i,
];

export function needsTextPrefix(s: string): boolean {
  // A formula or an apostrophe counts from the first character; everything else Excel reads past spaces.
  if (COERCED[0].test(s)) return true;
  const t = s.trim();
  // Whitespace alone was always prefixed (harmless, and what the pane has written so far).
  return (t === '' && s !== '') || COERCED.some((re) => re.test(t));
}

/** The value to put into `range.values` so that Excel stores exactly `v` (in a cell formatted as Text when `text`). */
export function toExcelInput(v: CellValue, text = false): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return !text && needsTextPrefix(v) ? `'${v}` : v;
  if (typeof v === 'object') return text ? v.error : `'${v.error}`; // never write an error literal as an error
  return v;
}

const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * An Office.js value back to a CellValue. Office.js gives '' for empty cells
 * and the error's text for error cells (a typed text '#N/A' is indistinguishable
 * without loading valueTypes too, which would add a third of the read payload;
 * we accept that rare case as an error value).
 */
export function fromExcelValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_LITERALS.has(v)) return { error: v };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * Whether a cell holds a real formula. `range.formulas` returns the value of a
 * constant cell, so a quote-prefixed text '=abc' looks like the formula '=abc';
 * a real formula's computed value is never its own source text, which tells them apart.
 */
export function isRealFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}
