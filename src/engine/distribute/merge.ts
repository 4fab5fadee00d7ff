/**
 * One returned package against the master: what the unit typed in its own
 * columns (taken, unless the office changed the same cell since it was sent:
 * a conflict), what it changed in the office's columns (refused, cell by
 * cell), rows it added, deleted or moved, rows that are another unit's, and
 * its extension requests. Pure; collect.ts turns the result into writes.
 */
import { cellAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import { valueText } from '../core/cells';
import type { ParsedWorkbook, RecordBase, SheetMapping } from '../read/records';
import { taskStatusOf } from '../read/codes';
import type { IsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { readDateCell } from '../rules/parseDate';
import { TASK_STATUS } from '../schema/values';
import type { ExtensionRequest } from '../extensions';
import { OPEN_COLUMNS, type PackageSheetId, canonicalValue, officeColumns } from './columns';
import { type RowStamp, cellHash, rowStamp, sentCellHash } from './fingerprint';
import type { PackageRow, PackageSheet } from './packageRows';
import { rawValue } from '../read/rowReader';

/** A cell of the master the package changes. */
export interface CellChange {
  sheet: string;
  cell: string;
  id: string;
  column: string;
  old: string;
  new: string;
  /** What is written (a status in the ledger's words, a date as a serial). */
  value: CellValue;
  date: boolean;
  row: number;
  col: number;
}

export type RefusedReason = 'office' | 'conflict' | 'status' | 'date' | 'gone' | 'noColumn';

/** A cell not taken, with where it is in the package. */
export interface RefusedCell {
  reason: RefusedReason;
  sheet: string;
  cell: string;
  id: string;
  column: string;
  /** The master's value now. */
  old: string;
  /** What the package holds. */
  new: string;
}

/** What merging a package found, cell by cell and row by row: what collect reports per package. */
export interface MergeFindings {
  changes: CellChange[];
  refused: RefusedCell[];
  /** `sheet:key` of rows the unit added, deleted; sheets whose rows it reordered; rows of another unit. */
  added: string[];
  deleted: string[];
  reordered: string[];
  foreign: string[];
  requests: ExtensionRequest[];
}

export interface MergeOutcome extends MergeFindings {
  /** The unit's typed values, in order: their fingerprint says whether the same package came back again. */
  typed: string[];
  /** The cells taken, by typedKey, as written (canonical). */
  values: Record<string, string>;
}

/** Master cells as they stand during this collect: what earlier packages of the run wrote wins over the snapshot. */
export type Overlay = Map<string, CellValue>;

interface MasterSide {
  data: ParsedWorkbook;
  lang: 'zh' | 'en';
  overlay: Overlay;
  /** `sheet\u0000key` → owners (units.ts ownersOf). */
  owners: Map<string, Set<string>>;
  today: IsoDate;
}

/** `sheet\u0000key\u0000column` of a unit's cell. */
export const typedKey = (sheet: PackageSheetId, key: string, column: string) => `${sheet}\u0000${key}\u0000${column}`;

function recordIndex(data: ParsedWorkbook): Record<PackageSheetId, Map<string, RecordBase>> {
  const index = { problems: new Map(), tasks: new Map(), reports: new Map() } as Record<
    PackageSheetId,
    Map<string, RecordBase>
  >;
  for (const p of data.problems) if (p.id && !index.problems.has(p.id)) index.problems.set(p.id, p);
  for (const t of data.tasks) if (t.id && !index.tasks.has(t.id)) index.tasks.set(t.id, t);
  for (const r of data.reports)
    if (r.unit.trim() && !index.reports.has(r.unit.trim())) index.reports.set(r.unit.trim(), r);
  return index;
}

const indexCache = new WeakMap<ParsedWorkbook, Record<PackageSheetId, Map<string, RecordBase>>>();
function indexOf(data: ParsedWorkbook) {
  let i = indexCache.get(data);
  if (!i) indexCache.set(data, (i = recordIndex(data)));
  return i;
}

/** The value to write for what the unit typed, or why it is refused. */
function accepted(id: PackageSheetId, key: string, v: CellValue | undefined, lang: 'zh' | 'en') {
  if (key === 'status') {
    const text = valueText(v);
    if (!text) return { value: null as CellValue, date: false };
    const code = taskStatusOf(text);
    return code ? { value: TASK_STATUS[code][lang] as CellValue, date: false } : ('status' as const);
  }
  if (canonicalValue(id, key, v) !== '' && (key === 'doneOn' || key === 'submittedOn')) {
    const d = readDateCell(v ?? null);
    return d.kind === 'date' ? { value: toExcelSerial(d.date) as CellValue, date: true } : ('date' as const);
  }
  const text = valueText(v);
  return { value: (text === '' ? null : text) as CellValue, date: false };
}

function headerOf(mapping: SheetMapping | undefined, pkg: PackageSheet, key: string): string {
  return mapping?.headers[key] ?? pkg.headers[key] ?? key;
}

/** The unit's own columns of one row: taken, or refused as a conflict / unreadable. */
function openCells(
  m: MasterSide,
  pkg: PackageSheet,
  row: PackageRow,
  sent: RowStamp,
  returned: ReadonlyMap<string, string>,
  out: MergeOutcome,
): void {
  const mapping = m.data.mappings[pkg.id];
  const record = indexOf(m.data)[pkg.id].get(row.key);
  for (const k of OPEN_COLUMNS[pkg.id]) {
    const typed = canonicalValue(pkg.id, k, row.value(k));
    out.typed.push(`${typedKey(pkg.id, row.key, k)}\u0000${typed}`);
    // What the unit had: as sent, or as an earlier version of this package brought it in.
    const base = returned.get(typedKey(pkg.id, row.key, k)) ?? sent.sent[k] ?? '';
    if (typed === base) continue;
    const col = mapping?.columns[k];
    const refuse = (reason: RefusedReason, old: string) =>
      out.refused.push({
        reason,
        sheet: pkg.name,
        cell: row.address(k),
        id: row.key,
        column: headerOf(mapping, pkg, k),
        old,
        new: valueText(row.value(k)),
      });
    if (!record || !mapping) {
      refuse('gone', '');
      continue;
    }
    if (col === undefined) {
      refuse('noColumn', '');
      continue;
    }
    const where = `${mapping.sheet}\u0000${record.row}\u0000${col}`;
    const now = m.overlay.has(where) ? m.overlay.get(where) : rawValue(record, k);
    const current = canonicalValue(pkg.id, k, now);
    const value = accepted(pkg.id, k, row.value(k), m.lang);
    if (value === 'status' || value === 'date') {
      refuse(value, current);
      continue;
    }
    const wanted = canonicalValue(pkg.id, k, value.value);
    if (wanted === current) continue;
    // The office changed this cell after sending it, and the unit changed it too: a person decides.
    if (current !== base) {
      refuse('conflict', current);
      continue;
    }
    m.overlay.set(where, value.value);
    out.values[typedKey(pkg.id, row.key, k)] = wanted;
    out.changes.push({
      sheet: mapping.sheet,
      cell: cellAddress(record.row, col),
      id: row.key,
      column: headerOf(mapping, pkg, k),
      old: current,
      new: wanted,
      value: value.value,
      date: value.date,
      row: record.row,
      col,
    });
  }
}

/** The office's columns of one row: any cell whose fingerprint differs was changed by the unit, and is refused. */
/**
 * The office's columns of one row: when the row's fingerprint differs from the one sent, the cells the unit changed
 * are those whose hash differs from the stamp's (or, the stamp lost, whose value differs from the ledger's now).
 */
function officeCells(
  m: MasterSide,
  pkg: PackageSheet,
  row: PackageRow,
  sent: RowStamp,
  stampCells: string | undefined,
  out: MergeOutcome,
): void {
  if (rowStamp(pkg.id, row.key, (k) => row.value(k)).hash === sent.hash) return;
  const mapping = m.data.mappings[pkg.id];
  const record = indexOf(m.data)[pkg.id].get(row.key);
  for (const k of officeColumns(pkg.id)) {
    const v = canonicalValue(pkg.id, k, row.value(k));
    const expected = stampCells === undefined ? undefined : sentCellHash(pkg.id, stampCells, k);
    if (
      expected !== undefined
        ? cellHash(k, v) === expected
        : v === canonicalValue(pkg.id, k, record ? rawValue(record, k) : undefined)
    )
      continue;
    out.refused.push({
      reason: 'office',
      sheet: pkg.name,
      cell: row.address(k),
      id: row.key,
      column: headerOf(mapping, pkg, k),
      old: record ? canonicalValue(pkg.id, k, rawValue(record, k)) : '',
      new: valueText(row.value(k)),
    });
  }
}

/** The extension request typed on a problem row (all three columns, or at least the date asked for). */
function extensionRequest(unit: string, row: PackageRow, today: IsoDate, out: MergeOutcome, pkg: PackageSheet): void {
  const until = readDateCell(row.value('extUntil') ?? null);
  const asked = readDateCell(row.value('extRequestedOn') ?? null);
  const reason = valueText(row.value('extReason'));
  if (until.kind === 'empty' && asked.kind === 'empty' && !reason) return;
  const bad = (k: string) => {
    out.refused.push({
      reason: 'date',
      sheet: pkg.name,
      cell: row.address(k),
      id: row.key,
      column: pkg.headers[k] ?? k,
      old: '',
      new: valueText(row.value(k)),
    });
  };
  if (until.kind !== 'date') return bad('extUntil');
  if (asked.kind === 'invalid') return bad('extRequestedOn');
  out.requests.push({
    problemId: row.key,
    unit,
    askedOn: asked.kind === 'date' ? asked.date : today,
    reason,
    until: until.date,
  });
  out.typed.push(`ext\u0000${row.key}\u0000${until.date}\u0000${reason}`);
}

/** Merges one package's sheets against the rows sent to `unit`. */
export function mergePackage(
  m: MasterSide,
  unit: string,
  sheets: readonly PackageSheet[],
  sentRows: readonly RowStamp[],
  returned: ReadonlyMap<string, string>,
  /** `sheet\u0000key` → the package stamp's cell hashes (absent when the stamp was lost). */
  stampCells: ReadonlyMap<string, string>,
): MergeOutcome {
  const out: MergeOutcome = {
    changes: [],
    refused: [],
    added: [],
    deleted: [],
    reordered: [],
    foreign: [],
    requests: [],
    typed: [],
    values: {},
  };
  for (const pkg of sheets) {
    const sent = sentRows.filter((r) => r.sheet === pkg.id);
    const sentByKey = new Map(sent.map((r) => [r.key, r]));
    const seen = new Set<string>();
    const order: string[] = [];
    for (const row of pkg.rows) {
      const s = sentByKey.get(row.key);
      if (!s || seen.has(row.key)) {
        const owners = m.owners.get(`${pkg.id}\u0000${row.key}`);
        if (owners && !owners.has(unit)) out.foreign.push(`${pkg.name}:${row.key}`);
        else out.added.push(`${pkg.name}:${row.key}`);
        continue;
      }
      seen.add(row.key);
      order.push(row.key);
      officeCells(m, pkg, row, s, stampCells.get(`${pkg.id}\u0000${row.key}`), out);
      // A problem's open columns are an extension request, for the register; never written into 问题清单.
      if (pkg.id === 'problems') extensionRequest(unit, row, m.today, out, pkg);
      else openCells(m, pkg, row, s, returned, out);
    }
    for (const s of sent) if (!seen.has(s.key)) out.deleted.push(`${pkg.name}:${s.key}`);
    const expected = sent.map((s) => s.key).filter((k) => seen.has(k));
    if (expected.some((k, i) => order[i] !== k)) out.reordered.push(pkg.name);
  }
  // A sheet the unit removed: every row sent on it is missing.
  const present = new Set(sheets.map((s) => s.id));
  for (const r of sentRows) if (!present.has(r.sheet)) out.deleted.push(`${r.sheet}:${r.key}`);
  return out;
}
