/**
 * What the user arranged on a sheet, read alongside the cells: the frozen
 * pane (SheetSnapshot.frozen) and the columns they sized
 * (SheetSnapshot.customWidths), and the width units both directions use.
 *
 * Widths: plans and .xlsx files count column widths in characters of the
 * maximum digit width (7 px for the default Calibri 11) including the 5 px
 * padding; Office.js `format.columnWidth` is in points and
 * `worksheet.standardWidth` in characters without the padding. The formulas
 * are the ones of the Column.Width documentation,
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.column
 * (pixels = Truncate(((256 · width + Truncate(128 / 7)) / 256) · 7), one pixel = 0.75 pt).
 */
import { columnIndex, columnLetters, localAddress, parseRange } from '../../engine/core/a1';

const DIGIT_PX = 7;
const POINTS_PER_PX = 0.75;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Excel column width: character units (as in .xlsx files) → points (Office.js). */
export function widthToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return Math.round(pixels * POINTS_PER_PX * 100) / 100;
}

/** Points (Office.js) → character units, the inverse of widthToPoints to the pixel: widthToPoints(pointsToWidth(p)) = p. */
export function pointsToWidth(points: number): number {
  const pixels = Math.round(points / POINTS_PER_PX);
  return Math.round((pixels / DIGIT_PX) * 100) / 100;
}

/** `worksheet.standardWidth` (characters as Excel shows them, e.g. 8.43) → points (8.43 → 64 px → 48 pt). */
export function standardWidthToPoints(standardWidth: number): number {
  const fileWidth = Math.trunc(((standardWidth * DIGIT_PX + 5) / DIGIT_PX) * 256) / 256;
  return widthToPoints(fileWidth);
}

/**
 * The frozen pane from the address of `freezePanes.getLocationOrNullObject()`:
 * 'Sheet1!1:2' (rows), 'Sheet1!A:B' (columns) or 'Sheet1!A1:B2' (both).
 */
export function frozenOf(address: string): { rows: number; columns: number } | undefined {
  const local = localAddress(address).replace(/\$/g, '').toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+):(\d+)$/.exec(local))) return { rows: Number(m[2]), columns: 0 };
  if ((m = /^([A-Z]+):([A-Z]+)$/.exec(local))) return { rows: 0, columns: columnIndex(m[2]) };
  const r = parseRange(local);
  const rows = r.bottom >= MAX_ROWS ? 0 : r.bottom;
  const columns = r.right >= MAX_COLUMNS ? 0 : r.right;
  return rows > 0 || columns > 0 ? { rows, columns } : undefined;
}

/** Queues the frozen pane's location (in the sync that reads the sheet's extent). */
export function queueFrozen(ws: Excel.Worksheet): Excel.Range {
  const location = ws.freezePanes.getLocationOrNullObject();
  location.load('address');
  return location;
}

export function takeFrozen(location: Excel.Range): { rows: number; columns: number } | undefined {
  return location.isNullObject ? undefined : frozenOf(location.address);
}

export interface ColumnWidths {
  sheet: number;
  formats: Excel.RangeFormat[];
}

/**
 * Queues `format.columnWidth` of columns 1..`columns` of a sheet, one range
 * per column (a range over several columns gives null unless they are all the
 * same width). Queued into a sync that happens anyway: it costs no round trip.
 */
export function queueColumnWidths(ws: Excel.Worksheet, sheet: number, columns: number): ColumnWidths {
  const formats: Excel.RangeFormat[] = [];
  for (let c = 1; c <= columns; c++) {
    const letters = columnLetters(c);
    const format = ws.getRange(`${letters}:${letters}`).format;
    format.load('columnWidth');
    formats.push(format);
  }
  return { sheet, formats };
}

/**
 * The columns whose width differs from the sheet's standard width by a pixel
 * or more, in character units: the columns the user (or an earlier plan) sized.
 */
export function takeCustomWidths(widths: ColumnWidths, standardWidth: number): Record<number, number> {
  const standardPx = Math.round(standardWidthToPoints(standardWidth) / POINTS_PER_PX);
  const out: Record<number, number> = {};
  widths.formats.forEach((format, i) => {
    const points = format.columnWidth;
    if (typeof points !== 'number') return;
    if (Math.abs(Math.round(points / POINTS_PER_PX) - standardPx) >= 1) out[i + 1] = pointsToWidth(points);
  });
  return out;
}
