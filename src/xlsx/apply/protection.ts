/**
 * Sheet protection, last (after every write). ExcelJS writes into protected
 * sheets as into any other, so unlike Office.js nothing is unprotected first;
 * a sheet the user protected stays as it was. The options match the
 * Office.js adapter's: protection guards values, formatting and filtering
 * stay allowed.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { parseRange } from '../../engine/core/a1';
import { sheetOrThrow } from './sheets';

/** The cells of a range left editable under the sheet's protection. */
function unlock(ws: ExcelJS.Worksheet, ref: string): void {
  const r = parseRange(ref);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).protection = { locked: false };
}

export async function protectSheets(wb: ExcelJS.Workbook, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!op.protect) continue;
    const ws = sheetOrThrow(wb, op.name);
    for (const ref of op.protect.unlocked ?? []) unlock(ws, ref);
    await ws.protect(op.protect.password, {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
}
