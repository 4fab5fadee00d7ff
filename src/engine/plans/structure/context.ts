/** What the structure planners share while they build one plan. */
import { parseRange } from '../../core/a1';
import { lastUsedColumn } from '../../core/snapshot';
import type { Plan } from '../../core/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../../i18n';
import type { SheetMapping } from '../../read/records';

export interface StructureInfo {
  /** Where each list sheet's columns are once the plan is applied. */
  mappings: Record<string, SheetMapping>;
  createdSheets: string[];
  addedColumns: { sheet: string; header: string; column: number }[];
}

export interface StructureContext {
  snapshot: WorkbookSnapshot;
  lang: Lang;
  plan: Plan;
  info: StructureInfo;
  /** Names a new table cannot take (lower case): the workbook's tables and its workbook-level defined names. */
  usedNames: Set<string>;
}

/** A helper sheet a person made visible is hidden again; a hidden or very hidden one is left as it is. */
export function hideOp(sheet: SheetSnapshot): { visibility?: 'hidden' } {
  return sheet.visibility === 'visible' ? { visibility: 'hidden' } : {};
}

/** A table name not yet used in the workbook: Problems, Problems2, … */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}${i}`;
  used.add(name.toLowerCase());
  return name;
}

/** The widest used column of a sheet (over all rows and tables): new columns go to its right. */
export function maxUsedColumn(sheet: SheetSnapshot): number {
  let max = 0;
  for (let r = 1; r <= sheet.values.length; r++) max = Math.max(max, lastUsedColumn(sheet, r));
  for (const t of sheet.tables) max = Math.max(max, parseRange(t.ref).right);
  return max;
}

/** `{1: w1, 2: w2, …}` for the given widths, left to right from `first`. */
export function widthsFrom(widths: number[], first = 1): Record<number, number> {
  const out: Record<number, number> = {};
  widths.forEach((w, i) => (out[first + i] = w));
  return out;
}
