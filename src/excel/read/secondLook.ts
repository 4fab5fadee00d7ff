/**
 * The second look, one sync when needed (most ledgers need none):
 *  - the `values` of the cells whose `formulas` text starts with '=': a real
 *    formula's value is its result (kept in `values`, its source in
 *    `formulas`); a quote-prefixed text '=abc' has the same value as its
 *    "formula" and stays text;
 *  - the columns a command left out (scope) of the rows whose other cells
 *    were all empty, so that such a row counts as empty only when it is.
 * Batched by cells (FORMULA_CELLS_PER_SYNC), in column runs.
 */
import type { SheetSnapshot } from '../../engine/core/snapshot';
import { cellAddress, columnLetters } from '../../engine/core/a1';
import { type SyncStats, jsonBytes } from '../limits';
import { fromExcelValue, isRealFormula } from '../text';
import type { CellsRead, FormulaCell } from './cells';
import type { SheetRead, Sync } from './outline';
import type { Piece } from './plan';

/** Rows of one column closer than this are read as one range when fetching formula results. */
const FORMULA_GAP = 20;
/** Cells per sync: a result is rarely long, and this keeps the response far below the limit. */
const FORMULA_CELLS_PER_SYNC = 50_000;

/** A rectangle to look at again: formula cells of one column, or left-out columns of rows that looked empty. */
interface Look {
  sheet: number;
  fromRow: number;
  toRow: number;
  first: number;
  last: number;
  /** The formula cells of a column run; absent for the left-out columns of rows that looked empty. */
  cells?: FormulaCell[];
}

const lookCells = (l: Look): number => (l.toRow - l.fromRow + 1) * (l.last - l.first + 1);

/** Formula cells in column runs: one range per run of nearby cells. */
function formulaLooks(cells: FormulaCell[]): Look[] {
  const byColumn = new Map<string, FormulaCell[]>();
  for (const cell of cells) {
    const k = `${cell.sheet}:${cell.column}`;
    const list = byColumn.get(k);
    if (list) list.push(cell);
    else byColumn.set(k, [cell]);
  }
  const looks: Look[] = [];
  const add = (run: FormulaCell[]) =>
    looks.push({
      sheet: run[0].sheet,
      fromRow: run[0].row,
      toRow: run[run.length - 1].row,
      first: run[0].column,
      last: run[0].column,
      cells: run,
    });
  for (const list of byColumn.values()) {
    let run = [list[0]];
    for (let i = 1; i < list.length; i++) {
      if (list[i].row - run[run.length - 1].row > FORMULA_GAP) {
        add(run);
        run = [];
      }
      run.push(list[i]);
    }
    add(run);
  }
  return looks;
}

function rowLooks(pieces: Piece[]): Look[] {
  return pieces.flatMap((p) =>
    p.runs.map(([first, last]) => ({ sheet: p.sheet, fromRow: p.fromRow, toRow: p.toRow, first, last })),
  );
}

/** A formula run's results into the sheet; returns the response's bytes. */
function takeFormulas(look: Look, range: Excel.Range, sheet: SheetSnapshot): number {
  const values = range.values;
  for (const cell of look.cells!) {
    const v = values[cell.row - look.fromRow][0];
    sheet.values[cell.row - 1][cell.column - 1] = fromExcelValue(v);
    if (isRealFormula(cell.f, v)) sheet.formulas[cellAddress(cell.row, cell.column)] = cell.f;
  }
  return jsonBytes(values);
}

/** Left-out cells of rows that looked empty: values and formulas both, no third look. */
function takeRows(look: Look, range: Excel.Range, sheet: SheetSnapshot): number {
  const values = range.values;
  const formulas = range.formulas;
  formulas.forEach((line, ri) =>
    line.forEach((f, ci) => {
      const r = look.fromRow + ri;
      const v = values[ri][ci];
      (sheet.values[r - 1] ??= [])[look.first + ci - 1] = fromExcelValue(v);
      if (isRealFormula(f, v)) sheet.formulas[cellAddress(r, look.first + ci)] = f;
    }),
  );
  return jsonBytes(formulas) + jsonBytes(values);
}

export async function secondLook(read: CellsRead, sheets: SheetRead[], sync: Sync, stats: SyncStats): Promise<void> {
  const looks = [...rowLooks(read.emptyRows), ...formulaLooks(read.formulaCells)];
  let i = 0;
  while (i < looks.length) {
    const batch: { look: Look; range: Excel.Range }[] = [];
    let size = 0;
    while (i < looks.length && (batch.length === 0 || size + lookCells(looks[i]) <= FORMULA_CELLS_PER_SYNC)) {
      const look = looks[i++];
      const address = `${columnLetters(look.first)}${look.fromRow}:${columnLetters(look.last)}${look.toRow}`;
      const range = sheets[look.sheet].ws.getRange(address);
      if (look.cells) range.load('values');
      else range.load('formulas,values');
      batch.push({ look, range });
      size += lookCells(look);
    }
    stats.readChunks++;
    // One sync per batch of such cells (usually the only one), never one per cell.
    await sync();
    let bytes = 0;
    for (const { look, range } of batch) {
      const sheet = sheets[look.sheet].snap;
      bytes += look.cells ? takeFormulas(look, range, sheet) : takeRows(look, range, sheet);
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, bytes);
  }
}
