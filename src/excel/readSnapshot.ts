/**
 * Reads the whole workbook into a WorkbookSnapshot with a fixed number of
 * round trips plus one per chunk of cell data:
 *
 *   sync 1  worksheets (name, visibility, standard width) and tables (name, sheet)
 *   sync 2  per sheet: used range address, protection, frozen pane; per table:
 *           its range; merged areas where ExcelApi 1.13 is there
 *   sync 3… `formulas` only, in row chunks sized to READ_BUDGET_BYTES; the
 *           first chunk also carries the widths of the used columns
 *   +1      `values` of the cells whose formula text starts with '=' (only
 *           when there are any): a real formula's result, or a quote-prefixed
 *           text that merely looks like one
 *
 * `formulas` holds a constant cell's value (numbers, dates as serials, text,
 * booleans), so reading it alone carries everything `values` + `formulas` did
 * in half the bytes.
 *
 * Responses are limited like requests (5 MB on the web), and a ledger with
 * 10,000 problems and 50,000 tasks is more than that even as bare values
 * (~15 MB of JSON; the IDs, references, statuses, dates and limits that check
 * needs verbatim are ~9 MB of it), so cell data cannot come back in one
 * response: the read chunks grow with the ledger like the write chunks do.
 * Each chunk's size is planned from the bytes per cell measured on the chunks
 * already read; if Excel still refuses a response as too large, the chunk is
 * halved and read again (each try is a counted sync).
 */
import type { CellValue } from '../engine/core/cells';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../engine/core/snapshot';
import { columnLetters, parseAddress } from '../engine/core/a1';
import { INITIAL_BYTES_PER_CELL, READ_BUDGET_BYTES, type SyncStats, jsonBytes, newStats } from './limits';
import { fromExcelValue } from './text';
import { type FormulaCell, readFormulaValues } from './read/formulaValues';
import { type ColumnWidths, queueColumnWidths, queueFrozen, takeCustomWidths, takeFrozen } from './read/layout';

export interface ReadOptions {
  /** Who runs the command, for _log (Office.js does not expose the user's name). */
  user?: string;
  /** Only these sheets' cells are read (others appear with empty values). Default: all. */
  sheets?: (name: string) => boolean;
  stats?: SyncStats;
  /** Called after each chunk, for a progress bar: cells read so far, cells in total. */
  onProgress?: (done: number, total: number) => void;
  /** For tests: the clock of `readAt`. */
  now?: () => Date;
}

/** 'Sheet1'!A1:C3 or A1:C3 → the part after '!'. */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

function lastCell(address: string): { row: number; column: number } {
  const local = localAddress(address);
  const parts = local.split(':');
  return parseAddress(parts[parts.length - 1]);
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code) || /payload/i.test(String((e as Error)?.message));
}

interface Chunk {
  sheet: number;
  fromRow: number; // 1-based
  toRow: number;
  columns: number;
}

type Sync = () => Promise<void>;

/** What syncs 1 and 2 learn: the sheets without their cells, and which rows and columns hold cells. */
interface Outline {
  worksheets: Excel.Worksheet[];
  sheets: SheetSnapshot[];
  chunks: Chunk[];
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const stats = options.stats ?? newStats();
  const sync = async (): Promise<void> => {
    stats.syncs++;
    await context.sync();
  };
  const readAt = (options.now ?? (() => new Date()))().toISOString();
  const outline = await readOutline(context, sync, options);
  const lookAgain = await readCells(outline, sync, stats, options);
  await readFormulaValues(lookAgain, outline.worksheets, outline.sheets, sync, stats);
  // Ragged rows are allowed, holes are not: rows never read (none) would be undefined.
  for (const s of outline.sheets) for (let i = 0; i < s.values.length; i++) s.values[i] ??= [];
  return { sheets: outline.sheets, user: options.user ?? '', readAt };
}

/** Syncs 1 and 2: sheets, tables, extents, protection, frozen panes, merges. */
async function readOutline(context: Excel.RequestContext, sync: Sync, options: ReadOptions): Promise<Outline> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/standardWidth');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await sync();

  const merged13 = isSetSupported('ExcelApi', '1.13');
  const used = worksheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('address');
    ws.protection.load('protected');
    const merges = merged13 ? r.getMergedAreasOrNullObject() : null;
    merges?.load('areas/items/address');
    return { ws, r, merges, frozen: queueFrozen(ws) };
  });
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load('address');
    return { t, r };
  });
  await sync();

  const sheets: SheetSnapshot[] = used.map(({ ws, merges, frozen }) => {
    const tbls: TableSnapshot[] = tableRanges
      .filter(({ t }) => t.worksheet.name === ws.name)
      .map(({ t, r }) => ({ name: t.name, ref: localAddress(r.address) }));
    const sheet: SheetSnapshot = {
      name: ws.name,
      visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
      values: [],
      formulas: {},
      tables: tbls,
      merges: merges && !merges.isNullObject ? merges.areas.items.map((a) => localAddress(a.address)) : [],
      protected: ws.protection.protected,
    };
    const f = takeFrozen(frozen);
    if (f) sheet.frozen = f;
    return sheet;
  });
  const chunks: Chunk[] = [];
  used.forEach(({ r, ws }, i) => {
    if (r.isNullObject) return;
    if (options.sheets && !options.sheets(ws.name)) return;
    const last = lastCell(r.address);
    chunks.push({ sheet: i, fromRow: 1, toRow: last.row, columns: last.column });
  });
  return { worksheets: worksheets.items, sheets, chunks };
}

/** Takes rows from the pending chunks until the estimated response fills the budget. */
function nextBatch(pending: Chunk[], bytesPerCell: number): Chunk[] {
  let budgetCells = Math.max(1, Math.floor(READ_BUDGET_BYTES / bytesPerCell));
  const batch: Chunk[] = [];
  while (pending.length > 0 && budgetCells > 0) {
    const c = pending[0];
    const rows = Math.max(1, Math.min(c.toRow - c.fromRow + 1, Math.floor(budgetCells / c.columns)));
    if (rows * c.columns > budgetCells && batch.length > 0) break;
    batch.push({ ...c, toRow: c.fromRow + rows - 1 });
    budgetCells -= rows * c.columns;
    if (c.fromRow + rows > c.toRow) pending.shift();
    else c.fromRow += rows;
  }
  return batch;
}

/**
 * Syncs 3…: cell data from A1 to the last used cell, chunked by rows. Returns
 * the cells whose `formulas` text starts with '=' (a formula, or a text like
 * '=abc typed with an apostrophe), to be looked at again.
 */
async function readCells(outline: Outline, sync: Sync, stats: SyncStats, options: ReadOptions): Promise<FormulaCell[]> {
  const { worksheets, sheets } = outline;
  const pending = outline.chunks.map((c) => ({ ...c }));
  const total = pending.reduce((n, c) => n + (c.toRow - c.fromRow + 1) * c.columns, 0);
  let done = 0;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  const lookAgain: FormulaCell[] = [];
  /** Column widths ride along with the first chunk that comes back (a refused chunk queues them again). */
  let widths: ColumnWidths[] | null = null;

  while (pending.length > 0) {
    const batch = nextBatch(pending, bytesPerCell);
    const loaded = batch.map((c) => {
      const range = worksheets[c.sheet].getRange(`A${c.fromRow}:${columnLetters(c.columns)}${c.toRow}`);
      range.load('formulas');
      return { c, range };
    });
    const queuedWidths: ColumnWidths[] =
      widths ?? outline.chunks.map((c) => queueColumnWidths(worksheets[c.sheet], c.sheet, c.columns));
    stats.readChunks++;
    try {
      // One sync per chunk is the point: each response must stay under the limit.
      await sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      // Too big after all: split every chunk of this batch in two and try again.
      const cells = batch.reduce((n, c) => n + (c.toRow - c.fromRow + 1) * c.columns, 0);
      if (cells <= 1) throw e;
      bytesPerCell = Math.max(bytesPerCell * 2, Math.ceil((READ_BUDGET_BYTES * 2) / cells));
      for (const c of batch.reverse()) pending.unshift(c);
      continue;
    }
    if (!widths) {
      widths = queuedWidths;
      for (const w of queuedWidths) {
        sheets[w.sheet].customWidths = takeCustomWidths(w, worksheets[w.sheet].standardWidth);
      }
    }
    let bytes = 0;
    let cells = 0;
    for (const { c, range } of loaded) {
      const formulas = range.formulas;
      bytes += jsonBytes(formulas);
      cells += formulas.length * c.columns;
      takeRows(sheets[c.sheet], c, formulas, lookAgain);
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, bytes);
    if (cells > 0) bytesPerCell = Math.max(8, Math.ceil((bytes / cells) * 1.25));
    done += cells;
    options.onProgress?.(done, total);
  }
  return lookAgain;
}

/** One chunk's `formulas` into the sheet's values. */
function takeRows(sheet: SheetSnapshot, c: Chunk, formulas: unknown[][], lookAgain: FormulaCell[]): void {
  formulas.forEach((row, ri) => {
    const r = c.fromRow + ri;
    const out: CellValue[] = row.map((f, ci) => {
      if (typeof f === 'string' && f.startsWith('=')) lookAgain.push({ sheet: c.sheet, row: r, column: ci + 1, f });
      return fromExcelValue(f);
    });
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    sheet.values[r - 1] = out;
  });
}

/** Office.context.requirements where Office is there; tests without it get everything. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(name, version) : true;
}
