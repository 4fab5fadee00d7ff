/**
 * The co-authoring guard (Plan.expect) on the workbook in memory: nothing is
 * written if a cell the plan was computed from has changed since the snapshot
 * (the file was edited, or the workbook was changed by another plan). The
 * check itself is ../conflict.ts's, shared with the patcher.
 */
import type ExcelJS from 'exceljs';
import { PlanConflictError, checkExpected } from '../conflict';
import type { Plan } from '../../engine/core/plan';
import { toCellValue } from '../snapshot';

export { PlanConflictError };

export function checkWorkbookExpected(wb: ExcelJS.Workbook, plan: Plan): void {
  checkExpected(plan, (sheet, address) => {
    const ws = wb.getWorksheet(sheet);
    return ws ? toCellValue(ws.getCell(address).value) : null;
  });
}
