/**
 * How Excel stores a string written through `range.values`: like text typed
 * into the cell. Each rule cites where the behaviour is documented; the
 * adapter must write text so that none of them changes it (src/excel/text.ts).
 *
 *  - "If the returned value starts with a plus ("+"), minus ("-"), or equal
 *    sign ("="), Excel interprets this value as a formula" (Range.values,
 *    https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *    '@' is Excel's Lotus-compatible formula prefix ('@SUM(A1)' is '=SUM(A1)').
 *  - Numbers, percentages, currency, exponents, times, dates ('2024-03-05',
 *    '3/5' for 5 March of the current year, '5-Mar', '2024年3月5日', '3月5日')
 *    and TRUE / FALSE become numbers, dates (serials) and booleans, and the
 *    classic error literals ('#N/A' …) become error values ("How Excel
 *    interprets entries": https://support.microsoft.com/office/format-numbers-as-text-583160db-4a8b-4d4c-b73b-f7a6d3efe3b2,
 *    "Keeping leading zeros and large numbers":
 *    https://support.microsoft.com/office/keeping-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7,
 *    which also says numbers keep 15 significant digits).
 *  - A leading apostrophe stores the rest as text and marks the cell
 *    quote-prefixed, as when a person types it (same pages).
 *  - In a cell formatted as Text ('@') the entry is kept exactly as typed —
 *    "Text: Treats the content of a cell as text and displays the content
 *    exactly as you type it, even when you type numbers" (Available number
 *    formats, https://support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2):
 *    no formula, no number, and a leading apostrophe is part of the text.
 *  - "Total number of characters that a cell can contain: 32,767" (Excel
 *    specifications and limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
import { FakeError } from './errors';

export type Scalar = string | number | boolean;

export interface Typed {
  value: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  /** An error value ('#N/A' typed without an apostrophe). */
  error?: boolean;
}

export const MAX_CELL_CHARS = 32_767;

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The Excel serial (1900 system) of a y-m-d. */
export function serialOf(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function fullYear(y: number): number {
  return y < 30 ? 2000 + y : y < 100 ? 1900 + y : y;
}

/** Dates as Excel (en-US and zh-CN) recognises them; null when the text is not one. */
function dateOf(s: string, year: number): number | null {
  let m: RegExpExecArray | null;
  const at = (y: number, mo: number, d: number) => (validDate(y, mo, d) ? serialOf(y, mo, d) : null);
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) return at(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(s))) return at(fullYear(+m[3]), +m[1], +m[2]);
  if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(s))) return at(year, +m[1], +m[2]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s))) return at(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(s))) return at(+m[1], +m[2], 1);
  if ((m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s))) return at(year, +m[1], +m[2]);
  if ((m = /^(\d{1,2})[- ]([a-z]{3})[a-z]*(?:[- ](\d{2,4}))?$/i.exec(s))) {
    const mo = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    return mo ? at(m[3] ? fullYear(+m[3]) : year, mo, +m[1]) : null;
  }
  if ((m = /^([a-z]{3})[a-z]*[- ](\d{1,4})$/i.exec(s))) {
    const mo = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    if (!mo) return null;
    const n = +m[2];
    return n <= 31 && m[2].length <= 2 ? at(year, mo, n) : at(fullYear(n), mo, 1);
  }
  return null;
}

/** Numbers Excel recognises: sign, thousands separators, decimals, exponent, currency, (negative), percent. */
function numberOf(s: string): number | null {
  const m = /^([-+])?\s*([$¥€£])?\s*(\()?\s*(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(e[-+]?\d+)?\s*(\))?\s*(%)?$/i.exec(s);
  if (!m || (!m[4] && !m[5]) || !!m[3] !== !!m[7]) return null;
  let n = Number(`${m[4].replace(/,/g, '') || '0'}${m[5] ?? ''}${m[6] ?? ''}`);
  if (!Number.isFinite(n)) return null;
  if (m[1] === '-' || m[3]) n = -n;
  if (m[8]) n /= 100;
  return Number(n.toPrecision(15));
}

function timeOf(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(s);
  if (!m) return null;
  let h = +m[1];
  if (m[4]) h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  if (h > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return null;
  return (h * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86_400;
}

/**
 * What Excel stores for `input` written through `range.values` into a cell
 * whose number format is `numberFormat`; `year` is the current year (for
 * dates typed without one). Throws InvalidArgument for text over 32,767
 * characters.
 */
export function typeInput(input: string, numberFormat: string | undefined, year: number): Typed {
  if (input.length > MAX_CELL_CHARS) {
    throw new FakeError('InvalidArgument', `A cell holds at most ${MAX_CELL_CHARS} characters (got ${input.length}).`);
  }
  if (input === '') return { value: '' };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith('=')) return { value: 0, formula: input };
  const s = input.trim();
  const n = numberOf(s);
  if (n !== null) return { value: n };
  if (input.startsWith('+') || input.startsWith('-')) return { value: 0, formula: `=${input}` };
  if (input.startsWith('@')) return { value: 0, formula: `=${input.slice(1)}` };
  const d = dateOf(s, year);
  if (d !== null) return { value: d };
  const t = timeOf(s);
  if (t !== null) return { value: t };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  if (ERRORS.has(s.toUpperCase())) return { value: s.toUpperCase(), error: true };
  return { value: input };
}
