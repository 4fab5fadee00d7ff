/**
 * What an adapter reads, in one go: the workbook as plain data. Both adapters
 * (src/excel for Office.js, src/xlsx for ExcelJS) produce this shape, so the
 * engine never knows which surface it runs on (docs/ARCHITECTURE.md).
 */
import type { CellValue } from './cells';

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
}

export interface WorkbookSnapshot {
  /** In workbook order. */
  sheets: SheetSnapshot[];
  /** Who is running the command (the name set in the pane, or the OS user for the CLI), for _log. */
  user: string;
  /** ISO timestamp of the read. */
  readAt: string;
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** An empty sheet of that name (what a plan's new sheet looks like before anything is written). */
export function emptySheet(name: string, visibility: SheetSnapshot['visibility'] = 'visible'): SheetSnapshot {
  return { name, visibility, values: [], formulas: {}, tables: [], merges: [] };
}
