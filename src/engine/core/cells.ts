/**
 * Cell values as the engine sees them, and small helpers on them: emptiness,
 * the text a person sees, comparing values.
 */

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

export function isEmptyValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Most texts start with a printable ASCII or CJK character, which no trim removes: no copy to make.
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return false;
  return v.trim() === '';
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
