/**
 * Reads the whole workbook into a WorkbookSnapshot with a fixed number of
 * round trips plus one per chunk of cell data:
 *
 *   sync 1  worksheets (name, visibility) and tables (name, sheet)
 *   sync 2  per sheet: used range address, protection; per table: its range;
 *           merged areas where ExcelApi 1.13 is there
 *   sync 3… `formulas` only, in row chunks sized to READ_BUDGET_BYTES
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
import { cellAddress, columnLetters, parseAddress } from '../engine/core/a1';
import { INITIAL_BYTES_PER_CELL, READ_BUDGET_BYTES, type SyncStats, jsonBytes, newStats } from './limits';
import { fromExcelValue, isRealFormula } from './text';

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

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const stats = options.stats ?? newStats();
  const sync = async (): Promise<void> => {
    stats.syncs++;
    await context.sync();
  };
  const now = options.now ?? (() => new Date());
  const readAt = now().toISOString();

  // --- sync 1: which sheets and tables exist
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await sync();

  const merged13 = isSetSupported('ExcelApi', '1.13');
  // --- sync 2: extents, protection, table ranges, merges
  const used = worksheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('address');
    ws.protection.load('protected');
    const merges = merged13 ? r.getMergedAreasOrNullObject() : null;
    merges?.load('areas/items/address');
    return { ws, r, merges };
  });
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load('address');
    return { t, r };
  });
  await sync();

  const sheets: SheetSnapshot[] = worksheets.items.map((ws, i) => {
    const tbls: TableSnapshot[] = tableRanges
      .filter(({ t }) => t.worksheet.name === ws.name)
      .map(({ t, r }) => ({ name: t.name, ref: localAddress(r.address) }));
    const m = used[i].merges;
    return {
      name: ws.name,
      visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
      values: [],
      formulas: {},
      tables: tbls,
      merges: m && !m.isNullObject ? m.areas.items.map((a) => localAddress(a.address)) : [],
      protected: ws.protection.protected,
    };
  });

  // --- syncs 3…: cell data from A1 to the last used cell, chunked by rows
  const pending: Chunk[] = [];
  used.forEach(({ r, ws }, i) => {
    if (r.isNullObject) return;
    if (options.sheets && !options.sheets(ws.name)) return;
    const last = lastCell(r.address);
    pending.push({ sheet: i, fromRow: 1, toRow: last.row, columns: last.column });
  });
  const total = pending.reduce((n, c) => n + (c.toRow - c.fromRow + 1) * c.columns, 0);
  let done = 0;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  /** Cells whose `formulas` text starts with '=': a formula, or a text like '=abc typed with an apostrophe. */
  const lookAgain: FormulaCell[] = [];

  while (pending.length > 0) {
    // Take rows from the pending chunks until the estimated response fills the budget.
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
    const loaded = batch.map((c) => {
      const ws = worksheets.items[c.sheet];
      const range = ws.getRange(`A${c.fromRow}:${columnLetters(c.columns)}${c.toRow}`);
      range.load('formulas');
      return { c, range };
    });
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
    let bytes = 0;
    let cells = 0;
    for (const { c, range } of loaded) {
      const formulas = range.formulas;
      bytes += jsonBytes(formulas);
      cells += formulas.length * c.columns;
      const sheet = sheets[c.sheet];
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
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, bytes);
    if (cells > 0) bytesPerCell = Math.max(8, Math.ceil((bytes / cells) * 1.25));
    done += cells;
    options.onProgress?.(done, total);
  }
  await readFormulaValues(lookAgain, worksheets.items, sheets, sync, stats);

  // Ragged rows are allowed, holes are not: rows never read (none) would be undefined.
  for (const s of sheets) for (let i = 0; i < s.values.length; i++) s.values[i] ??= [];

  return { sheets, user: options.user ?? '', readAt };
}

interface FormulaCell {
  sheet: number;
  row: number;
  column: number;
  f: string;
}

/** Rows of one column closer than this are read as one range when fetching formula results. */
const FORMULA_GAP = 20;
/** Formula results per sync: a result is rarely long, and this keeps the response far below the limit. */
const FORMULA_CELLS_PER_SYNC = 50_000;

/**
 * The `values` of the cells whose formula text starts with '=', in column runs:
 * a real formula's value is its result (kept in `values`, its source in
 * `formulas`); a quote-prefixed text '=abc' has the same value as its
 * "formula" and stays text. Most ledgers have no such cell: then no sync.
 */
async function readFormulaValues(
  cells: FormulaCell[],
  worksheets: Excel.Worksheet[],
  sheets: SheetSnapshot[],
  sync: () => Promise<void>,
  stats: SyncStats,
): Promise<void> {
  if (cells.length === 0) return;
  const byColumn = new Map<string, FormulaCell[]>();
  for (const cell of cells) {
    const k = `${cell.sheet}:${cell.column}`;
    const list = byColumn.get(k);
    if (list) list.push(cell);
    else byColumn.set(k, [cell]);
  }
  const runs: FormulaCell[][] = [];
  for (const list of byColumn.values()) {
    let run = [list[0]];
    for (let i = 1; i < list.length; i++) {
      if (list[i].row - run[run.length - 1].row > FORMULA_GAP) {
        runs.push(run);
        run = [];
      }
      run.push(list[i]);
    }
    runs.push(run);
  }
  const span = (run: FormulaCell[]) => run[run.length - 1].row - run[0].row + 1;
  let i = 0;
  while (i < runs.length) {
    const batch: { run: FormulaCell[]; range: Excel.Range }[] = [];
    let size = 0;
    while (i < runs.length && (batch.length === 0 || size + span(runs[i]) <= FORMULA_CELLS_PER_SYNC)) {
      const run = runs[i++];
      const column = columnLetters(run[0].column);
      const range = worksheets[run[0].sheet].getRange(`${column}${run[0].row}:${column}${run[run.length - 1].row}`);
      range.load('values');
      batch.push({ run, range });
      size += span(run);
    }
    stats.readChunks++;
    // One sync per batch of formula cells (usually the only one), never one per cell.
    await sync();
    let bytes = 0;
    for (const { run, range } of batch) {
      const values = range.values;
      bytes += jsonBytes(values);
      for (const cell of run) {
        const v = values[cell.row - run[0].row][0];
        sheets[cell.sheet].values[cell.row - 1][cell.column - 1] = fromExcelValue(v);
        if (isRealFormula(cell.f, v)) sheets[cell.sheet].formulas[cellAddress(cell.row, cell.column)] = cell.f;
      }
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, bytes);
  }
}

/** Office.context.requirements where Office is there; tests without it get everything. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(name, version) : true;
}
