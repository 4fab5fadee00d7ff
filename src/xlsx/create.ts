/** A new, empty ExcelJS workbook for commands that write a file from nothing (import), keeping ExcelJS inside src/xlsx. */
import ExcelJS from 'exceljs';

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '整改台账 Rectification Ledger';
  return wb;
}
