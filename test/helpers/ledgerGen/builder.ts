/** A sheet being written row by row, with the rows that are not problems noted for the manifest. */
import type { GenCell, GenSheet, GenValue, NonProblemKind, NonProblemRow } from './types';

export function colLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const text = (v: string): GenValue => ({ t: 's', v });

export class SheetBuilder {
  readonly cells: GenCell[] = [];
  readonly merges: string[] = [];
  readonly nonProblems: NonProblemRow[] = [];
  /** The last row written (rows are written top to bottom). */
  row = 0;

  constructor(
    readonly name: string,
    readonly width: number,
  ) {}

  set(r: number, c: number, value: GenValue, style: { bold?: boolean; wrap?: boolean } = {}): void {
    this.cells.push({ r, c, value, ...style });
    if (r > this.row) this.row = r;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push(`${colLetters(c1)}${r1}:${colLetters(c2)}${r2}`);
    if (r2 > this.row) this.row = r2;
  }

  /** Starts a new row (optionally after blank ones) and returns its number. */
  next(blank = 0): number {
    this.row += blank + 1;
    return this.row;
  }

  note(row: number, kind: NonProblemKind, text: string): void {
    this.nonProblems.push({ sheet: this.name, row, kind, text });
  }

  sheet(widths: Record<number, number>): GenSheet {
    return { name: this.name, cells: this.cells, merges: this.merges, widths };
  }
}
