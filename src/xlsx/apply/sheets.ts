/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects live in memory: there is no context.sync() here, these Office.js rules do not apply. */
/**
 * Sheet operations (SheetOp), as the Office.js adapter applies them
 * (src/excel/apply/sheets.ts): create the sheets the plan adds, clear the
 * contents of the generated sheets it rebuilds (formats stay, like Excel's
 * "Clear Contents"), and set visibility, tab colour, frozen pane, printing and
 * column widths exactly as listed. The plan lists only what is to be set.
 */
import type ExcelJS from 'exceljs';
import type { Plan, SheetOp } from '../../engine/core/plan';
import { type PageTexts, type PrintSetup, rowHeightForLines, wrappedLines } from '../../engine/core/print';
import { cellAddress } from '../../engine/core/a1';
import { mergedRanges } from '../internals';

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

export function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`plan refers to a missing sheet: ${name}`);
  return ws;
}

/** Creates the sheets the plan adds; a sheet the plan only mentions must exist. */
export function createSheets(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.sheets) {
    if (wb.getWorksheet(op.name)) continue;
    if (!op.create) throw new Error(`plan refers to a missing sheet: ${op.name}`);
    wb.addWorksheet(op.name);
  }
}

/**
 * Generated sheets are rebuilt whole: every value goes, the cells' formats
 * stay, and merged cells are unmerged (a rebuilt sheet's rows need not line
 * up with the old merges), as the Office.js adapter does.
 */
export function clearSheets(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.sheets) {
    if (!op.clear) continue;
    const ws = sheetOrThrow(wb, op.name);
    for (const range of mergedRanges(ws)) ws.unMergeCells(range);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cell.value = null;
      }),
    );
  }
}

/** The frozen pane in the sheet's view; the view's other settings (zoom, gridlines …) stay. */
function freeze(ws: ExcelJS.Worksheet, f: NonNullable<SheetOp['freeze']>): void {
  const { rows, columns } = f;
  const view = { ...(ws.views?.[0] ?? {}) } as Record<string, unknown>;
  for (const k of ['state', 'xSplit', 'ySplit', 'topLeftCell', 'style']) delete view[k];
  const topLeftCell = cellAddress(rows + 1, columns + 1);
  const pane =
    rows === 0 && columns === 0
      ? { state: 'normal' }
      : { state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell, activeCell: topLeftCell };
  ws.views = [{ ...view, ...pane } as Partial<ExcelJS.WorksheetView>];
}

/**
 * ExcelJS takes a column of width 9 for a column without a width of its own
 * (its default) and leaves it out of the file; 9 + 1/256 is the same 63 pixels
 * and is written.
 */
function columnWidth(chars: number): number {
  return chars === 9 ? 9 + 1 / 256 : chars;
}

/** Excel's header/footer string: the sections after their &L, &C, &R codes. */
function pageTexts(t: PageTexts | undefined): string {
  if (!t) return '';
  return (t.left ? `&L${t.left}` : '') + (t.center ? `&C${t.center}` : '') + (t.right ? `&R${t.right}` : '');
}

/** A4 (paper size 9 in SpreadsheetML), so many pages across and any number down, title rows, area, header, footer. */
function print(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  Object.assign(ws.pageSetup, {
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.pagesWide,
    fitToHeight: 0,
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
    ...(p.area ? { printArea: p.area } : {}),
  });
  ws.headerFooter.oddHeader = pageTexts(p.header);
  ws.headerFooter.oddFooter = pageTexts(p.footer);
}

/**
 * The data rows wrap their text, top-aligned, and get a height for it. A file
 * carries no measured heights, and neither Excel nor LibreOffice re-measures
 * rows when it opens one, so the height is estimated from the text
 * (core/print.ts) and written, on every row of the block.
 */
function wrapBlock(ws: ExcelJS.Worksheet, block: NonNullable<SheetOp['wrapBlock']>): void {
  for (let r = block.first; r <= block.last; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    for (let c = 1; c <= block.columns; c++) {
      const cell = row.getCell(c);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (cell.text) lines = Math.max(lines, wrappedLines(cell.text, ws.getColumn(c).width ?? 9));
    }
    row.height = rowHeightForLines(lines);
  }
}

/** Visibility, tab colour, frozen pane, printing and widths, as the plan lists them. */
export function presentSheets(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.sheets) {
    const ws = sheetOrThrow(wb, op.name);
    if (op.visibility) ws.state = op.visibility;
    if (op.tabColor) ws.properties.tabColor = { argb: argb(op.tabColor) };
    if (op.freeze) freeze(ws, op.freeze);
    if (op.print) print(ws, op.print);
    for (const [c, w] of Object.entries(op.widths ?? {})) ws.getColumn(Number(c)).width = columnWidth(w);
    // After the widths: the lines a text takes depend on them.
    if (op.wrapBlock) wrapBlock(ws, op.wrapBlock);
  }
}
