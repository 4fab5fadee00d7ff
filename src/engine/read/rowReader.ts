/**
 * Reading one row of a list sheet: the mapped cells as raw values and text,
 * and typed fields (dates, list values, counts). Reading never throws on bad
 * content: what cannot be read is kept as typed and reported as a CellIssue.
 */
import { type CellValue, isCellError, isEmptyValue, valueText } from '../core/cells';
import { cellAt } from '../core/snapshot';
import type { SheetSnapshot } from '../core/snapshot';
import type { MessageKey } from '../../i18n';
import type { IsoDate } from '../rules/dates';
import { readDateCell } from '../rules/parseDate';
import type { AnyListId, ListSheetDef } from '../schema/columns';
import type { ListId } from '../schema/values';
import type { CellIssue, ListsInfo } from './helperSheets';
import type { RecordBase, SheetMapping } from './records';

/** What a time limit gives from one feedback date: a deadline, or the error to report on the row. */
export type ComputedLimit =
  | { ok: true; computed: IsoDate | null | undefined; calendarCovered: boolean; uncoveredYears: readonly number[] }
  | { ok: false; parseError: boolean; code: MessageKey; params: Record<string, string | number> };

export interface RowContext {
  sheet: SheetSnapshot;
  def: ListSheetDef<AnyListId>;
  mapping: SheetMapping;
  lists: ListsInfo;
  issues: CellIssue[];
  /** Deadlines already computed in this read, by feedback date, then time limit (same calendar and settings). */
  deadlines?: Map<string, Map<string, ComputedLimit>>;
  /** Whether the sheet has any formula at all (most ledgers have none: no address to build per row). */
  anyFormula?: boolean;
}

export function hasAnyKey(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

export function issue(
  ctx: RowContext,
  row: number,
  key: string,
  code: string,
  message: MessageKey,
  params: Record<string, string | number>,
  severity: 'error' | 'warning' = 'error',
): void {
  ctx.issues.push({
    sheet: ctx.mapping.sheet,
    row,
    column: ctx.mapping.columns[key] ?? 0,
    header: ctx.mapping.headers[key] ?? key,
    severity,
    code,
    message,
    params,
  });
}

/** The mapped columns as [key, column] pairs, listed once per mapping rather than once per row. */
const mappedLists = new WeakMap<SheetMapping, [string, number][]>();
function mappedColumns(mapping: SheetMapping): [string, number][] {
  let list = mappedLists.get(mapping);
  if (!list) mappedLists.set(mapping, (list = Object.entries(mapping.columns) as [string, number][]));
  return list;
}

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

/**
 * A row of a list, or null when none of its mapped cells (nor an extra column) holds anything. The record reads
 * its cells where the snapshot holds them: copying them into an object per row (and their texts into another)
 * was half the memory a large ledger's records held, all of it copied by the garbage collector.
 */
export function readRow(ctx: RowContext, row: number): RecordBase | null {
  const cells = ctx.sheet.values[row - 1] ?? NO_CELLS;
  const base: RecordBase = { row, cells, columns: ctx.mapping.columns };
  const columns = mappedColumns(ctx.mapping);
  // An error is not empty (its text is its code), nor is a number or a boolean.
  for (let i = 0; i < columns.length; i++) if (!isEmptyValue(cells[columns[i][1] - 1])) return base;
  for (const e of ctx.mapping.extra) if (!isEmptyValue(cellAt(ctx.sheet, row, e.column))) return base;
  return null;
}

/** A mapped cell's value as the snapshot holds it: null when empty, undefined when the column is not mapped. */
export function rawValue(base: RecordBase, key: string): CellValue | undefined {
  const column = base.columns[key];
  if (column === undefined) return undefined;
  const v = base.cells[column - 1];
  return v === undefined ? null : v;
}

/** Whether the record's sheet has that column. */
export function hasColumn(base: RecordBase, key: string): boolean {
  return base.columns[key] !== undefined;
}

/** The mapped cells by column key (for code that keeps a row's values apart from the snapshot). */
export function rawValues(base: RecordBase): Record<string, CellValue> {
  return Object.fromEntries(Object.keys(base.columns).map((k) => [k, rawValue(base, k) as CellValue]));
}

/** The text a person sees in a mapped cell, trimmed ('' when empty or when the column is not mapped). */
export function cellText(base: RecordBase, key: string): string {
  return valueText(rawValue(base, key));
}

/**
 * cellText by column (`base.columns.id`, not `'id'`): the readers name each column at its own place in the code,
 * where V8 reads the mapping's column at a fixed offset; through a key passed along, every read was a lookup.
 */
export function textAt(cells: readonly CellValue[], column: number | undefined): string {
  return column === undefined ? '' : valueText(cells[column - 1]);
}

export function dateField(ctx: RowContext, base: RecordBase, key: string): IsoDate | null | undefined {
  if (!hasColumn(base, key)) return null;
  const d = readDateCell(rawValue(base, key)!);
  if (d.kind === 'empty') return null;
  if (d.kind === 'date') return d.date;
  issue(ctx, base.row, key, 'date.invalid', d.code, { value: d.value });
  return undefined;
}

/** The list a column takes its values from, by key, per sheet definition (looked up once, not per row). */
const columnLists = new WeakMap<ListSheetDef<AnyListId>, Map<string, ListId | undefined>>();
function listOfColumn(def: ListSheetDef<AnyListId>, key: string): ListId | undefined {
  let byKey = columnLists.get(def);
  if (!byKey) columnLists.set(def, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, def.columns.find((c) => c.key === key)?.list);
  return byKey.get(key);
}

export function listField(ctx: RowContext, base: RecordBase, key: string): string {
  const text = cellText(base, key);
  if (!text) return text;
  const list = listOfColumn(ctx.def, key);
  if (!list) return text;
  if (isCellError(rawValue(base, key)) || !ctx.lists.values[list].includes(text)) {
    issue(ctx, base.row, key, 'list.invalid', 'check.list.invalid', {
      value: text,
      allowed: ctx.lists.values[list].join(ctx.mapping.lang === 'zh' ? '、' : ', '),
    });
  }
  return text;
}

export function integerField(ctx: RowContext, base: RecordBase, key: string): number | null {
  const v = rawValue(base, key);
  if (v === undefined || isEmptyValue(v)) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    issue(ctx, base.row, key, 'number.invalid', 'check.number.invalid', { value: cellText(base, key) });
    return null;
  }
  return n;
}
