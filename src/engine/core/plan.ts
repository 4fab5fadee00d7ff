/**
 * What an adapter writes, in one go: a Plan is plain data, computed by the
 * engine from a snapshot. Every decision is taken here, including what of
 * the user's workbook is kept (docs/ARCHITECTURE.md, "Adapters that agree"):
 * - widths, freeze panes and print settings are set only on sheets and
 *   columns the plan creates;
 * - number formats are set only on columns the plan adds and on the cells it
 *   writes (WriteBlock.numberFormats); a cell the user formatted keeps its format;
 * - a header note is added only where the cell has no note;
 * - conditional formats: the plan's rules replace earlier rules of ours on the
 *   sheet (recognised by ConditionalFormatOp.replaces); the user's own rules stay;
 * - a list validation replaces the validation of its range.
 * Both adapters apply each operation the same way, nothing more.
 */
import type { CellValue } from './cells';
import { pushAll } from './arrays';
import type { PrintSetup } from './print';
import type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { emptySheet } from './snapshot';

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
  /**
   * Protect the sheet (generated sheets, _log, a distributed package); '' = no password. `unlocked`: A1 ranges
   * whose cells stay editable under the protection (the columns a unit fills in its package).
   */
  protect?: { password: string; unlocked?: string[] };
  /** Frozen header rows / columns. */
  freeze?: { rows: number; columns: number };
  /** Column widths in character units, by 1-based column. */
  widths?: Record<number, number>;
  /** Tab colour '#RRGGBB'. */
  tabColor?: string;
  /** Printing on A4 (optional for adapters), set on the sheets the plan creates (schema/print.ts). */
  print?: PrintSetup;
  /**
   * The data rows of a generated sheet (rows first..last, columns 1..columns,
   * 1-based, inclusive): their cells wrap their text, top-aligned, and each
   * row is as tall as its text, so that no line is hidden on screen or paper.
   * Office.js measures the heights (autofitRows); an .xlsx writer cannot, and
   * estimates them (core/print.ts, wrappedLines).
   */
  wrapBlock?: { first: number; last: number; columns: number };
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
  /**
   * The planner recorded these cells in `_log` as one summary change instead
   * of cell by cell (the daily alert texts: docs/LOG.md), so finalize does not
   * log them again.
   */
  summarisedInLog?: boolean;
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

/** A note (the yellow kind, not a threaded comment), added only where the cell has no note yet. */
export interface NoteOp {
  sheet: string;
  address: string;
  text: string;
}

export interface ValidationOp {
  sheet: string;
  /** A1 range, e.g. 'D2:D10001'. */
  range: string;
  /**
   * List source as a formula, e.g. '=_lists!$A$2:$A$30' (en-US syntax), or the values themselves without '='
   * and comma-separated ('批准,不批准', a short fixed list that needs no `_lists` column).
   */
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
  /** For tests and messages. */
  id: string;
  /**
   * How earlier rules of ours are recognised: a custom-formula rule on this
   * sheet whose formula (without '=', spaces ignored, any case) contains one
   * of these fragments is ours and is replaced; every other rule is the user's
   * and is kept.
   */
  replaces: string[];
}

/** A formula as ConditionalFormatOp.replaces compares it: no leading '=', no spaces, upper case. */
function ruleKey(formula: string): string {
  return formula.replace(/^\s*=/, '').replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether a custom-formula rule already on a sheet is an earlier rule of ours
 * that `ops` (the plan's rules for that sheet) replace: its formula contains
 * one of their `replaces` fragments. Both adapters ask this one question, so
 * they keep and remove exactly the same rules.
 */
export function isReplacedRule(formula: string, ops: readonly Pick<ConditionalFormatOp, 'replaces'>[]): boolean {
  const key = ruleKey(formula);
  return ops.some((op) => op.replaces.some((r) => ruleKey(r) !== '' && key.includes(ruleKey(r))));
}

export interface NameOp {
  /** Workbook-scoped defined name, e.g. 'RL_DueSoonDays'. */
  name: string;
  /** e.g. '=_settings!$B$2' */
  ref: string;
}

/** A cell a plan changes, as a planner records it for `_log` (old and new value as the user reads them). */
export interface LogChange {
  sheet: string;
  address: string;
  oldValue: CellValue;
  newValue: CellValue;
}

/** A `_log` row: the change stamped with the command's time, action and user (docs/LOG.md). */
export interface LogEntry extends LogChange {
  time: string;
  action: string;
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
  /**
   * Changes to record in `_log`. The command runner stamps them with time,
   * action and user and turns them into `_log` rows (audit/finalize.ts);
   * adapters refuse a plan that still carries any.
   */
  log: LogChange[];
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

/** Joins plans in order; a sheet named twice is merged (created if either creates it). */
export function concatPlans(...plans: Plan[]): Plan {
  const out = emptyPlan();
  for (const p of plans) {
    for (const s of p.sheets) {
      const i = out.sheets.findIndex((x) => x.name === s.name);
      if (i < 0) out.sheets.push({ ...s });
      else out.sheets[i] = { ...out.sheets[i], ...s, create: out.sheets[i].create || s.create };
    }
    // One by one (pushAll): a plan's log or writes can hold a cell per row, too many to pass as arguments.
    pushAll(out.tables, p.tables);
    pushAll(out.writes, p.writes);
    pushAll(out.formulas, p.formulas);
    pushAll(out.columnFormats, p.columnFormats);
    pushAll(out.notes, p.notes);
    pushAll(out.validations, p.validations);
    pushAll(out.conditionalFormats, p.conditionalFormats);
    pushAll(out.names, p.names);
    pushAll(out.log, p.log);
    if (p.expect) out.expect = pushAll(out.expect ?? [], p.expect);
    if (p.charts) out.charts = pushAll(out.charts ?? [], p.charts);
  }
  return out;
}

/** True when applying the plan would change nothing in the workbook. */
export function isEmptyPlan(plan: Plan): boolean {
  return (
    plan.sheets.length === 0 &&
    plan.tables.length === 0 &&
    plan.writes.length === 0 &&
    plan.formulas.length === 0 &&
    plan.columnFormats.length === 0 &&
    plan.notes.length === 0 &&
    plan.validations.length === 0 &&
    plan.conditionalFormats.length === 0 &&
    plan.names.length === 0 &&
    plan.log.length === 0 &&
    !(plan.charts?.length ?? 0)
  );
}

/** Writes a block's values into a sheet snapshot (in place). */
function writeInto(sheet: SheetSnapshot, w: WriteBlock): void {
  w.values.forEach((line, i) => {
    const r = w.row - 1 + i;
    while (sheet.values.length <= r) sheet.values.push([]);
    const row = sheet.values[r];
    line.forEach((v, j) => {
      const c = w.column - 1 + j;
      while (row.length < c) row.push(null);
      row[c] = v;
    });
  });
}

/**
 * The snapshot as it will be once a plan's new sheets, cleared sheets and value
 * writes are applied (not its formats or tables): how one planner builds on
 * another's result (import, then structure), and what the pane shows after a
 * command without reading the workbook again.
 */
export function snapshotAfter(snapshot: WorkbookSnapshot | null, plan: Plan): WorkbookSnapshot {
  // Only the cells of a sheet written are copied: the others are shared with `snapshot` (neither is changed after),
  // where copying every row of every sheet cost a refresh ~10 ms of its cold start at 1,000 problems, twice.
  const written = new Set(plan.writes.map((w) => w.sheet));
  const out: WorkbookSnapshot = snapshot
    ? {
        ...snapshot,
        sheets: snapshot.sheets.map((s) => ({
          ...s,
          values: written.has(s.name) ? s.values.map((r) => [...r]) : s.values,
        })),
      }
    : { sheets: [], user: '', readAt: new Date(0).toISOString() };
  for (const op of plan.sheets) {
    const existing = out.sheets.find((s) => s.name === op.name);
    if (!existing) out.sheets.push(emptySheet(op.name, op.visibility));
    // A generated sheet is rebuilt whole: its old rows go.
    else if (op.clear) existing.values = [];
  }
  for (const w of plan.writes) {
    const sheet = out.sheets.find((s) => s.name === w.sheet);
    if (sheet) writeInto(sheet, w);
  }
  return out;
}
