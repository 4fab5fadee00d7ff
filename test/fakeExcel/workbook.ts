/**
 * The state of a fake Excel workbook: what a real one would hold after the
 * requests we send. Values are stored the way Excel stores them, and text is
 * *typed* the way Excel types it (TypeScript of `range.values` input), so a
 * careless adapter that writes '2024-03-05' or '=1+1' as a plain string gets
 * a date or a formula here too, as it would in Excel.
 */
import { cellAddress, columnLetters, parseAddress } from '../../src/engine/core/a1';

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  /** Set when text was typed with a leading apostrophe. */
  quotePrefix?: boolean;
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

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'A1:C3', 'B:B', '2:2', 'A1' (no sheet part) → rectangle (1-based, inclusive). */
export function parseRect(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.replace(/\$/g, '').split(':');
  const one = (s: string, end: boolean): { row: number; column: number } => {
    if (/^[A-Z]+$/i.test(s)) return { row: end ? 1048576 : 1, column: parseAddress(`${s}1`).column };
    if (/^\d+$/.test(s)) return { row: Number(s), column: end ? 16384 : 1 };
    return parseAddress(s);
  };
  const p = one(a, false);
  const q = one(b, true);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
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

/** The Excel serial (1900 system) of a y-m-d, as Excel types '2024-03-05'. */
function serialOf(y: number, m: number, d: number): number {
  const days = Date.UTC(y, m - 1, d) / 86400000 - Date.UTC(1899, 11, 30) / 86400000;
  return days;
}

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
  protection: { protected: boolean; password?: string; options?: unknown } = { protected: false };
  notes = new Map<string, string>();
  charts: FakeChart[] = [];
  tabColor = '';
  pageLayout: { orientation?: string; zoom?: unknown } = {};

  constructor(public name: string) {}

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

  assertWritable(what: string): void {
    if (this.protection.protected) {
      throw new FakeError('AccessDenied', `The sheet ${this.name} is protected; cannot ${what}.`);
    }
  }

  /** Types one input into a cell, as Excel does with `range.values` (null = leave alone). */
  type(row: number, column: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const k = this.key(row, column);
    const old = this.cells.get(k);
    const fmt = old?.numberFormat;
    const cell: FakeCell = fmt ? { value: '', numberFormat: fmt } : { value: '' };
    if (typeof input === 'number' || typeof input === 'boolean') cell.value = input;
    else if (typeof input === 'string') {
      const s = input;
      let m: RegExpExecArray | null;
      if (s === '') cell.value = '';
      else if (s.startsWith("'")) {
        cell.value = s.slice(1);
        cell.quotePrefix = true;
      } else if (fmt === '@') cell.value = s;
      else if (s.startsWith('=') || (/^[+-]/.test(s) && !/^[+-]\d+(\.\d+)?$/.test(s))) {
        cell.formula = s.startsWith('=') ? s : `=${s}`;
        cell.value = 0; // the fake does not evaluate formulas
      } else if (/^[+-]?\d+(\.\d+)?$/.test(s)) cell.value = Number(s);
      else if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s))) cell.value = serialOf(+m[1], +m[2], +m[3]);
      else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === 'true';
      else cell.value = s;
    } else throw new FakeError('InvalidArgument', `Cannot put ${typeof input} into a cell`);
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
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === '' && !c.formula) continue;
      const [row, column] = k.split(',').map(Number);
      if (!r) r = { top: row, left: column, bottom: row, right: column };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, column);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, column);
      }
    }
    for (const t of valuesOnly ? [] : this.tables) {
      const tr = parseRect(t.ref);
      r = r
        ? {
            top: Math.min(r.top, tr.top),
            left: Math.min(r.left, tr.left),
            bottom: Math.max(r.bottom, tr.bottom),
            right: Math.max(r.right, tr.right),
          }
        : tr;
    }
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
  names = new Map<string, string>();
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

/** A fake workbook holding what a WorkbookSnapshot describes (values, formulas, tables, visibility, frozen pane, widths). */
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
}): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const sh of snapshot.sheets) {
    const s = wb.addSheet(sh.name);
    s.visibility = sh.visibility === 'veryHidden' ? 'VeryHidden' : sh.visibility === 'hidden' ? 'Hidden' : 'Visible';
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const value = typeof v === 'object' ? String((v as { error: string }).error) : (v as Scalar);
        s.cells.set(s.key(r + 1, c + 1), { value });
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
  return wb;
}

export { cellAddress, columnLetters };
