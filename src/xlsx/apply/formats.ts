/**
 * Number formats of columns (ColumnFormatOp): set on every cell of the op's
 * rows exactly as the plan says, as the Office.js adapter does. The engine
 * lists only columns it adds, so a format the user chose is never in the plan.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { sheetOrThrow } from './sheets';

export function applyColumnFormats(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.columnFormats) {
    const ws = sheetOrThrow(wb, op.sheet);
    for (let r = op.fromRow; r <= op.toRow; r++) ws.getCell(r, op.column).numFmt = op.numberFormat;
  }
}
