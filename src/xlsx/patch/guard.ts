/**
 * The co-authoring guard (Plan.expect) for a patched file: the plan's
 * expected cells are checked against the snapshot read from the very bytes
 * being patched, so a plan computed from another reading (or changed since)
 * writes nothing. The check is ../conflict.ts's, shared with the ExcelJS writer.
 */
import type { Plan } from '../../engine/core/plan';
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import { parseAddress } from '../../engine/core/a1';
import { checkExpected } from '../conflict';

export function checkExpectedIn(snapshot: WorkbookSnapshot, plan: Plan): void {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  checkExpected(plan, (sheet, address) => {
    const { row, column } = parseAddress(address);
    return sheets.get(sheet)?.values[row - 1]?.[column - 1] ?? null;
  });
}
