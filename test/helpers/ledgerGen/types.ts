/**
 * The generator's two outputs: a workbook described as plain data (what
 * every writer turns into an .xlsx: ExcelJS here, openpyxl and XlsxWriter in
 * write_ledger.py, so the description is JSON), and the manifest of the
 * truth: what a person reading the sheet knows it holds.
 */

/** A cell as typed. Dates are ISO days (a time of day after 'T' when the cell holds one). */
export type GenValue =
  | { t: 's'; v: string }
  | { t: 'n'; v: number; fmt?: string }
  | { t: 'd'; v: string; fmt: string }
  /** A formula with the result Excel saved beside it (`date`: the result is a date serial shown as a date). */
  | { t: 'f'; f: string; v: string | number; fmt?: string };

export interface GenCell {
  /** 1-based. */
  r: number;
  c: number;
  value: GenValue;
  bold?: boolean;
  wrap?: boolean;
}

export interface GenSheet {
  name: string;
  cells: GenCell[];
  /** A1 ranges; only the top-left cell of a range holds a value. */
  merges: string[];
  widths: Record<number, number>;
}

export interface GenWorkbook {
  sheets: GenSheet[];
}

/** A value a person typed for a problem, as they read it. */
export interface TypedValue {
  /** The column's header as it reads in the sheet (group/sub for grouped headers). */
  header: string;
  /** Text as shown ('3', '开放', '30天'); for a date, the ISO day. */
  text: string;
  kind: 'text' | 'number' | 'date' | 'id';
  /** The cell as typed, when it reads otherwise than `text` (a date typed as text or as a bare serial). */
  typed?: string;
  /** The column's role in the generator (status, measure's person, …). */
  role: string;
  /** Where it was typed. */
  sheet: string;
  row: number;
}

export interface ManifestProblem {
  /** A stable label for messages: sheet and first row. */
  where: string;
  sheet: string;
  row: number;
  /** Every row it appears on (identical repeats, the same problem on another sheet). */
  occurrences: { sheet: string; row: number }[];
  /** The unit as typed in a unit column, when the sheet has one. */
  unit?: string;
  /** The ID as typed in an ID column, when the sheet has one. */
  id?: string;
  /** '' when the description was left blank (the problem is real all the same). */
  description: string;
  /** Each measure's text, without the numbering a cell gave it. */
  measures: string[];
  /** The innermost section heading it sits under, as typed, and every heading above it. */
  section?: string;
  sectionPath: string[];
  /** The ledger's own 问题类别, when it has that column. */
  category?: string;
  /** Every other value typed for it (not the description, not the measures' texts). */
  values: TypedValue[];
}

export type NonProblemKind =
  'title' | 'label' | 'header' | 'heading' | 'footnote' | 'subtotal' | 'numberOnly' | 'otherSheet';

export interface NonProblemRow {
  sheet: string;
  row: number;
  kind: NonProblemKind;
  text: string;
}

/** A column of a ledger sheet: its header parts from the top header row down. */
export interface ManifestColumn {
  sheet: string;
  column: number;
  parts: string[];
  role: string;
}

/** A `label：value` detail of a sheet (填报单位：县水利局). */
export interface SheetDetail {
  sheet: string;
  label: string;
  value: string;
  kind: 'unit' | 'date' | 'person';
}

export interface Manifest {
  shape: string;
  seed: number;
  file: string;
  problems: ManifestProblem[];
  headings: NonProblemRow[];
  /** Rows that are not problems: titles, labels, headers, headings, footnotes, subtotals, number-only rows. */
  nonProblems: NonProblemRow[];
  columns: ManifestColumn[];
  details: SheetDetail[];
  /** Sheets holding a ledger, and the ones that hold none (填表说明, chart data). */
  ledgerSheets: string[];
  otherSheets: string[];
  /** Sheets whose ledger has a 问题类别 column of its own (headings then go to 原分组). */
  ownCategory: boolean;
  /** Sheets without a unit column (the unit comes from elsewhere). */
  hasUnitColumn: boolean;
  hasFeedbackColumn: boolean;
}

export interface GeneratedLedger {
  workbook: GenWorkbook;
  manifest: Manifest;
}
