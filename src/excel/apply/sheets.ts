/**
 * Sheet operations (SheetOp): create the sheets the plan adds, clear the
 * generated sheets it rebuilds, and set what the plan says about a sheet's
 * presentation: visibility, tab colour, frozen pane, column widths and the
 * columns whose text wraps. The
 * plan lists only what is to be set (a frozen pane or a width the user chose
 * is not in it), so everything listed is applied as it is; what a sheet
 * already has (its visibility, as read) is not sent again. Print settings
 * are optional and go with the notes (optional.ts).
 */
import type { Plan, SheetOp } from '../../engine/core/plan';
import { blockRef, columnLetters } from '../../engine/core/a1';
import { findSheet } from '../../engine/core/snapshot';
import { jsonBytes } from '../limits';
import { widthToPoints } from '../read/layout';
import { type ApplySession, sheetVisibility } from './batch';

export { widthToPoints };

/** Creates the sheets the plan adds (a sheet the plan only mentions is never created). */
export async function createSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (s.sheetNames.has(op.name) || !op.create) continue;
    await s.reserve(op.name.length);
    s.adopt(op.name, s.wb.worksheets.add(op.name));
  }
}

/**
 * Generated sheets are rebuilt whole: their contents go, their formats stay
 * (Excel's "Clear Contents"), and their merged cells are unmerged (the new
 * rows need not line up with the old merges; Range.unmerge, ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)).
 */
export async function clearSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!op.clear || !s.sheetNames.has(op.name)) continue;
    await s.reserve(80);
    const range = s.edit(op.name).getRange();
    range.unmerge();
    range.clear('Contents' as Excel.ClearApplyTo);
  }
}

function freeze(ws: Excel.Worksheet, f: NonNullable<SheetOp['freeze']>): void {
  ws.freezePanes.unfreeze();
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ws.getRange(blockRef(1, 1, f.rows, f.columns)));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
}

/** What of a sheet op is to be sent: a visibility the sheet already has is left out. */
function changes(s: ApplySession, op: SheetOp): { visibility: boolean; layout: boolean } {
  const now = findSheet(s.snapshot, op.name)?.visibility;
  return {
    visibility: !!op.visibility && op.visibility !== now,
    layout: !!op.tabColor || !!op.freeze || Object.keys(op.widths ?? {}).length > 0 || !!op.wrapBlock,
  };
}

/**
 * Tab colour, frozen pane and widths, then visibility (a pane is frozen while
 * the sheet is still shown: office-js issue #1463 had freezing fail on hidden
 * sheets, https://github.com/OfficeDev/office-js/issues/1463).
 */
export async function presentSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!s.sheetNames.has(op.name)) continue;
    const todo = changes(s, op);
    if (!todo.visibility && !todo.layout) continue;
    await s.reserve(jsonBytes({ ...op, widths: undefined }) + 200);
    if (op.tabColor) s.sheet(op.name).tabColor = op.tabColor;
    if (op.freeze) freeze(s.edit(op.name), op.freeze);
    for (const [c, w] of Object.entries(op.widths ?? {})) {
      await s.reserve(40);
      const col = columnLetters(Number(c));
      s.edit(op.name).getRange(`${col}:${col}`).format.columnWidth = widthToPoints(w);
    }
    if (op.wrapBlock) {
      // Wrapped and top-aligned (RangeFormat, ExcelApi 1.1); Excel measures the rows itself (autofitRows, 1.2).
      await s.reserve(120);
      const { first, last, columns } = op.wrapBlock;
      const format = s.edit(op.name).getRange(blockRef(first, 1, last - first + 1, columns)).format;
      format.wrapText = true;
      format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
      format.autofitRows();
    }
    if (todo.visibility) s.sheet(op.name).visibility = sheetVisibility(op.visibility!);
  }
}
