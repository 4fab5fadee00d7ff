/**
 * Cell values as the engine sees them, and small helpers on snapshot cells:
 * reading a cell, its text, comparing values.
 */
import type { SheetSnapshot } from './snapshot';

/** An error value in a cell (#N/A, #REF!, #DIV/0! …). */
export interface CellError {
  error: string;
}

/**
 * A cell value as Excel stores it: dates are serial numbers (1900 system), as
 * in Office.js `range.values`; the xlsx adapter converts ExcelJS `Date`s back to
 * serials. Rich text is flattened to its text.
 */
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  const r = sheet.values[row - 1];
  if (!r) return null;
  const v = r[column - 1];
  return v === undefined ? null : v;
}

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text a person sees for a plain value (numbers without formatting). Errors show as '#N/A' etc. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(10)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.trim();
}

/** Same value as Excel would store it (numbers compared with a small tolerance, text trimmed). */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (isCellError(a ?? null) || isCellError(b ?? null)) {
    return (
      isCellError(a ?? null) &&
      isCellError(b ?? null) &&
      (a as { error: string }).error === (b as { error: string }).error
    );
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return a === b;
}

/** The last row (1-based) that has any non-empty cell; 0 for an empty sheet. */
export function lastUsedRow(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length; r >= 1; r--) {
    const row = sheet.values[r - 1];
    if (row && row.some((v) => !isEmptyValue(v))) return r;
  }
  return 0;
}

/** The last non-empty column (1-based) of a row; 0 when the row is empty. */
export function lastUsedColumn(sheet: SheetSnapshot, row: number): number {
  const r = sheet.values[row - 1];
  if (!r) return 0;
  for (let c = r.length; c >= 1; c--) if (!isEmptyValue(r[c - 1])) return c;
  return 0;
}
