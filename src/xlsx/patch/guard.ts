/**
 * The co-authoring guard (Plan.expect) for a patched file: the plan's
 * expected cells are checked against the snapshot read from the very bytes
 * being patched, so a plan computed from another reading (or changed since)
 * writes nothing. Same error as the ExcelJS writer's (../apply/guard.ts).
 */
import { type CellValue, sameValue, valueText } from '../../engine/core/cells';
import type { Plan } from '../../engine/core/plan';
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import { parseAddress } from '../../engine/core/a1';
import { PlanConflictError } from '../conflict';

export function checkExpectedIn(snapshot: WorkbookSnapshot, plan: Plan): void {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  for (const e of plan.expect ?? []) {
    const sheet = sheets.get(e.sheet);
    const { row, column } = parseAddress(e.address);
    const actual: CellValue = sheet?.values[row - 1]?.[column - 1] ?? null;
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
