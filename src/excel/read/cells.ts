/**
 * Syncs 3…: the cells a command's scope asks for, `formulas` only (a constant
 * cell's value is there too), in chunks sized by read/plan.ts.
 *
 * The head of each sheet (its first rows) usually came with sync 2, as the
 * sample (outline.ts): it tells how many bytes each column's cells weigh, so
 * even the first chunk is sized to the budget, and it lets the scope decide
 * which columns of the lower rows a command leaves out before any of them is
 * read. A head the sample did not cover (a sheet wider than the sample, a
 * table whose header is lower) is read first, and the lower rows of a sheet
 * whose columns may be left out wait for it.
 *
 *   head   the first rows of the sheets read whole or by their head; the
 *          header row and the last row of a sheet read by its tail;
 *   body   the rest of the sheets read whole: every column, or, when the
 *          whole read would not fit one chunk, only the columns the scope
 *          keeps (a row whose kept cells are all empty is read whole later,
 *          in the second look, so that no row is taken for empty that is not).
 *
 * The first chunk also carries, at no extra round trip, the widths of the
 * columns of the sheets read whole, their merged areas (merges.ts) and the
 * ranges of their conditional formats (rules.ts).
 */
import { columnLetters } from '../../engine/core/a1';
import type { CellValue } from '../../engine/core/cells';
import type { ReadScope } from '../../engine/run/scope';
import { type Degradation, type SyncStats, READ_BUDGET_BYTES } from '../limits';
import { fromExcelValue } from '../text';
import { type ColumnWidths, queueColumnWidths, takeCustomWidths } from './layout';
import { type MergeBand, type MergeMode, mergeModeAfter, queueMerges, takeMerges } from './merges';
import { SAMPLE_COLUMNS, type SheetRead, type Sync } from './outline';
import { ChunkSizer, Estimator, type Piece, cellBytes, cellsOf, putBack } from './plan';
import { type RuleRanges, queueRuleRanges, takeRules } from './rules';
import type { ExistingRule } from './state';

/** A cell whose `formulas` text starts with '=': a formula, or text like '=abc' typed with an apostrophe. */
export interface FormulaCell {
  sheet: number;
  row: number;
  column: number;
  f: string;
}

export interface CellsRead {
  formulaCells: FormulaCell[];
  /** Rows of column-pruned bodies whose kept cells were all empty: their left-out columns, to read in the second look. */
  emptyRows: Piece[];
  rules: Map<string, ExistingRule[]>;
  degraded: Degradation[];
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code) || /payload/i.test(String((e as Error)?.message));
}

const full = (s: SheetRead): [number, number][] => [[1, s.last!.column]];

/** Column runs of 1..width without the skipped columns. */
function keptRuns(width: number, skip: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 1; c <= width; c++) {
    if (skip.includes(c)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** What the first chunk carries besides cells. */
interface Extras {
  widths: ColumnWidths[];
  merges: MergeBand[];
  rules: RuleRanges[];
}

export class CellReader {
  private readonly estimate = new Estimator();
  private readonly sizer = new ChunkSizer();
  private readonly pending: Piece[] = [];
  /** Whole sheets whose lower rows wait for their head (the scope may leave columns out). */
  private readonly deferred = new Map<number, SheetRead>();
  private readonly headLeft = new Map<number, number>();
  private readonly out: CellsRead = { formulaCells: [], emptyRows: [], rules: new Map(), degraded: [] };
  private mergeMode: MergeMode = 'bands';
  private extrasDone = false;
  private done = 0;
  private total = 0;

  constructor(
    private readonly sheets: SheetRead[],
    private readonly scope: ReadScope,
    private readonly sync: Sync,
    private readonly stats: SyncStats,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.plan();
  }

  private byIndex(i: number): SheetRead {
    return this.sheets.find((s) => s.index === i)!;
  }

  /** The rows of the sheet's head, or of its first row for a tail. */
  private headOf(s: SheetRead): number {
    return s.part === 'tail' ? 1 : Math.min(s.last!.row, s.headRows);
  }

  /** Takes the sample of sync 2 (every sheet's, for the estimates); true when it covers the sheet's whole head. */
  private takeSample(s: SheetRead): boolean {
    const head = this.headOf(s);
    const width = s.last!.column;
    const rows = (s.sample?.formulas ?? []) as unknown[][];
    const covered = !!s.sample && width <= SAMPLE_COLUMNS && head <= rows.length;
    if (!covered) {
      rows.forEach((line) => this.estimate.observe(s.index, 1, line.slice(0, width)));
      return false;
    }
    for (let r = 1; r <= head; r++) this.takeLine(s, r, 1, rows[r - 1].slice(0, width));
    return true;
  }

  /** The heads (from the samples, or read first), then the bodies; bodies fitting no single chunk leave columns out. */
  private plan(): void {
    const bodies: SheetRead[] = [];
    for (const s of this.sheets) {
      const { row } = s.last!;
      const head = this.headOf(s);
      const sampled = this.takeSample(s);
      if (!sampled) this.pending.push({ sheet: s.index, fromRow: 1, toRow: head, runs: full(s) });
      if (s.part === 'tail' && row > 1) this.pending.push({ sheet: s.index, fromRow: row, toRow: row, runs: full(s) });
      if (s.part !== 'whole' || row <= head) continue;
      if (s.prunable && !sampled) {
        this.deferred.set(s.index, s);
        this.headLeft.set(s.index, head);
      } else bodies.push(s);
    }
    const bodyOf = (s: SheetRead): Piece => ({
      sheet: s.index,
      fromRow: this.headOf(s) + 1,
      toRow: s.last!.row,
      runs: full(s),
    });
    const bytes = [...bodies, ...this.deferred.values()].reduce((n, s) => {
      const p = bodyOf(s);
      return n + (p.toRow - p.fromRow + 1) * this.estimate.rowBytes(p);
    }, 0);
    // Everything in one chunk anyway: no column is worth leaving out.
    const prune = bytes > READ_BUDGET_BYTES;
    if (!prune) {
      for (const s of this.deferred.values()) bodies.push(s);
      this.deferred.clear();
      this.headLeft.clear();
    }
    for (const s of bodies) {
      if (prune && s.prunable) this.queueBody(s);
      else this.pending.push(bodyOf(s));
    }
    this.total = this.pending.reduce((n, p) => n + cellsOf(p), 0);
  }

  /** Queues a sheet's lower rows with the columns the scope keeps (its head has been read). */
  private queueBody(s: SheetRead): void {
    const head = this.headOf(s);
    s.skipped = this.scope.skipColumns(s.snap, head).filter((c) => c <= s.last!.column);
    const runs = keptRuns(s.last!.column, s.skipped);
    if (runs.length) this.pending.push({ sheet: s.index, fromRow: head + 1, toRow: s.last!.row, runs });
  }

  async run(): Promise<CellsRead> {
    // The first chunk carries the extras: it is sent even when the samples of sync 2 held every cell needed.
    while (this.pending.length > 0 || (!this.extrasDone && this.wholeSheets().length > 0)) {
      const batch = this.sizer.next(this.pending, this.estimate);
      const loaded = batch.map((p) => ({ p, ranges: this.queueLoads(p) }));
      const extras = this.extrasDone ? null : this.queueExtras();
      this.stats.readChunks++;
      try {
        // One sync per chunk is the point: each response must stay under the limit.
        await this.sync();
      } catch (e) {
        this.retry(e, batch, extras);
        continue;
      }
      this.sizer.passed();
      if (extras) this.takeExtras(extras);
      let bytes = 0;
      for (const { p, ranges } of loaded) bytes += this.take(p, ranges);
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, bytes);
      this.onProgress?.(this.done, Math.max(this.total, this.done));
    }
    return this.out;
  }

  /** A refused chunk is read again: in halves when too large, without merged areas when they were what failed. */
  private retry(e: unknown, batch: Piece[], extras: Extras | null): void {
    if (isPayloadTooLarge(e)) {
      const cells = batch.reduce((n, p) => n + cellsOf(p), 0);
      if (cells <= 1) throw e;
      this.sizer.refused(cells);
    } else if (extras && extras.merges.length > 0) {
      this.mergeMode = mergeModeAfter(this.mergeMode, this.wholeSheets());
      if (this.mergeMode === 'none') this.out.degraded.push({ key: 'excel.degraded.merges', params: {} });
    } else throw e;
    putBack(this.pending, batch);
  }

  private wholeSheets(): SheetRead[] {
    return this.sheets.filter((s) => s.part === 'whole');
  }

  private queueLoads(p: Piece): Excel.Range[] {
    const ws = this.byIndex(p.sheet).ws;
    return p.runs.map(([a, b]) => {
      const range = ws.getRange(`${columnLetters(a)}${p.fromRow}:${columnLetters(b)}${p.toRow}`);
      range.load('formulas');
      return range;
    });
  }

  private queueExtras(): Extras {
    const whole = this.wholeSheets();
    return {
      widths: whole.map((s) => queueColumnWidths(s.ws, s.index, s.last!.column)),
      merges: queueMerges(whole, this.mergeMode),
      rules: queueRuleRanges(whole),
    };
  }

  private takeExtras(extras: Extras): void {
    for (const w of extras.widths) {
      const s = this.byIndex(w.sheet);
      s.snap.customWidths = takeCustomWidths(w, s.ws.standardWidth);
    }
    takeMerges(extras.merges);
    this.out.rules = takeRules(extras.rules);
    this.extrasDone = true;
  }

  /** One row's cells from `column` on into the sheet's values; true when any of them holds something. */
  private takeLine(s: SheetRead, r: number, column: number, line: unknown[]): boolean {
    const row: CellValue[] = (s.snap.values[r - 1] ??= []);
    let any = false;
    for (let ci = 0; ci < line.length; ci++) {
      const f = line[ci];
      const v = fromExcelValue(f);
      if (typeof f === 'string' && f.startsWith('='))
        this.out.formulaCells.push({ sheet: s.index, row: r, column: column + ci, f });
      if (v !== null) any = true;
      row[column + ci - 1] = v;
    }
    this.estimate.observe(s.index, column, line);
    return any;
  }

  /** One piece's `formulas` into the sheet's values; returns its bytes. */
  private take(p: Piece, ranges: Excel.Range[]): number {
    const sheet = this.byIndex(p.sheet);
    const pruned = p.runs.length !== 1 || p.runs[0][0] !== 1 || p.runs[0][1] !== sheet.last!.column;
    let bytes = 0;
    const empty: number[] = [];
    for (let ri = 0; ri <= p.toRow - p.fromRow; ri++) {
      const r = p.fromRow + ri;
      let any = false;
      p.runs.forEach(([a], k) => {
        const line = ranges[k].formulas[ri] as unknown[];
        if (this.takeLine(sheet, r, a, line)) any = true;
      });
      if (pruned && !any) empty.push(r);
    }
    for (const range of ranges) bytes += range.formulas.reduce((n, line) => n + rowBytes(line), 2);
    this.done += cellsOf(p);
    this.noteHead(p);
    this.noteEmpty(sheet, empty);
    return bytes;
  }

  /** Once a deferred sheet's head is read, its lower rows are queued with the columns the scope keeps. */
  private noteHead(p: Piece): void {
    // Until its lower rows are queued, every piece of a deferred sheet is part of its head.
    const left = this.headLeft.get(p.sheet);
    if (left === undefined) return;
    const remaining = left - (p.toRow - p.fromRow + 1);
    if (remaining > 0) {
      this.headLeft.set(p.sheet, remaining);
      return;
    }
    this.headLeft.delete(p.sheet);
    const s = this.deferred.get(p.sheet)!;
    this.deferred.delete(p.sheet);
    this.queueBody(s);
  }

  private noteEmpty(sheet: SheetRead, rows: number[]): void {
    if (!rows.length || !sheet.skipped?.length) return;
    const runs = skippedRuns(sheet.skipped);
    for (const r of rows) {
      const prev = this.out.emptyRows[this.out.emptyRows.length - 1];
      if (prev && prev.sheet === sheet.index && prev.toRow === r - 1) prev.toRow = r;
      else this.out.emptyRows.push({ sheet: sheet.index, fromRow: r, toRow: r, runs });
    }
  }
}

/** JSON bytes of a row of values, brackets included. */
function rowBytes(line: readonly unknown[]): number {
  let n = 2;
  for (const v of line) n += cellBytes(v);
  return n;
}

/** The skipped columns as runs. */
function skippedRuns(skip: number[]): [number, number][] {
  const sorted = [...skip].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}
