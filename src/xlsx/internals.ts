/**
 * Every access to ExcelJS's private fields, in one file. ExcelJS's public
 * API cannot do some of what the plan asks (a table over cells that are
 * already there, a validation over a range, removing one conditional-format
 * rule or one defined name) nor tell some of what the snapshot needs (merged
 * ranges, whether a sheet is protected); each accessor below says why it
 * reaches inside. Nothing else in src/xlsx casts an ExcelJS object to reach
 * a field its typings do not have. Checked against exceljs 4.4.
 */
import type ExcelJS from 'exceljs';

/** An ExcelJS table model (what it writes to the file for a table). */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: Record<string, unknown>;
  columns: { name: string; filterButton?: boolean; [k: string]: unknown }[];
  rows?: unknown[];
  [k: string]: unknown;
}

/** A table as ExcelJS holds it: `model` once loaded or set; `table` while one made by addTable is being built. */
interface TableHolder {
  model?: TableModel;
  table?: TableModel;
}

/**
 * `worksheet.tables`: the public `getTables()` hands out Table objects whose
 * setters rewrite every cell of the table (Table.store), and `addTable` needs
 * the rows as data. We keep a table as a model over the cells already there,
 * so the tables are read and written as models here.
 */
function tableHolders(ws: ExcelJS.Worksheet): Record<string, TableHolder> {
  const w = ws as unknown as { tables?: Record<string, TableHolder> };
  return (w.tables ??= {});
}

export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(tableHolders(ws))
    .map((t) => t.model ?? t.table)
    .filter((m): m is TableModel => !!m && !!(m.tableRef ?? m.ref));
}

export function findTableModel(ws: ExcelJS.Worksheet, name: string): TableModel | undefined {
  return tableModels(ws).find((m) => m.name === name);
}

/** Puts a table model in place of the table of the same name (ExcelJS serialises `table.model`). */
export function putTableModel(ws: ExcelJS.Worksheet, model: TableModel): void {
  const tables = tableHolders(ws);
  for (const [key, t] of Object.entries(tables)) if ((t.model ?? t.table)?.name === model.name) delete tables[key];
  // A plain holder, not a Table: Table.store() would rewrite every cell of the range.
  tables[model.name] = { model };
}

/**
 * ExcelJS reads a table without `headerRowCount` (Excel's default: 1) as
 * having no header row, and then writes it back without one; loaded tables
 * get their header row (and their filter range) back.
 */
export function fixLoadedTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of Object.values(tableHolders(ws))) {
      if (!t.model) continue;
      t.model.headerRow = true;
      if (!t.model.autoFilterRef && t.model.tableRef) t.model.autoFilterRef = t.model.tableRef;
    }
  }
}

/** What a table without a <tableStyleInfo> looks like: no named style, no stripes (as LibreOffice shows it). */
const PLAIN_TABLE_STYLE = {
  theme: undefined,
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
};

/**
 * A table read from a file without a <tableStyleInfo> element (LibreOffice
 * writes none) has no `style` in ExcelJS's model, and ExcelJS's writer then
 * fails on it ("Cannot read properties of null (reading 'theme')"): such
 * tables get the plain style, which is what the file meant.
 */
function fixTableStyles(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of Object.values(tableHolders(ws))) {
      const m = t.model ?? t.table;
      if (m && !m.style) m.style = { ...PLAIN_TABLE_STYLE };
    }
  }
}

/**
 * `workbook._themes`: ExcelJS keeps the theme parts it read as text and
 * writes them back; a file without a theme (LibreOffice, some exporters)
 * leaves an empty set, and ExcelJS then writes a workbook with no theme at
 * all. Unset, ExcelJS writes its default Office theme, which is what Excel
 * assumes for a file without one.
 */
function supplyDefaultTheme(wb: ExcelJS.Workbook): void {
  const w = wb as unknown as { _themes?: Record<string, string> };
  if (w._themes && Object.keys(w._themes).length === 0) w._themes = undefined;
}

/** Patches applied once a file is read: what ExcelJS reads from other producers' files differently from Excel. */
export function fixLoadedWorkbook(wb: ExcelJS.Workbook): void {
  fixLoadedTables(wb);
  fixTableStyles(wb);
  supplyDefaultTheme(wb);
}

/**
 * Print areas as absolute references. ExcelJS writes `pageSetup.printArea`
 * 'A1:L99' as `$A1:$L99` (a `$` before the column only), and reads any
 * print area back without `$`; Excel takes the half-absolute form, but
 * LibreOffice ignores it and prints every column. Written as 'A$1:L$99',
 * ExcelJS's `$` before each part completes `$A$1:$L$99`.
 */
function absolutePrintAreas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup?.printArea;
    if (area) ws.pageSetup.printArea = area.replace(/\$/g, '').replace(/(?<![A-Za-z])([A-Za-z]+)(\d+)/g, '$1$$$2');
  }
}

/** Patches applied just before writing (tables added since the read, too). */
export function prepareForWrite(wb: ExcelJS.Workbook): void {
  fixTableStyles(wb);
  supplyDefaultTheme(wb);
  absolutePrintAreas(wb);
}

/** A data validation as ExcelJS's model holds it. */
export interface ValidationModel {
  type: string;
  allowBlank?: boolean;
  formulae?: unknown[];
  [k: string]: unknown;
}

/**
 * `worksheet.dataValidations.model`: ExcelJS's public API sets a validation
 * per cell (`cell.dataValidation`); a validation over a range, and removing
 * the validations a range had, need the model, keyed by address or range
 * (a file's validations are loaded one key per cell).
 */
export function validationModel(ws: ExcelJS.Worksheet): Record<string, ValidationModel | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ValidationModel | undefined> } }).dataValidations
    .model;
}

/** A conditional-format rule as ExcelJS's model holds it ('expression' is a custom-formula rule). */
export interface RuleModel {
  type: string;
  priority?: number;
  formulae?: unknown[];
  style?: Partial<ExcelJS.Style>;
  [k: string]: unknown;
}

export interface RuleEntry {
  ref: string;
  rules: RuleModel[];
}

/**
 * `worksheet.conditionalFormattings`: ExcelJS's typings only offer
 * `addConditionalFormatting` and a `removeConditionalFormatting` that drops
 * whole ranges; keeping the user's rules while replacing ours needs the rules
 * themselves.
 */
export function conditionalFormattings(ws: ExcelJS.Worksheet): RuleEntry[] {
  return (ws as unknown as { conditionalFormattings?: RuleEntry[] }).conditionalFormattings ?? [];
}

export function setConditionalFormattings(ws: ExcelJS.Worksheet, entries: RuleEntry[]): void {
  (ws as unknown as { conditionalFormattings: RuleEntry[] }).conditionalFormattings = entries;
}

/**
 * `workbook.definedNames.matrixMap`: DefinedNames can remove a name from
 * given cells but not a name wherever it points, and its `model` setter drops
 * names whose reference it does not parse; replacing a name's reference means
 * dropping the name's cells first.
 */
export function removeDefinedName(wb: ExcelJS.Workbook, name: string): void {
  delete (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap[name];
}

/** `worksheet._merges`: ExcelJS has no public list of a sheet's merged ranges (only per cell, `cell.isMerged`). */
export function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {};
  return Object.values(merges).map((m) => m.range);
}

/** `worksheet.sheetProtection`: ExcelJS can protect and unprotect a sheet but not say whether it is protected. */
export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  return !!(ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet;
}

/**
 * `workbook.definedNames.matrixMap`: the workbook's defined names. Its public
 * `model` leaves out a name whose reference ExcelJS could not place in cells
 * (a constant, a formula); the map still has it, and a table cannot take
 * that name either. Excel's built-in names (_xlnm.Print_Area …) are not ours.
 */
export function definedNameList(wb: ExcelJS.Workbook): string[] {
  const map = (wb.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap ?? {};
  return Object.keys(map).filter((n) => !n.startsWith('_xlnm.'));
}
