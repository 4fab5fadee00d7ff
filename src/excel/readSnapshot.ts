/**
 * Reads the whole workbook into a WorkbookSnapshot with a fixed number of
 * round trips plus one per chunk of cell data:
 *
 *   sync 1  worksheets (name, visibility) and tables (name, sheet)
 *   sync 2  per sheet: used range address, protection; per table: its range;
 *           merged areas where ExcelApi 1.13 is there
 *   sync 3… values + formulas, in row chunks sized to READ_BUDGET_BYTES
 *
 * Responses are limited like requests (5 MB on the web), and a ledger with
 * 10,000 problems and 50,000 tasks is more than that, so cell data cannot
 * come back in one response. Each chunk's size is planned from the bytes per
 * cell measured on the chunks already read; if Excel still refuses a response
 * as too large, the chunk is halved and read again (each try is a counted sync).
 */
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../engine/model';
import { cellAddress, columnLetters, parseAddress } from '../engine/model';
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
      range.load('values,formulas');
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
      const values = range.values;
      const formulas = range.formulas;
      bytes += jsonBytes(values) + jsonBytes(formulas);
      cells += values.length * c.columns;
      const sheet = sheets[c.sheet];
      values.forEach((row, ri) => {
        const r = c.fromRow + ri;
        const out: CellValue[] = row.map((v) => fromExcelValue(v));
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        sheet.values[r - 1] = out;
        formulas[ri].forEach((f, ci) => {
          if (isRealFormula(f, row[ci])) sheet.formulas[cellAddress(r, ci + 1)] = f;
        });
      });
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, bytes);
    if (cells > 0) bytesPerCell = Math.max(8, Math.ceil((bytes / cells) * 1.25));
    done += cells;
    options.onProgress?.(done, total);
  }
  // Ragged rows are allowed, holes are not: rows never read (none) would be undefined.
  for (const s of sheets) for (let i = 0; i < s.values.length; i++) s.values[i] ??= [];

  return { sheets, user: options.user ?? '', readAt };
}

/** Office.context.requirements where Office is there; tests without it get everything. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(name, version) : true;
}
