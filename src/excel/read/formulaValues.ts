/**
 * The second look at cells whose `formulas` text starts with '=': a real
 * formula (its result goes into `values`, its source into `formulas`) or a
 * quote-prefixed text that merely looks like one.
 */
import type { SheetSnapshot } from '../../engine/core/snapshot';
import { cellAddress, columnLetters } from '../../engine/core/a1';
import { type SyncStats, jsonBytes } from '../limits';
import { fromExcelValue, isRealFormula } from '../text';

export interface FormulaCell {
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
export async function readFormulaValues(
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
