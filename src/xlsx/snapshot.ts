/**
 * ExcelJS → WorkbookSnapshot. The only place (with apply/, file.ts and
 * internals.ts) that knows ExcelJS. ExcelJS quirks handled here:
 * - dates come back as JS Dates built in UTC from the serial (and shifted for
 *   1904 workbooks): we turn them back into 1900-system serials, exactly, so
 *   serial 60 (the fictitious 1900-02-29) is still seen as 60;
 * - rich text, hyperlinks and formula results are objects: flattened to plain
 *   values, formulas recorded in `formulas`;
 * - cells covered by a merge report the master's value: they are left empty.
 * The user's arrangement is read too: the frozen pane (the sheet view) and
 * the columns with a width of their own.
 */
import ExcelJS from 'exceljs';
import { CellValue } from '../engine';
import { SheetSnapshot, WorkbookSnapshot } from '../engine/core/snapshot';
import { cellAddress } from '../engine/core/a1';
import { definedNameList, isSheetProtected, mergedRanges, tableModels } from './internals';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25569;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function flattenText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'richText' in v) {
    return ((v as { richText: { text: string }[] }).richText ?? []).map((r) => r.text ?? '').join('');
  }
  return String(v);
}

/** Flattens an ExcelJS cell value to a snapshot CellValue. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: '#VALUE!' } : dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o) return { error: String(o.error) };
    if ('richText' in o) return flattenText(o);
    if ('hyperlink' in o || 'text' in o) return flattenText(o.text);
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result as ExcelJS.CellValue | undefined;
      if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in (result as object)) {
        return { error: String((result as { error: unknown }).error) };
      }
      return toCellValue(result);
    }
  }
  return String(v);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    let f: string | undefined;
    try {
      f = cell.formula;
    } catch {
      f = undefined;
    }
    f = f ?? (v as { formula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '';
    return '=' + f;
  }
  return null;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      if (v !== null) out[c - 1] = v;
      const f = formulaOf(cell);
      if (f) formulas[cellAddress(r, c)] = f;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[r - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const tables = tableModels(ws).map((m) => ({ name: m.name, ref: (m.tableRef ?? m.ref) as string }));
  const state = ws.state === 'hidden' ? 'hidden' : ws.state === 'veryHidden' ? 'veryHidden' : 'visible';
  const snap: SheetSnapshot = { name: ws.name, visibility: state, values, formulas, tables, merges: mergedRanges(ws) };
  if (isSheetProtected(ws)) snap.protected = true;
  const frozen = frozenOf(ws);
  if (frozen) snap.frozen = frozen;
  snap.customWidths = customWidthsOf(ws);
  return snap;
}

/** The frozen pane of the sheet's view (xSplit columns, ySplit rows), if it has one. */
function frozenOf(ws: ExcelJS.Worksheet): { rows: number; columns: number } | undefined {
  const view = (ws.views ?? []).find((v) => v.state === 'frozen') as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const rows = view?.ySplit ?? 0;
  const columns = view?.xSplit ?? 0;
  return rows > 0 || columns > 0 ? { rows, columns } : undefined;
}

/**
 * Whole pixels of a width in characters (maximum digit width 7 px, as for
 * Calibri 11), the same formula as widthToPoints in src/excel/read/layout.ts.
 */
function pixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}

/** Excel's standard column width (8.43 characters + padding) in file units, when the sheet does not say. */
const STANDARD_WIDTH = 9.140625;

/**
 * The columns with a width of their own, in characters: a column whose width
 * is set and differs from the sheet's default width by a pixel or more.
 */
function customWidthsOf(ws: ExcelJS.Worksheet): Record<number, number> {
  const standard = pixels(ws.properties?.defaultColWidth ?? STANDARD_WIDTH);
  const out: Record<number, number> = {};
  for (const col of ws.columns ?? []) {
    const width = col.width;
    if (typeof width !== 'number' || col.number === undefined) continue;
    if (pixels(width) !== standard) out[col.number] = width;
  }
  return out;
}

export interface SnapshotOptions {
  user?: string;
  readAt?: string;
}

export function snapshotOf(wb: ExcelJS.Workbook, opts: SnapshotOptions = {}): WorkbookSnapshot {
  return {
    sheets: wb.worksheets.map(sheetSnapshot),
    user: opts.user ?? 'rectify',
    readAt: opts.readAt ?? new Date().toISOString(),
    names: definedNameList(wb),
  };
}
