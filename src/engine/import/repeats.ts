/**
 * The same problem met twice in one import: a group's ledger repeating its
 * units' rows, a row copied twice in one file. It is imported once; the
 * report names both rows and, cell by cell, what differs. A cell only the
 * repeat has is added to the row imported (nothing typed is lost); a cell
 * both have with different values keeps the first row's value and is named.
 * Identity columns and row counters (序号) are never compared: they number
 * rows, they do not say what a problem is.
 */
import { logText } from '../audit/chain';
import type { CellValue } from '../core/cells';
import { readDateCell } from '../rules/parseDate';
import type { ListSheetId } from '../schema/columns';
import { listSheet } from '../schema/listSheets';
import type { Lang } from '../../i18n';
import type { OutRow } from './types';
import {
  type FileState,
  type ProblemRows,
  type RowCell,
  type RowValues,
  type RunState,
  type SeenProblem,
  columnFor,
} from './context';
import { isRowCounter } from './identity';
import { fingerprint } from './sources';

/** Keys that identify rather than describe: never compared. */
const IDENTITY_KEYS = new Set(['problems.id', 'responsibilities.problemId', 'tasks.problemId', 'tasks.id']);

const MAX_TEXT = 30;

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > MAX_TEXT ? one.slice(0, MAX_TEXT - 1) + '…' : one;
}

/** A column keeping a translated or cleared value as typed (…（原值）): the column it copies is compared instead. */
function isTypedCopy(name: string): boolean {
  return name.endsWith('（原值）') || name.endsWith(' (as typed)');
}

/** A date column's serial shown as the date a person reads (2021-01-12, not 44208); any other value as logged. */
function cellShown(list: ListSheetId, key: string, value: CellValue): string {
  if (typeof value === 'number' && listSheet(list).columns.find((c) => c.key === key)?.type === 'date') {
    const d = readDateCell(value);
    if (d.kind === 'date') return d.date;
  }
  return logText(value).trim();
}

function label(list: ListSheetId, key: string, lang: Lang): string {
  return listSheet(list).columns.find((c) => c.key === key)?.header[lang] ?? key;
}

/**
 * The cells of a source row by column name (a list column by its header in the lists, so that two files naming it
 * differently still compare; an extra column by its name), each with the header the source gives it.
 */
export function rowCells(run: RunState, row: RowValues, f: FileState): Map<string, RowCell> {
  const cells = new Map<string, RowCell>();
  for (const list of ['problems', 'responsibilities', 'tasks'] as const) {
    for (const [key, value] of Object.entries(row.values[list])) {
      const text = cellShown(list, key, value ?? null);
      if (!text || IDENTITY_KEYS.has(`${list}.${key}`)) continue;
      const name = label(list, key, run.lang);
      const header = columnFor(f, list, key)?.header || name;
      if (!cells.has(name)) cells.set(name, { text, value, list, key, header });
    }
  }
  for (const [name, value] of Object.entries(row.extras)) {
    const text = logText(value ?? null).trim();
    if (!text || name === run.originalIdName || isRowCounter(name) || isTypedCopy(name)) continue;
    if (!cells.has(name)) cells.set(name, { text, value });
  }
  return cells;
}

/** A print of the cells: equal for two rows that say the same, whatever their column order or row counters. */
export function cellsPrint(cells: ReadonlyMap<string, RowCell>): string {
  const entries = [...cells].map(([name, c]) => [name, c.text]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return fingerprint(JSON.stringify(entries));
}

export interface Comparison {
  /** `整改状态 “否”（已导入）/“是”（此行）`, one per column both have with different values. */
  differs: string[];
  /** Columns only the later row has. */
  only: string[];
}

/** What a later row says differently from an earlier row of the same problem. */
export function compareCells(
  earlier: ReadonlyMap<string, RowCell>,
  later: ReadonlyMap<string, RowCell>,
  lang: Lang,
): Comparison {
  const differs: string[] = [];
  const only: string[] = [];
  const pairs = new Set<string>();
  for (const [name, c] of later) {
    const e = earlier.get(name);
    if (!e) {
      only.push(name);
      continue;
    }
    if (e.text === c.text) continue;
    // One source column feeding two list columns (整改时限 and 完成时限) differs once.
    const pair = `${e.text}\u0000${c.text}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const shown = c.header ?? name;
    differs.push(
      lang === 'zh'
        ? `${shown} “${short(e.text)}”（已导入）/“${short(c.text)}”（此行）`
        : `${shown} "${short(e.text)}" (imported) / "${short(c.text)}" (this row)`,
    );
  }
  return { differs, only };
}

/** Puts a cell only the repeat has into the rows the problem became; false when they have no place for it. */
function fillCell(rows: ProblemRows, name: string, cell: RowCell): boolean {
  const target: OutRow | undefined =
    cell.list === 'responsibilities' ? rows.responsibility : cell.list === 'tasks' ? rows.task : rows.problem;
  if (!target) return false;
  if (cell.list && cell.key) {
    if (target.values[cell.key] !== undefined && target.values[cell.key] !== null) return false;
    target.values[cell.key] = cell.value;
  } else {
    if (target.extras[name] !== undefined && target.extras[name] !== null) return false;
    target.extras[name] = cell.value;
  }
  return true;
}

/** Fills what only the repeat has into the earlier problem's rows (when they are this import's); the names filled. */
export function fillFromRepeat(seen: SeenProblem, later: ReadonlyMap<string, RowCell>, only: string[]): string[] {
  if (!seen.rows) return [];
  const filled: string[] = [];
  for (const name of only) {
    const cell = later.get(name)!;
    if (fillCell(seen.rows, name, cell)) {
      filled.push(name);
      seen.cells.set(name, cell);
    }
  }
  return filled;
}
