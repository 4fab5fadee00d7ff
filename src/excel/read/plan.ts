/**
 * Sizing read chunks. Responses are limited like requests (5 MB on the web),
 * so cell data comes back in chunks of rows, each planned to stay under
 * READ_BUDGET_BYTES from what the rows already read weigh: the bytes per
 * cell of each column of each sheet (free text and dates differ tenfold).
 * A chunk Excel still refuses as too large is read again in halves, and
 * from then on no chunk is planned as large as one that failed.
 */
import { INITIAL_BYTES_PER_CELL, READ_BUDGET_BYTES } from '../limits';

/** Rows of one sheet, over one or more runs of columns ([first, last], 1-based). */
export interface Piece {
  sheet: number;
  fromRow: number;
  toRow: number;
  runs: [number, number][];
}

export const widthOf = (p: Piece): number => p.runs.reduce((n, [a, b]) => n + b - a + 1, 0);
export const cellsOf = (p: Piece): number => (p.toRow - p.fromRow + 1) * widthOf(p);

/** JSON bytes of one cell value as Office.js sends it, with its separator. */
export function cellBytes(v: unknown): number {
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return (v ? 4 : 5) + 1;
  if (typeof v !== 'string') return 5;
  let bytes = 3; // quotes and separator
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes per cell, measured per sheet and column on what was read. */
export class Estimator {
  /** Per sheet: bytes and cells by column (index = column), and the sheet's totals. */
  private readonly sheets = new Map<number, { bytes: number[]; cells: number[]; total: number; n: number }>();
  private all = { bytes: 0, cells: 0 };

  /** Adds the cells of one row, read from `column` on; returns their bytes. */
  observe(sheet: number, column: number, row: readonly unknown[]): number {
    let s = this.sheets.get(sheet);
    if (!s) this.sheets.set(sheet, (s = { bytes: [], cells: [], total: 0, n: 0 }));
    let total = 2;
    for (let i = 0; i < row.length; i++) {
      const b = cellBytes(row[i]);
      const c = column + i;
      s.bytes[c] = (s.bytes[c] ?? 0) + b;
      s.cells[c] = (s.cells[c] ?? 0) + 1;
      total += b;
    }
    s.total += total - 2;
    s.n += row.length;
    this.all.bytes += total - 2;
    this.all.cells += row.length;
    return total;
  }

  perCell(sheet: number, column: number): number {
    const s = this.sheets.get(sheet);
    if (s?.cells[column]) return s.bytes[column] / s.cells[column];
    if (s?.n) return s.total / s.n;
    return this.all.cells ? this.all.bytes / this.all.cells : INITIAL_BYTES_PER_CELL;
  }

  /** Estimated bytes of one row of a piece. */
  rowBytes(p: Piece): number {
    let bytes = 2;
    for (const [a, b] of p.runs) for (let c = a; c <= b; c++) bytes += this.perCell(p.sheet, c);
    return bytes;
  }
}

/**
 * What limits the next chunk: the budget, the estimate's margin (doubled after
 * a refusal, easing back after each chunk that comes through) and, after a
 * refusal, a ceiling of cells below the smallest chunk that failed.
 */
export class ChunkSizer {
  private factor = 1;
  private ceiling = Infinity;

  constructor(private readonly budget = READ_BUDGET_BYTES) {}

  /** A chunk of `cells` cells came back too large. */
  refused(cells: number): void {
    this.ceiling = Math.min(this.ceiling, cells - 1);
    this.factor *= 2;
  }

  passed(): void {
    this.factor = Math.max(1, this.factor * 0.75);
  }

  get maxCells(): number {
    return this.ceiling;
  }

  /** Takes rows from the pending pieces (in order) until the estimated response fills the budget. */
  next(pending: Piece[], estimate: Estimator): Piece[] {
    let bytes = this.budget / this.factor;
    let cells = this.ceiling;
    const batch: Piece[] = [];
    while (pending.length > 0 && bytes > 0 && cells > 0) {
      const p = pending[0];
      const rowBytes = estimate.rowBytes(p);
      const width = widthOf(p);
      const fit = Math.min(p.toRow - p.fromRow + 1, Math.floor(bytes / rowBytes), Math.floor(cells / width));
      if (fit < 1 && batch.length > 0) break;
      const rows = Math.max(1, fit);
      batch.push({ ...p, toRow: p.fromRow + rows - 1 });
      bytes -= rows * rowBytes;
      cells -= rows * width;
      if (p.fromRow + rows > p.toRow) pending.shift();
      else pending[0] = { ...p, fromRow: p.fromRow + rows };
    }
    return batch;
  }
}

/** A refused chunk: its pieces go back in front of the pending ones, to be read again in smaller chunks. */
export function putBack(pending: Piece[], batch: Piece[]): void {
  const first = pending[0];
  const last = batch[batch.length - 1];
  // The piece the batch ended inside continues where the batch's part of it began.
  if (first && last && first.sheet === last.sheet && first.fromRow === last.toRow + 1 && sameRuns(first, last)) {
    pending[0] = { ...first, fromRow: last.fromRow };
    batch = batch.slice(0, -1);
  }
  pending.unshift(...batch);
}

function sameRuns(a: Piece, b: Piece): boolean {
  return a.runs.length === b.runs.length && a.runs.every(([x, y], i) => b.runs[i][0] === x && b.runs[i][1] === y);
}
