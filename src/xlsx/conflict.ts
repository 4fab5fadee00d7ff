/**
 * The co-authoring guard (Plan.expect) and its error: a cell the plan was
 * computed from differs now, so nothing is written. One check for both
 * writers — the ExcelJS one reads the cell from the workbook in memory, the
 * patcher (./patch) from the snapshot of the bytes it patches — in its own
 * module, so the patcher raises the same error without loading ExcelJS.
 */
import { type CellValue, EngineError, type Plan, sameValue, valueText } from '../engine';

export class PlanConflictError extends EngineError {
  constructor(params: Record<string, string>) {
    super('xlsx.conflict', params);
  }
}

/** Throws PlanConflictError at the first expected cell whose value (`actualOf`) is not the plan's. */
export function checkExpected(plan: Plan, actualOf: (sheet: string, address: string) => CellValue): void {
  for (const e of plan.expect ?? []) {
    const actual = actualOf(e.sheet, e.address);
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
