/**
 * Value blocks (WriteBlock) and formulas. A block is written as 2-D arrays
 * in row chunks, each under the payload budget, with its number formats
 * (one scalar per column of the block) set first. Text is written so that
 * Excel keeps it exactly (text.ts); an engine null is written as '' (empty).
 */
import type { CellValue } from '../../engine/core/cells';
import type { Plan, WriteBlock } from '../../engine/core/plan';
import { blockRef } from '../../engine/core/a1';
import { jsonBytes } from '../limits';
import { toExcelInput } from '../text';
import type { ApplySession } from './batch';

function toInputRows(values: CellValue[][], width: number): (string | number | boolean)[][] {
  return values.map((row) => {
    const out: (string | number | boolean)[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = toExcelInput(c < row.length ? (row[c] ?? null) : null);
    return out;
  });
}

/** The block's number formats, one scalar per column over the block's rows. */
async function writeNumberFormats(s: ApplySession, w: WriteBlock, rows: number): Promise<void> {
  const ws = s.sheet(w.sheet);
  for (let c = 0; c < (w.numberFormats?.length ?? 0); c++) {
    const f = w.numberFormats![c];
    if (f == null) continue;
    await s.reserve(f.length + 40);
    ws.getRange(blockRef(w.row, w.column + c, rows, 1)).numberFormat = f as unknown as string[][];
  }
}

/** Writes a block (a rectangle: short rows are padded with empty cells) in row chunks, each under the budget. */
export async function writeBlock(s: ApplySession, w: WriteBlock): Promise<void> {
  const width = Math.max(w.numberFormats?.length ?? 0, ...w.values.map((r) => r.length), 0);
  if (width === 0 || w.values.length === 0) return;
  const rows = toInputRows(w.values, width);
  await writeNumberFormats(s, w, rows.length);
  const ws = s.sheet(w.sheet);
  let start = 0;
  while (start < rows.length) {
    let bytes = 2;
    let end = start;
    while (end < rows.length) {
      const b = jsonBytes(rows[end]) + 1;
      if (end > start && bytes + b > s.room()) break;
      bytes += b;
      end++;
    }
    // The chunk did not fit into what is left of this request: start a new one.
    if (s.isBatchOpen && bytes > s.room()) {
      await s.flush();
      continue;
    }
    await s.reserve(bytes);
    ws.getRange(blockRef(w.row + start, w.column, end - start, width)).values = rows.slice(start, end);
    s.wrote((end - start) * width);
    start = end;
  }
}

export async function writeValues(s: ApplySession, plan: Plan): Promise<void> {
  for (const w of plan.writes) await writeBlock(s, w);
}

/** Real formulas of our own (generated sheets only). */
export async function writeFormulas(s: ApplySession, plan: Plan): Promise<void> {
  for (const f of plan.formulas) {
    await s.reserve(jsonBytes(f.formula));
    s.sheet(f.sheet).getRange(f.address).formulas = [[f.formula]];
    s.wrote(1);
  }
}
