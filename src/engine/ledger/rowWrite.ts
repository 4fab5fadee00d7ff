/**
 * Writing a few cells of one row of a list, as the workflow actions do
 * (close-out's are on 问题清单; the clue and report actions on 移交清单 and
 * 整改报告): only the cells that change are written, every cell is guarded
 * against a concurrent edit (plan.expect), every change is recorded for
 * `_log`; a missing column or a cell a merge hides is refused by name.
 */
import { cellAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import { type Result, fail, ok } from '../core/errors';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet, hiddenMergedCells } from '../core/snapshot';
import { logText } from '../audit/chain';
import { logChanges } from '../audit/changes';
import type { SheetMapping } from '../read/records';
import type { AnyListId } from '../schema/columns';
import { anyListSheet, columnOf } from '../schema/listSheets';
import { DATE_FORMAT } from '../schema/format';

export function planRowCells(
  snapshot: WorkbookSnapshot,
  mapping: SheetMapping,
  id: AnyListId,
  row: number,
  set: Record<string, CellValue>,
): Result<Plan> {
  const sheet = findSheet(snapshot, mapping.sheet);
  const def = anyListSheet(id);
  const plan = emptyPlan();
  plan.expect = [];
  for (const [key, value] of Object.entries(set)) {
    const column = mapping.columns[key];
    if (!column) {
      return fail('closeout.missingColumn', { sheet: mapping.sheet, column: columnOf(def, key).header[mapping.lang] });
    }
    const address = cellAddress(row, column);
    if (sheet && hiddenMergedCells(sheet).has(address))
      return fail('closeout.mergedCell', { sheet: mapping.sheet, cell: address });
    const old = sheet?.values[row - 1]?.[column - 1] ?? null;
    plan.expect.push({ sheet: mapping.sheet, address, value: old });
    if (logText(old) === logText(value)) continue;
    const date = typeof value === 'number' && columnOf(def, key).type === 'date';
    plan.writes.push({
      sheet: mapping.sheet,
      row,
      column,
      values: [[value]],
      ...(date ? { numberFormats: [DATE_FORMAT] } : {}),
    });
  }
  plan.log = logChanges(plan, snapshot, [mapping.sheet]);
  return ok(plan);
}
