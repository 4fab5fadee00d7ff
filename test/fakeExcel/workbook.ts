/**
 * The state of a fake Excel workbook: what a real one would hold after the
 * requests we send. Values are stored the way Excel stores them, and text is
 * *typed* the way Excel types it (typing.ts), so a careless adapter that
 * writes '2024-03-05' or '=1+1' as a plain string gets a date or a formula
 * here too, as it would in Excel. The rules Excel enforces on the state
 * (sheet size, protection, tables against merges, names) live here; the
 * request/response rules live in proxy.ts and host.ts.
 */
import { cellAddress, columnLetters, parseAddress } from '../../src/engine/core/a1';
import { FakeError } from './errors';
import { type Scalar, type Typed, typeInput } from './typing';

export type { Scalar } from './typing';
export { FakeError };

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  /** Set when text was typed with a leading apostrophe. */
  quotePrefix?: boolean;
  /** An error value (Office.js gives its text, e.g. '#N/A'). */
  error?: boolean;
}

export interface FakeTable {
  name: string;
  ref: string;
  style?: string;
}

export interface FakeValidation {
  range: string;
  rule: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  prompt?: { showPrompt: boolean; title: string; message: string };
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  stopIfTrue: boolean;
  priority: number;
}

export interface FakeChart {
  name: string;
  type: string;
  dataRange: string;
  title: string;
  anchor: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "1,048,576 rows by 16,384 columns" (Excel specifications and limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The sheet part of an address ('Sheet1'!A1 or Sheet1!A1), unquoted; null when there is none. */
export function sheetOf(address: string): string | null {
  const i = address.lastIndexOf('!');
  if (i < 0) return null;
  return address
    .slice(0, i)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
}

/** 'A1:C3', 'B:B', '2:2', 'A1', with or without a sheet part → rectangle (1-based, inclusive); InvalidArgument past the sheet's edges. */
export function parseRect(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  if (local.includes(',')) throw new FakeError('InvalidArgument', `${address} has several areas`);
  const [a, b = a] = local.replace(/\$/g, '').split(':');
  const one = (s: string, end: boolean): { row: number; column: number } => {
    if (/^[A-Z]+$/i.test(s)) return { row: end ? MAX_ROWS : 1, column: parseAddress(`${s}1`).column };
    if (/^\d+$/.test(s)) return { row: Number(s), column: end ? MAX_COLUMNS : 1 };
    if (!/^[A-Z]+\d+$/i.test(s)) throw new FakeError('InvalidArgument', `The address ${address} is not valid`);
    return parseAddress(s);
  };
  const p = one(a, false);
  const q = one(b, true);
  const r = {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLUMNS) {
    throw new FakeError(
      'InvalidArgument',
      `${address} is outside the sheet (${MAX_ROWS} rows, ${MAX_COLUMNS} columns)`,
    );
  }
  return r;
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellsOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The cells of `a` outside `b`, as up to four rectangles (what is left of a validation after a partial clear). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ top: a.top, bottom: b.top - 1, left: a.left, right: a.right });
  if (a.bottom > b.bottom) out.push({ top: b.bottom + 1, bottom: a.bottom, left: a.left, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/**
 * Column widths as Excel keeps them (Column.Width,
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.column):
 * a width in characters of the maximum digit width (7 px for Calibri 11)
 * including padding → whole pixels → points (0.75 pt a pixel). The fake
 * stores widths in points, as `format.columnWidth` gives them.
 */
export function charsToPoints(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/** `worksheet.standardWidth` counts characters without the padding (8.43 → 64 px → 48 pt). */
export function standardWidthPoints(standardWidth: number): number {
  return charsToPoints(Math.trunc(((standardWidth * 7 + 5) / 7) * 256) / 256);
}

/** What a protected sheet still allows, by WorksheetProtectionOptions (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions). */
export type ProtectionAllowance = 'allowFormatCells' | 'allowFormatColumns' | 'allowFormatRows' | 'allowEditObjects';

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  cells = new Map<string, FakeCell>();
  tables: FakeTable[] = [];
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  merges: string[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** Column widths in points, by 1-based column; columns not here have the standard width. */
  widths = new Map<number, number>();
  /** The default column width in characters as `worksheet.standardWidth` gives it (Calibri 11: 8.43). */
  standardWidth = 8.43;
  protection: { protected: boolean; password?: string; options?: Partial<Record<ProtectionAllowance, boolean>> } = {
    protected: false,
  };
  notes = new Map<string, string>();
  charts: FakeChart[] = [];
  tabColor = '';
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    titleRows?: string;
    printArea?: Rect;
    texts?: Partial<Record<string, string>>;
  } = {};
  /** Wrap and vertical alignment set on ranges, by the range's address, in the order first set. */
  formatBlocks: { address: string; wrapText?: boolean; verticalAlignment?: string }[] = [];
  /** Row ranges Excel was asked to fit to their text (RangeFormat.autofitRows). */
  autofitRows: { first: number; last: number }[] = [];

  constructor(
    public name: string,
    /** The year dates typed without one fall in. */
    readonly year = new Date().getFullYear(),
  ) {}

  key(row: number, column: number): string {
    return `${row},${column}`;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(this.key(row, column));
  }

  /** A column's width in points. */
  columnWidth(column: number): number {
    return this.widths.get(column) ?? standardWidthPoints(this.standardWidth);
  }

  /** Conditional formats in priority order (first = evaluated first). */
  rulesInOrder(): FakeConditionalFormat[] {
    return [...this.conditionalFormats].sort((a, b) => a.priority - b.priority);
  }

  /** Takes `rules` as the sheet's new priority order; Excel keeps priorities contiguous (0, 1, 2 …). */
  reorderRules(rules: FakeConditionalFormat[]): void {
    rules.forEach((cf, i) => (cf.priority = i));
    this.conditionalFormats = rules;
  }

  /**
   * A protected sheet refuses changes with AccessDenied ("If worksheet
   * protection is enabled and not paused, this method throws an AccessDenied
   * error", https://learn.microsoft.com/javascript/api/excel/excel.alloweditrange),
   * except what its protection options allow.
   */
  assertWritable(what: string, allowedBy?: ProtectionAllowance): void {
    if (!this.protection.protected) return;
    if (allowedBy && this.protection.options?.[allowedBy]) return;
    throw new FakeError('AccessDenied', `The sheet ${this.name} is protected; cannot ${what}.`);
  }

  /** Merged areas that overlap a rectangle. */
  mergesIn(rect: Rect): string[] {
    return this.merges.filter((m) => overlaps(parseRect(m), rect));
  }

  /** Types one input into a cell, as Excel does with `range.values` (null = leave alone). */
  type(row: number, column: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const k = this.key(row, column);
    const fmt = this.cells.get(k)?.numberFormat;
    let typed: Typed;
    if (typeof input === 'number' || typeof input === 'boolean') typed = { value: input };
    else if (typeof input === 'string') typed = typeInput(input, fmt, this.year);
    else throw new FakeError('InvalidArgument', `Cannot put ${typeof input} into a cell`);
    const cell: FakeCell = { value: typed.value };
    if (fmt) cell.numberFormat = fmt;
    if (typed.formula) cell.formula = typed.formula;
    if (typed.quotePrefix) cell.quotePrefix = true;
    if (typed.error) cell.error = true;
    if (cell.value === '' && !cell.formula && !cell.numberFormat) this.cells.delete(k);
    else this.cells.set(k, cell);
  }

  setFormula(row: number, column: number, formula: unknown): void {
    if (formula === null || formula === undefined) return;
    if (typeof formula === 'string' && formula.startsWith('=')) {
      const old = this.cells.get(this.key(row, column));
      this.cells.set(this.key(row, column), { value: 0, formula, numberFormat: old?.numberFormat });
    } else this.type(row, column, formula);
  }

  setNumberFormat(row: number, column: number, format: unknown): void {
    if (format === null || format === undefined) return;
    const k = this.key(row, column);
    const c = this.cells.get(k) ?? { value: '' };
    c.numberFormat = String(format);
    this.cells.set(k, c);
  }

  /** Office.js view of a cell: values gives '' for empty. */
  valueAt(row: number, column: number): Scalar {
    return this.cell(row, column)?.value ?? '';
  }

  formulaAt(row: number, column: number): Scalar {
    const c = this.cell(row, column);
    return c?.formula ?? c?.value ?? '';
  }

  /** The used range (valuesOnly: only cells with a value or formula), or null. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    const grow = (t: Rect) =>
      (r = r
        ? {
            top: Math.min(r.top, t.top),
            left: Math.min(r.left, t.left),
            bottom: Math.max(r.bottom, t.bottom),
            right: Math.max(r.right, t.right),
          }
        : { ...t });
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === '' && !c.formula) continue;
      const [row, column] = k.split(',').map(Number);
      grow({ top: row, left: column, bottom: row, right: column });
    }
    if (!valuesOnly) for (const t of this.tables) grow(parseRect(t.ref));
    return r;
  }

  /** The sheet's values from A1 as a 2-D array of Office.js values (tests read the result with this). */
  grid(): Scalar[][] {
    const u = this.usedRect(true);
    if (!u) return [];
    const out: Scalar[][] = [];
    for (let r = 1; r <= u.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = 1; c <= u.right; c++) row.push(this.valueAt(r, c));
      out.push(row);
    }
    return out;
  }

  /** A row of values by 1-based row number (trailing empties included up to the used width). */
  row(row: number): Scalar[] {
    const u = this.usedRect(true);
    const out: Scalar[] = [];
    for (let c = 1; c <= (u?.right ?? 0); c++) out.push(this.valueAt(row, c));
    return out;
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names → reference ('=_settings!$B$2'). */
  names = new Map<string, string>();
  /** The user's selection; several areas are separated by commas ('A1:B2,D5'). */
  selection: { sheet: string; address: string } | null = null;
  active = 0;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new FakeError('ItemNotFound', `The sheet ${name} does not exist.`);
    return s;
  }

  get activeSheet(): FakeSheet {
    const s = this.sheets[this.active];
    if (!s) throw new FakeError('ItemNotFound', 'The workbook has no active sheet.');
    return s;
  }

  /** The sheet an address names, or the active sheet when it names none (sheet-less addresses, see TableCollection.add). */
  sheetFor(address: string): FakeSheet {
    const name = sheetOf(address);
    return name === null ? this.activeSheet : this.mustSheet(name);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new FakeError('InvalidArgument', `Bad sheet name ${name}`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  tables(): { sheet: FakeSheet; table: FakeTable }[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  table(name: string): { sheet: FakeSheet; table: FakeTable } | undefined {
    return this.tables().find((t) => t.table.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Table names and defined names share one namespace, case-insensitively:
   * "Use unique names — duplicate names aren't allowed. Excel doesn't
   * distinguish between upper and lowercase characters in names" (Rename an
   * Excel table, https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114,
   * the guideline Table.name must follow).
   */
  nameTaken(name: string, except?: FakeTable): boolean {
    const lower = name.toLowerCase();
    if ([...this.names.keys()].some((n) => n.toLowerCase() === lower)) return true;
    return this.tables().some((t) => t.table !== except && t.table.name.toLowerCase() === lower);
  }

  /** Builds a workbook from plain rows: { sheetName: [[row1], [row2]] } typed cell by cell as Excel would store them. */
  static from(sheets: Record<string, unknown[][]>): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const s = wb.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          // Fixtures are stored values, not typed input: keep strings as text.
          s.cells.set(s.key(r + 1, c + 1), { value: v as Scalar });
        }),
      );
    }
    return wb;
  }
}

/** A fake workbook holding what a WorkbookSnapshot describes (values, formulas, tables, visibility, frozen pane, widths, names). */
export function fromSnapshot(snapshot: {
  sheets: {
    name: string;
    visibility: 'visible' | 'hidden' | 'veryHidden';
    values: unknown[][];
    formulas: Record<string, string>;
    tables: { name: string; ref: string }[];
    merges: string[];
    protected?: boolean;
    frozen?: { rows: number; columns: number };
    customWidths?: Record<number, number>;
  }[];
  names?: string[];
}): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const sh of snapshot.sheets) {
    const s = wb.addSheet(sh.name);
    s.visibility = sh.visibility === 'veryHidden' ? 'VeryHidden' : sh.visibility === 'hidden' ? 'Hidden' : 'Visible';
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell: FakeCell =
          typeof v === 'object'
            ? { value: String((v as { error: string }).error), error: true }
            : { value: v as Scalar };
        s.cells.set(s.key(r + 1, c + 1), cell);
      }),
    );
    for (const [a, f] of Object.entries(sh.formulas)) {
      const { row, column } = parseAddress(a);
      s.cells.set(s.key(row, column), { value: s.valueAt(row, column) || 0, formula: f });
    }
    s.tables = sh.tables.map((t) => ({ ...t }));
    s.merges = [...sh.merges];
    if (sh.protected) s.protection = { protected: true };
    if (sh.frozen) s.freeze = { ...sh.frozen };
    for (const [c, w] of Object.entries(sh.customWidths ?? {})) s.widths.set(Number(c), charsToPoints(w));
  }
  for (const n of snapshot.names ?? []) wb.names.set(n, '=#REF!');
  if (wb.sheets.length)
    wb.active = Math.max(
      0,
      wb.sheets.findIndex((s) => s.visibility === 'Visible'),
    );
  return wb;
}

export { cellAddress, columnLetters };
