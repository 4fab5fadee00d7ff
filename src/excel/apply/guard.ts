/**
 * The co-authoring guard (Plan.expect): the cells the plan was computed from
 * are read again in the prep sync, in column runs, and any difference stops
 * the command before anything is written.
 */
import { EngineError } from '../../engine/core/errors';
import type { CellValue } from '../../engine/core/cells';
import type { Plan } from '../../engine/core/plan';
import { blockRef, cellAddress, parseAddress } from '../../engine/core/a1';
import { fromExcelValue } from '../text';
import type { ApplySession } from './batch';

/** Guard cells of one column closer than this many rows are read as one range. */
const GUARD_GAP = 50;

export interface GuardRun {
  sheet: string;
  row: number;
  column: number;
  /** Expected values by row offset; undefined = a cell in between that the plan does not depend on. */
  values: (CellValue | undefined)[];
  range: Excel.Range;
}

/** Same value for the guard's purposes: Excel gives '' for empty and numbers as numbers. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return (a ?? '') === (b ?? '');
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Groups the expected cells by sheet and column. */
function byColumn(plan: Plan): { sheet: string; column: number; cells: Map<number, CellValue> }[] {
  const groups = new Map<string, { sheet: string; column: number; cells: Map<number, CellValue> }>();
  for (const e of plan.expect ?? []) {
    const { row, column } = parseAddress(e.address);
    const k = `${e.sheet}\u0000${column}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sheet: e.sheet, column, cells: new Map() }));
    g.cells.set(row, e.value);
  }
  return [...groups.values()];
}

/** Queues the reads of the guard's cells (prep sync); nearby cells are read as one range. */
export function queueGuard(s: ApplySession, plan: Plan): GuardRun[] {
  const runs: GuardRun[] = [];
  for (const g of byColumn(plan)) {
    const rows = [...g.cells.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] - rows[i - 1] <= GUARD_GAP) continue;
      const from = rows[start];
      const count = rows[i - 1] - from + 1;
      const range = s.sheet(g.sheet).getRange(blockRef(from, g.column, count, 1));
      range.load('values');
      const values: (CellValue | undefined)[] = new Array(count).fill(undefined);
      for (const r of rows.slice(start, i)) values[r - from] = g.cells.get(r) ?? null;
      runs.push({ sheet: g.sheet, row: from, column: g.column, values, range });
      start = i;
    }
  }
  return runs;
}

/** After the prep sync: throws excel.stale when a cell differs from the snapshot. */
export function checkGuard(runs: GuardRun[]): void {
  const stale = runs.flatMap((g) => {
    const actual = g.range.values.map((r) => fromExcelValue(r[0]));
    return g.values.flatMap((v, i) =>
      v === undefined || sameValue(v, actual[i]) ? [] : [{ sheet: g.sheet, cell: cellAddress(g.row + i, g.column) }],
    );
  });
  if (stale.length > 0) {
    throw new EngineError('excel.stale', { sheet: stale[0].sheet, cell: stale[0].cell, count: stale.length });
  }
}
