/**
 * The contract between the engine and the two adapters (ENGINEERING §1):
 *
 *   adapter.readSnapshot()  →  WorkbookSnapshot  →  engine  →  Plan  →  adapter.applyPlan()
 *
 * Both adapters (src/excel for Office.js, src/xlsx for ExcelJS) read the same
 * snapshot shape and apply the same plan shape, so the workbook comes out the
 * same whichever surface wrote it. Everything here is plain data.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------
// Cells

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

/** A1 address of a cell: row and column are 1-based. */
export function cellAddress(row: number, column: number): string {
  let c = column;
  let letters = '';
  while (c > 0) {
    const rem = (c - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row}`;
}

export function columnLetters(column: number): string {
  return cellAddress(1, column).replace(/\d+$/, '');
}

/** 'C7' → { row: 7, column: 3 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

// ---------------------------------------------------------------------------
// Snapshot: what an adapter reads, in one go

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
}

export interface WorkbookSnapshot {
  /** In workbook order. */
  sheets: SheetSnapshot[];
  /** Who is running the command (Office user, or the OS user for the CLI), for _log. */
  user: string;
  /** ISO timestamp of the read, for _log and for the "changed under us" check. */
  readAt: string;
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

// ---------------------------------------------------------------------------
// Plan: what an adapter writes, in one go

export interface Fill {
  /** '#RRGGBB' */
  background: string;
  font: string;
}

export interface SheetOp {
  name: string;
  /** Create when missing; never delete or rename a user's sheet. */
  create: boolean;
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Generated sheets are rebuilt whole: clear their contents first. */
  clear?: boolean;
  /** Protect the sheet (generated sheets, _log); '' = no password. */
  protect?: { password: string };
  /** Frozen header rows / columns. */
  freeze?: { rows: number; columns: number };
  /** Column widths in character units, by 1-based column. */
  widths?: Record<number, number>;
  /** Tab colour '#RRGGBB'. */
  tabColor?: string;
  /** Printing: list sheets print landscape, all columns on one page width (optional for adapters). */
  print?: { orientation: 'landscape' | 'portrait'; fitToWidth: boolean };
}

export interface TableOp {
  sheet: string;
  name: string;
  /** A1 range including the header row; an existing table is resized to it. */
  ref: string;
  /** Header texts, left to right; they are also written as the header row. */
  headers: string[];
  style?: string;
}

/**
 * A rectangular block of values to write. Adapters write it as one 2-D array
 * (Office.js `range.values`), chunked by rows to stay under request limits.
 * A string starting with '=' is written as text, never as a formula.
 */
export interface WriteBlock {
  sheet: string;
  /** 1-based top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
  /** Optional number format per column of the block ('yyyy-mm-dd', '@', …). */
  numberFormats?: (string | null)[];
}

/** A real formula written on purpose by us (generated sheets only). */
export interface FormulaWrite {
  sheet: string;
  address: string;
  /** en-US syntax, with the leading '='. */
  formula: string;
}

export interface ColumnFormatOp {
  sheet: string;
  /** 1-based column; applies to data rows `fromRow`..`toRow`. */
  column: number;
  fromRow: number;
  toRow: number;
  numberFormat: string;
}

export interface NoteOp {
  sheet: string;
  address: string;
  text: string;
}

export interface ValidationOp {
  sheet: string;
  /** A1 range, e.g. 'D2:D10001'. */
  range: string;
  /** List source as a formula, e.g. '=_lists!$A$2:$A$30' (en-US syntax). */
  listFormula: string;
  allowBlank: boolean;
  /** Shown by Excel/WPS/LibreOffice when a value outside the list is typed. */
  errorTitle: string;
  errorMessage: string;
  prompt?: string;
}

export interface ConditionalFormatOp {
  sheet: string;
  /** A1 range of the table's data rows, e.g. 'A2:T10001'. */
  range: string;
  /** en-US formula relative to the range's top-left cell, with '='. */
  formula: string;
  fill: Fill;
  /** Lower runs first (Excel priority); rules are written in this order. */
  priority: number;
  stopIfTrue?: boolean;
  /** For tests and for replacing our own rules on a rerun. */
  id: string;
}

export interface NameOp {
  /** Workbook-scoped defined name, e.g. 'RL_DueSoonDays'. */
  name: string;
  /** e.g. '=_settings!$B$2' */
  ref: string;
}

export interface LogEntry {
  time: string;
  action: string;
  sheet: string;
  address: string;
  oldValue: CellValue;
  newValue: CellValue;
  user: string;
}

/**
 * A chart on a generated sheet (统计). The Office.js adapter adds it with
 * `worksheet.charts.add`; ExcelJS cannot write charts, so the xlsx adapter
 * skips it (README says so) and the pane draws the same numbers itself.
 */
export interface ChartOp {
  sheet: string;
  /** Stable name: a rebuild replaces the chart of that name. */
  name: string;
  type: 'columnClustered';
  /** Category column + series columns, header row included, e.g. 'A8:F14'; series are columns. */
  dataRange: string;
  title: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

export interface Plan {
  sheets: SheetOp[];
  tables: TableOp[];
  writes: WriteBlock[];
  formulas: FormulaWrite[];
  columnFormats: ColumnFormatOp[];
  notes: NoteOp[];
  validations: ValidationOp[];
  conditionalFormats: ConditionalFormatOp[];
  names: NameOp[];
  /** Appended to `_log` after the rows already there. */
  log: LogEntry[];
  /**
   * Co-authoring guard: the adapter re-reads these cells' values just before
   * writing (in the same sync as the first write batch where it can) and
   * refuses to write if any differs from what the snapshot held.
   */
  expect?: { sheet: string; address: string; value: CellValue }[];
  /** Charts on generated sheets (Office.js only; see ChartOp). */
  charts?: ChartOp[];
}

export function emptyPlan(): Plan {
  return {
    sheets: [],
    tables: [],
    writes: [],
    formulas: [],
    columnFormats: [],
    notes: [],
    validations: [],
    conditionalFormats: [],
    names: [],
    log: [],
  };
}

// ---------------------------------------------------------------------------
// Findings of `check` (PRODUCT §5); the JSON shape is part of the CLI contract.

export const FindingSchema = z.object({
  sheet: z.string(),
  /** 1-based row in the sheet (0 when the finding is about the whole sheet). */
  row: z.number().int().min(0),
  /** The column's header as it appears in the sheet ('' for whole-row findings). */
  column: z.string(),
  /** A1 address ('' for whole-sheet findings). */
  cell: z.string(),
  severity: z.enum(['error', 'warning']),
  /** Stable code, e.g. 'required', 'date.invalid', 'id.duplicate'. */
  code: z.string(),
  message: z.string(),
});

export type Finding = z.infer<typeof FindingSchema>;

export const CheckReportSchema = z.object({
  file: z.string(),
  asOf: z.string(),
  lang: z.enum(['zh', 'en']),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    problems: z.number().int(),
    responsibilities: z.number().int(),
    tasks: z.number().int(),
  }),
  findings: z.array(FindingSchema),
});

export type CheckReport = z.infer<typeof CheckReportSchema>;
