/** The cells a plan changes on the user's sheets, found by comparing its writes with the snapshot. */
import { cellAddress } from '../core/a1';
import type { LogChange, Plan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { logText } from './chain';

/**
 * A log change for every cell a plan's writes change on the given sheets:
 * old value from the snapshot, new from the plan. Cells whose value does not
 * change are not logged (and should not be written).
 */
export function logChanges(plan: Plan, snapshot: WorkbookSnapshot, sheets: readonly string[]): LogChange[] {
  const changes: LogChange[] = [];
  for (const w of plan.writes) {
    if (!sheets.includes(w.sheet) || w.summarisedInLog) continue;
    const sheet = findSheet(snapshot, w.sheet);
    w.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = w.row + i;
        const c = w.column + j;
        const old = sheet?.values[r - 1]?.[c - 1] ?? null;
        if (logText(old) !== logText(value)) {
          changes.push({ sheet: w.sheet, address: cellAddress(r, c), oldValue: old, newValue: value });
        }
      }),
    );
  }
  return changes;
}
