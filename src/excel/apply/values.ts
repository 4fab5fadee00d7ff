/**
 * Value blocks (WriteBlock) and formulas. A block is written as 2-D arrays
 * in row chunks, each under the payload budget, with its number formats
 * (one scalar per column of the block) set first. Text is written so that
 * Excel keeps it exactly (text.ts): with an apostrophe where Excel would turn
 * it into something else — except in cells formatted as Text ('@'), which
 * keep what is written as it is, apostrophe included (Available number
 * formats: "Text … displays the content exactly as you type it",
 * https://support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2).
 * Which cells are '@' is known from the block's own formats (`_log`'s text
 * columns) or, for the few cells that would need an apostrophe, read in the
 * prep sync. An engine null is written as '' (empty).
 */
import type { CellValue } from '../../engine/core/cells';
import type { Plan, WriteBlock } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import { blockRef, cellAddress, columnLetters } from '../../engine/core/a1';
import { findSheet } from '../../engine/core/snapshot';
import { jsonBytes } from '../limits';
import { needsTextPrefix, toExcelInput } from '../text';
import type { ApplySession } from './batch';

/** Cells (sheet + '!' + A1) formatted as Text that the plan writes text into. */
export type TextCells = () => Set<string>;

/** Nearby cells of one column that need a look are read as one range. */
const LOOK_GAP = 50;

/**
 * Prep sync: the number format of each cell of an existing sheet that a block
 * writes text into that would need an apostrophe — unless the block sets the
 * column's format itself.
 */
export function queueTextLookups(s: ApplySession, plan: Plan): TextCells {
  const byColumn = new Map<string, { sheet: string; column: number; rows: number[] }>();
  for (const w of plan.writes) {
    if (!findSheet(s.snapshot, w.sheet)) continue;
    w.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (typeof v !== 'string' || !needsTextPrefix(v) || w.numberFormats?.[j] != null) return;
        const k = `${w.sheet}\u0000${w.column + j}`;
        const g = byColumn.get(k) ?? { sheet: w.sheet, column: w.column + j, rows: [] };
        g.rows.push(w.row + i);
        byColumn.set(k, g);
      }),
    );
  }
  const looks: { sheet: string; column: number; from: number; range: Excel.Range }[] = [];
  for (const g of byColumn.values()) {
    const rows = [...new Set(g.rows)].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] - rows[i - 1] <= LOOK_GAP) continue;
      const col = columnLetters(g.column);
      const range = s.sheet(g.sheet).getRange(`${col}${rows[start]}:${col}${rows[i - 1]}`);
      range.load('numberFormat');
      looks.push({ sheet: g.sheet, column: g.column, from: rows[start], range });
      start = i;
    }
  }
  return () => {
    const out = new Set<string>();
    for (const l of looks) {
      l.range.numberFormat.forEach((row, i) => {
        if (row[0] === '@') out.add(`${l.sheet}!${cellAddress(l.from + i, l.column)}`);
      });
    }
    return out;
  };
}

function toInputRows(w: WriteBlock, width: number, text: Set<string>): (string | number | boolean)[][] {
  return w.values.map((row, i) => {
    const out: (string | number | boolean)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v: CellValue = c < row.length ? (row[c] ?? null) : null;
      const isText =
        w.numberFormats?.[c] === '@' ||
        (text.size > 0 && text.has(`${w.sheet}!${cellAddress(w.row + i, w.column + c)}`));
      out[c] = toExcelInput(v, isText);
    }
    return out;
  });
}

/** The block's number formats, one scalar per column over the block's rows. */
async function writeNumberFormats(s: ApplySession, w: WriteBlock, rows: number): Promise<void> {
  for (let c = 0; c < (w.numberFormats?.length ?? 0); c++) {
    const f = w.numberFormats![c];
    if (f == null) continue;
    await s.reserve(f.length + 40);
    s.edit(w.sheet).getRange(blockRef(w.row, w.column + c, rows, 1)).numberFormat = f as unknown as string[][];
  }
}

/** Writes a block (a rectangle: short rows are padded with empty cells) in row chunks, each under the budget. */
export async function writeBlock(s: ApplySession, w: WriteBlock, text: Set<string> = new Set()): Promise<void> {
  // A loop, not Math.max(...rows): a block can have more rows than a call takes arguments.
  const width = widest(w.values, w.numberFormats?.length ?? 0);
  if (width === 0 || w.values.length === 0) return;
  const rows = toInputRows(w, width, text);
  await writeNumberFormats(s, w, rows.length);
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
    s.edit(w.sheet).getRange(blockRef(w.row + start, w.column, end - start, width)).values = rows.slice(start, end);
    s.wrote((end - start) * width);
    start = end;
  }
}

export async function writeValues(s: ApplySession, plan: Plan, text: Set<string>): Promise<void> {
  for (const w of plan.writes) await writeBlock(s, w, text);
}

/** Real formulas of our own (generated sheets only). */
export async function writeFormulas(s: ApplySession, plan: Plan): Promise<void> {
  for (const f of plan.formulas) {
    await s.reserve(jsonBytes(f.formula));
    s.edit(f.sheet).getRange(f.address).formulas = [[f.formula]];
    s.wrote(1);
  }
}
