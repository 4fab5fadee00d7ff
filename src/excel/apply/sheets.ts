/**
 * Sheet operations (SheetOp): create the sheets the plan adds, clear the
 * generated sheets it rebuilds, and set what the plan says about a sheet's
 * presentation: visibility, tab colour, frozen pane, printing and column
 * widths. The plan lists only what is to be set (a frozen pane or a width the
 * user chose is not in it), so everything listed is applied as it is.
 */
import type { Plan, SheetOp } from '../../engine/core/plan';
import { blockRef, columnLetters } from '../../engine/core/a1';
import { jsonBytes } from '../limits';
import { isSetSupported } from '../readSnapshot';
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

/** Generated sheets are rebuilt whole: their contents go, their formats stay (Excel's "Clear Contents"). */
export async function clearSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!op.clear || !s.sheetNames.has(op.name)) continue;
    await s.reserve(40);
    s.sheet(op.name)
      .getRange()
      .clear('Contents' as Excel.ClearApplyTo);
  }
}

function freeze(ws: Excel.Worksheet, f: NonNullable<SheetOp['freeze']>): void {
  ws.freezePanes.unfreeze();
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ws.getRange(blockRef(1, 1, f.rows, f.columns)));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
}

/** Printing: the page layout API is ExcelApi 1.9, above our 1.8 minimum; without it the sheet prints as it did. */
function print(ws: Excel.Worksheet, p: NonNullable<SheetOp['print']>): void {
  if (!isSetSupported('ExcelApi', '1.9')) return;
  ws.pageLayout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** Visibility, tab colour, frozen pane, printing and widths, as the plan lists them. */
export async function presentSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const op of plan.sheets) {
    if (!s.sheetNames.has(op.name)) continue;
    const ws = s.sheet(op.name);
    await s.reserve(jsonBytes({ ...op, widths: undefined }) + 200);
    if (op.visibility) ws.visibility = sheetVisibility(op.visibility);
    if (op.tabColor) ws.tabColor = op.tabColor;
    if (op.freeze) freeze(ws, op.freeze);
    if (op.print) print(ws, op.print);
    for (const [c, w] of Object.entries(op.widths ?? {})) {
      await s.reserve(40);
      const col = columnLetters(Number(c));
      ws.getRange(`${col}:${col}`).format.columnWidth = widthToPoints(w);
    }
  }
}
