/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects live in memory: there is no context.sync() here, these Office.js rules do not apply. */
/**
 * Value blocks (WriteBlock) and formulas, written the way the Office.js
 * adapter writes them (src/excel/apply/values.ts): a block is a rectangle
 * (short rows are padded with empty cells) and its number formats apply to
 * every row of their column. ExcelJS quirks:
 * - a string starting with '=' is stored as a string (ExcelJS only makes a
 *   formula from a { formula } object), so cell text is never evaluated;
 * - 1904-system workbooks: date serials are shifted on write.
 */
import type ExcelJS from 'exceljs';
import { type CellValue, isCellError } from '../../engine/core/cells';
import type { Plan, WriteBlock } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import { canWriteLater, keepForLater, ooxmlEscapes, overtaken } from './laterRows';
import { sheetOrThrow } from './sheets';

/** Whether a number format shows a date (the serial is then a date, shifted in 1904 workbooks). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"|\[[^[\]]*\]|\\./g, '');
  return /[dy]/i.test(f) || /m{1,2}\b.*\bd/i.test(f);
}

function toExcelValue(v: CellValue, date1904: boolean, isDate: boolean): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  if (typeof v === 'number' && isDate && date1904) return v - 1462;
  // Control characters ExcelJS would drop, written as the format's _xHHHH_ escapes (laterRows.ts).
  if (typeof v === 'string') return ooxmlEscapes(v);
  return v;
}

/** Writes rows of a block (from its row `from`), every column of the first when `allCells` (to learn their styles). */
function writeRows(
  ws: ExcelJS.Worksheet,
  w: WriteBlock,
  width: number,
  date1904: boolean,
  from = 0,
  allCells = false,
): void {
  for (let i = from; i < w.values.length; i++) {
    const line = w.values[i];
    const row = ws.getRow(w.row + i);
    for (let j = 0; j < width; j++) {
      const fmt = w.numberFormats?.[j] ?? null;
      const value = line[j] ?? null;
      // An empty value with no format for a cell that does not exist changes nothing: no cell is made for it
      // (an imported ledger is half empty cells; each ExcelJS cell costs memory until the file is written).
      if (value === null && !fmt && !allCells && !row.findCell(w.column + j)) continue;
      const cell = row.getCell(w.column + j);
      cell.value = toExcelValue(value, date1904, isDateFormat(fmt ?? cell.numFmt));
      if (fmt) cell.numFmt = fmt;
    }
  }
}

/**
 * Writes one block; returns the cells written. With `later`, a long block of
 * new rows has only its first row written here, the others kept for the
 * save (laterRows.ts).
 */
function writeBlock(wb: ExcelJS.Workbook, w: WriteBlock, plan: Plan, later: boolean): number {
  // A loop, not Math.max(...rows): a block can have more rows than a call takes arguments.
  const width = widest(w.values, w.numberFormats?.length ?? 0);
  if (width === 0 || w.values.length === 0) return 0;
  const ws = sheetOrThrow(wb, w.sheet);
  const date1904 = !!wb.properties?.date1904;
  if (later && canWriteLater(ws, plan, w)) {
    writeRows(ws, { ...w, values: w.values.slice(0, 1) }, width, date1904, 0, true);
    const first = ws.getRow(w.row);
    const formats = Array.from({ length: width }, (_, j) => w.numberFormats?.[j] ?? null);
    const isDate = formats.map((f, j) => isDateFormat(f ?? first.getCell(w.column + j).numFmt));
    keepForLater(wb, {
      sheet: w.sheet,
      firstRow: w.row + 1,
      column: w.column,
      width,
      values: w.values.slice(1),
      formats,
      isDate,
      date1904,
    });
  } else writeRows(ws, w, width, date1904);
  return w.values.length * width;
}

export function writeValues(wb: ExcelJS.Workbook, plan: Plan, later = false): number {
  return plan.writes.reduce((n, w) => n + writeBlock(wb, w, plan, later), 0);
}

/** Rows kept for the save whose sheet got rows below them after all: written through ExcelJS now. */
export function writeOvertaken(wb: ExcelJS.Workbook): void {
  for (const r of overtaken(wb)) {
    const ws = sheetOrThrow(wb, r.sheet);
    const block: WriteBlock = {
      sheet: r.sheet,
      row: r.firstRow,
      column: r.column,
      values: r.values as CellValue[][],
      numberFormats: r.formats.slice(),
    };
    writeRows(ws, block, r.width, r.date1904);
  }
}

/** Real formulas of our own (generated sheets only). */
export function writeFormulas(wb: ExcelJS.Workbook, plan: Plan): number {
  for (const f of plan.formulas) {
    const ws = sheetOrThrow(wb, f.sheet);
    ws.getCell(f.address).value = { formula: f.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
  return plan.formulas.length;
}
