/**
 * Sheet protection, last (after every write). ExcelJS writes into protected
 * sheets as into any other, so unlike Office.js nothing is unprotected first;
 * a sheet the user protected stays as it was. The options match the
 * Office.js adapter's: protection guards values, formatting and filtering
 * stay allowed.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { sheetOrThrow } from './sheets';

export async function protectSheets(wb: ExcelJS.Workbook, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!op.protect) continue;
    await sheetOrThrow(wb, op.name).protect(op.protect.password, {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
}
