/** The ExcelJS writer: a generated workbook saved as Excel would (date cells, formulas with results, merges). */
import ExcelJS from 'exceljs';
import type { GenValue, GenWorkbook } from './types';

/** '2024-03-05' or '2024-03-05T14:30' as the UTC Date ExcelJS turns into that serial. */
function dateOf(iso: string): Date {
  return new Date(iso.includes('T') ? `${iso}:00Z` : `${iso}T00:00:00Z`);
}

function cellValue(v: GenValue): ExcelJS.CellValue {
  if (v.t === 's' || v.t === 'n') return v.v;
  if (v.t === 'd') return dateOf(v.v);
  return { formula: v.f, result: v.v } as ExcelJS.CellFormulaValue;
}

export async function writeWithExcelJs(wb: GenWorkbook, out: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ledgerGen';
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    for (const [col, width] of Object.entries(s.widths)) ws.getColumn(Number(col)).width = width;
    for (const c of s.cells) {
      const cell = ws.getCell(c.r, c.c);
      cell.value = cellValue(c.value);
      if ('fmt' in c.value && c.value.fmt) cell.numFmt = c.value.fmt;
      if (c.bold) cell.font = { bold: true };
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
    for (const m of s.merges) ws.mergeCells(m);
  }
  await book.xlsx.writeFile(out);
}
