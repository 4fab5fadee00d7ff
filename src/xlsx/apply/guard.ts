/**
 * The co-authoring guard (Plan.expect): nothing is written if a cell the plan
 * was computed from has changed since the snapshot (the file was edited, or
 * the workbook in memory was changed by another plan).
 */
import type ExcelJS from 'exceljs';
import { sameValue, valueText } from '../../engine';
import { PlanConflictError } from '../conflict';
import type { Plan } from '../../engine/core/plan';
import { toCellValue } from '../snapshot';

export { PlanConflictError };

export function checkExpected(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const e of plan.expect ?? []) {
    const ws = wb.getWorksheet(e.sheet);
    const actual = ws ? toCellValue(ws.getCell(e.address).value) : null;
    if (!sameValue(actual, e.value)) {
      throw new PlanConflictError({
        sheet: e.sheet,
        cell: e.address,
        expected: valueText(e.value),
        actual: valueText(actual),
      });
    }
  }
}
