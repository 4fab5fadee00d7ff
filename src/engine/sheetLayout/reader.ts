/**
 * Reading a sheet as a person sees it: a merged area shows its value in every
 * cell it covers. Rules about a sheet's structure (its header block, its
 * section headings, its footnotes) need both views: what a cell shows, and
 * what was typed in that very cell.
 */
import { type CellRect, parseRange } from '../core/a1';
import { type CellValue, isCellError } from '../core/cells';
import type { SheetSnapshot } from '../core/snapshot';

/** A merged area as rows/columns (1-based, inclusive). */
export type MergeRange = CellRect;

/** The text of a value, trimmed; an error shows as its code (#N/A). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/** Reads cells of a snapshot, seeing a merged area's value in every cell of the area (as a reader of the sheet does). */
export class SheetReader {
  readonly merges: MergeRange[];
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly origin = new Map<number, MergeRange>();

  constructor(readonly sheet: SheetSnapshot) {
    this.merges = sheet.merges.map((m) => parseRange(m));
    this.rowCount = sheet.values.length;
    let width = 0;
    for (const row of sheet.values) if (row.length > width) width = row.length;
    this.columnCount = width;
    // Only the cells inside the used range can hold anything: a merge reaching past it (a whole column merged by
    // mistake) costs no more than the sheet's own cells.
    for (const m of this.merges) {
      const bottom = Math.min(m.bottom, this.rowCount);
      const right = Math.min(m.right, this.columnCount);
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) this.origin.set(this.key(r, c), m);
    }
  }

  private key(row: number, column: number): number {
    return row * 16_385 + column;
  }

  /** The value typed in this very cell (null inside a merge, except its top-left cell). */
  raw(row: number, column: number): CellValue {
    return this.sheet.values[row - 1]?.[column - 1] ?? null;
  }

  mergeAt(row: number, column: number): MergeRange | undefined {
    return this.origin.get(this.key(row, column));
  }

  /** The value a person sees in this cell: a merged area shows its top-left value everywhere. */
  value(row: number, column: number): CellValue {
    const m = this.mergeAt(row, column);
    return m ? this.raw(m.top, m.left) : this.raw(row, column);
  }

  /**
   * The value of a data cell: a merge down (a problem over its measures) shows in every row, but a merge across
   * columns belongs to its leftmost column only — a measure merged over five columns is one value, not five.
   */
  dataValue(row: number, column: number): CellValue {
    const m = this.mergeAt(row, column);
    if (!m) return this.raw(row, column);
    return m.left === column ? this.raw(m.top, m.left) : null;
  }
}
