/**
 * What an adapter reads, in one go: the workbook as plain data. Both adapters
 * (src/excel for Office.js, src/xlsx for ExcelJS) produce this shape, so the
 * engine never knows which surface it runs on (docs/ARCHITECTURE.md).
 */
import { cellAddress, parseRange } from './a1';
import { type CellValue, isEmptyValue } from './cells';

export interface TableSnapshot {
  name: string;
  /** A1 range including the header row, e.g. 'A1:T101'. */
  ref: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /**
   * The used range from A1: values[r][c] is the cell at row r+1, column c+1.
   * Rows may be ragged (trailing empty cells dropped).
   */
  values: CellValue[][];
  /** Formula cells only: A1 address → formula text as Excel shows it ('=SUM(A1:A3)'). */
  formulas: Record<string, string>;
  tables: TableSnapshot[];
  /** Merged ranges, e.g. 'A1:F1'. */
  merges: string[];
  /** Set on protected sheets. */
  protected?: boolean;
  /** Frozen rows and columns, when the sheet has a frozen pane (absent: none, or the adapter cannot tell). */
  frozen?: { rows: number; columns: number };
  /** Widths (character units) of the columns the user sized, by 1-based column; default-width columns are absent. */
  customWidths?: Record<number, number>;
  /**
   * Set when a command read only part of the sheet's cells (its read scope,
   * src/engine/run/scope.ts): 'head' (the first rows), 'tail' (the header row
   * and the last row), 'none' (no cells), 'columns' (every row, but some
   * columns of the rows below the head left out). `values` is then as long as
   * the sheet's used rows, with the unread rows or cells empty. Absent: the
   * whole sheet was read.
   */
  partial?: 'head' | 'tail' | 'none' | 'columns';
}

export interface WorkbookSnapshot {
  /** In workbook order. */
  sheets: SheetSnapshot[];
  /** Who is running the command (the name set in the pane, or the OS user for the CLI), for _log. */
  user: string;
  /** ISO timestamp of the read. */
  readAt: string;
  /** Workbook-scoped defined names (a table name must differ from each of them); absent when the adapter did not read them. */
  names?: string[];
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** An empty sheet of that name (what a plan's new sheet looks like before anything is written). */
export function emptySheet(name: string, visibility: SheetSnapshot['visibility'] = 'visible'): SheetSnapshot {
  return { name, visibility, values: [], formulas: {}, tables: [], merges: [] };
}

/** The value of a cell (1-based row and column); null outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  const r = sheet.values[row - 1];
  if (!r) return null;
  const v = r[column - 1];
  return v === undefined ? null : v;
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

/** Hidden cells of merged areas (every cell but the top-left), per sheet: remembered, a sheet's merges do not change. */
const hiddenCache = new WeakMap<SheetSnapshot, Set<string>>();

/**
 * The A1 addresses of the cells a merge hides (all but its top-left cell).
 * Writing one of them writes the merged area's visible cell instead, so
 * planners never write there (and check reports merges in list sheets).
 */
export function hiddenMergedCells(sheet: SheetSnapshot): Set<string> {
  let hidden = hiddenCache.get(sheet);
  if (hidden) return hidden;
  hidden = new Set<string>();
  for (const ref of sheet.merges) {
    const r = parseRange(ref);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) hidden.add(cellAddress(row, col));
  }
  hiddenCache.set(sheet, hidden);
  return hidden;
}
