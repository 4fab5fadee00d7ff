/**
 * Number formats of columns (ColumnFormatOp): set over the op's rows exactly
 * as the plan says. The engine lists only columns it adds, so a format the
 * user chose is never in the plan.
 */
import type { Plan } from '../../engine/core/plan';
import { columnLetters } from '../../engine/core/a1';
import type { ApplySession } from './batch';

export async function applyColumnFormats(s: ApplySession, plan: Plan): Promise<void> {
  for (const f of plan.columnFormats) {
    if (f.toRow < f.fromRow) continue;
    await s.reserve(f.numberFormat.length + 40);
    const col = columnLetters(f.column);
    // One scalar for the whole range: Office.js applies it to every cell.
    s.edit(f.sheet).getRange(`${col}${f.fromRow}:${col}${f.toRow}`).numberFormat =
      f.numberFormat as unknown as string[][];
  }
}
