/* eslint-disable office-addins/call-sync-before-read --
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
import { sheetOrThrow } from './sheets';

/** Whether a number format shows a date (the serial is then a date, shifted in 1904 workbooks). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(f) || /m{1,2}\b.*\bd/i.test(f);
}

function toExcelValue(v: CellValue, date1904: boolean, isDate: boolean): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  if (typeof v === 'number' && isDate && date1904) return v - 1462;
  return v;
}

/** Writes one block; returns the cells written. */
function writeBlock(wb: ExcelJS.Workbook, w: WriteBlock): number {
  const width = Math.max(w.numberFormats?.length ?? 0, ...w.values.map((r) => r.length), 0);
  if (width === 0 || w.values.length === 0) return 0;
  const ws = sheetOrThrow(wb, w.sheet);
  const date1904 = !!wb.properties?.date1904;
  w.values.forEach((line, i) => {
    const row = ws.getRow(w.row + i);
    for (let j = 0; j < width; j++) {
      const fmt = w.numberFormats?.[j] ?? null;
      const cell = row.getCell(w.column + j);
      cell.value = toExcelValue(line[j] ?? null, date1904, isDateFormat(fmt ?? cell.numFmt));
      if (fmt) cell.numFmt = fmt;
    }
  });
  return w.values.length * width;
}

export function writeValues(wb: ExcelJS.Workbook, plan: Plan): number {
  return plan.writes.reduce((n, w) => n + writeBlock(wb, w), 0);
}

/** Real formulas of our own (generated sheets only). */
export function writeFormulas(wb: ExcelJS.Workbook, plan: Plan): number {
  for (const f of plan.formulas) {
    const ws = sheetOrThrow(wb, f.sheet);
    ws.getCell(f.address).value = { formula: f.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
  return plan.formulas.length;
}
