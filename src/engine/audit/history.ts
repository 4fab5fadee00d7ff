/**
 * Reading `_log` back as history: which cell changed when, from what to what
 * (docs/LOG.md). The progress report uses it for "since a date" (closed,
 * added, deadlines changed); re-import uses the values import last wrote
 * (importBase). It reads what the log says and says how far back the log
 * reaches.
 */
import { cellAddress, parseAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { findSheet } from '../core/snapshot';
import { t } from '../../i18n';
import { type AddedRowsEntry, parseAddedRows, rowCheckCode } from './addedRows';
import { logText } from './chain';
import { LOG_SHEET, logDataRows } from './tail';

export interface LoggedChange {
  /** 'YYYY-MM-DD HH:mm:ss' as written (local time of the run). */
  time: string;
  action: string;
  sheet: string;
  row: number;
  column: number;
  oldValue: string;
  newValue: string;
  user: string;
}

/** One `_log` row as text, with its position in the log. */
interface Entry {
  pos: number;
  time: string;
  action: string;
  sheet: string;
  address: string;
  oldValue: string;
  newValue: string;
  user: string;
}

function readEntries(snapshot: WorkbookSnapshot): Entry[] {
  const sheet = findSheet(snapshot, LOG_SHEET);
  if (!sheet) return [];
  const out: Entry[] = [];
  for (const { values } of logDataRows(sheet)) {
    const [, time, action, sheetName, address, oldValue, newValue, user] = values.map((v: CellValue) => logText(v));
    out.push({ pos: out.length, time, action, sheet: sheetName, address, oldValue, newValue, user });
  }
  return out;
}

const SINGLE_CELL = /^\$?[A-Z]+\$?\d+$/i;

/**
 * Every single-cell change by cell ('sheet!A1'), oldest first: what a cell
 * held at a point of the log is the old value of its first change after that
 * point, or else what it holds now.
 */
class CellTimeline {
  private readonly changes = new Map<string, { pos: number; old: string }[]>();

  constructor(
    entries: readonly Entry[],
    private readonly snapshot: WorkbookSnapshot,
  ) {
    for (const e of entries) {
      if (!SINGLE_CELL.test(e.address)) continue;
      const key = `${e.sheet}!${e.address.replace(/\$/g, '').toUpperCase()}`;
      let list = this.changes.get(key);
      if (!list) this.changes.set(key, (list = []));
      list.push({ pos: e.pos, old: e.oldValue });
    }
  }

  /** The text of a cell right after log position `pos`. */
  valueAfter(sheet: SheetSnapshot | undefined, name: string, row: number, column: number, pos: number): string {
    const later = this.changes.get(`${name}!${cellAddress(row, column)}`)?.find((c) => c.pos > pos);
    return later ? later.old : logText(sheet?.values[row - 1]?.[column - 1] ?? null);
  }

  /** A row of an added-rows entry as it was when added (cells 1..width). */
  rowAfter(sheet: SheetSnapshot | undefined, entry: AddedRowsEntry, row: number, pos: number): string[] {
    const out: string[] = new Array<string>(entry.width);
    for (let c = 1; c <= entry.width; c++) out[c - 1] = this.valueAfter(sheet, entry.sheet, row, c, pos);
    return out;
  }
}

/**
 * Every logged single-cell change, oldest first. Rows added whole (an
 * import's new rows: one entry per range, audit/addedRows.ts) count as their
 * cells set from empty, to the values they held when added. Other multi-cell
 * entries — rebuilt generated sheets, the day's alert texts — are skipped.
 */
export function logHistory(snapshot: WorkbookSnapshot): LoggedChange[] {
  const entries = readEntries(snapshot);
  let timeline: CellTimeline | undefined;
  const out: LoggedChange[] = [];
  for (const e of entries) {
    const { time, action, user } = e;
    if (SINGLE_CELL.test(e.address)) {
      const { row, column } = parseAddress(e.address);
      out.push({ time, action, sheet: e.sheet, row, column, oldValue: e.oldValue, newValue: e.newValue, user });
      continue;
    }
    const added = parseAddedRows(e.sheet, e.address, e.newValue);
    if (!added) continue;
    timeline ??= new CellTimeline(entries, snapshot);
    const sheet = findSheet(snapshot, added.sheet);
    for (let row = added.top; row <= added.bottom; row++) {
      timeline.rowAfter(sheet, added, row, e.pos).forEach((newValue, i) => {
        if (newValue !== '')
          out.push({ time, action, sheet: added.sheet, row, column: i + 1, oldValue: '', newValue, user });
      });
    }
  }
  return out;
}

const IMPORT_ACTIONS = new Set([t('zh', 'log.action.import'), t('en', 'log.action.import')]);

/**
 * The value an import last wrote into each cell ('sheet!A1' → text), the base
 * of a re-import's three-way comparison (import/update.ts): from single-cell
 * import entries, and from rows an import added whole whose row check still
 * matches once the changes logged since are rolled back. A row changed by
 * hand fails its check and gives no base: a re-import then keeps the
 * ledger's values (audit/addedRows.ts).
 */
export function importBase(snapshot: WorkbookSnapshot): Map<string, string> {
  const entries = readEntries(snapshot);
  let timeline: CellTimeline | undefined;
  const base = new Map<string, string>();
  for (const e of entries) {
    if (!IMPORT_ACTIONS.has(e.action)) continue;
    if (SINGLE_CELL.test(e.address)) {
      base.set(`${e.sheet}!${e.address.replace(/\$/g, '').toUpperCase()}`, e.newValue);
      continue;
    }
    const added = parseAddedRows(e.sheet, e.address, e.newValue);
    if (!added) continue;
    timeline ??= new CellTimeline(entries, snapshot);
    const sheet = findSheet(snapshot, added.sheet);
    for (let row = added.top; row <= added.bottom; row++) {
      const values = timeline.rowAfter(sheet, added, row, e.pos);
      if (rowCheckCode(values, added.width, added.skip) !== added.checks[row - added.top]) continue;
      values.forEach((v, i) => {
        if (added.skip.includes(i + 1)) return;
        const key = `${added.sheet}!${cellAddress(row, i + 1)}`;
        if (v === '') base.delete(key);
        else base.set(key, v);
      });
    }
  }
  return base;
}

/** The date of the oldest entry ('YYYY-MM-DD'), or null for an empty log. */
export function logStartDate(history: readonly LoggedChange[]): string | null {
  const first = history.find((h) => /^\d{4}-\d{2}-\d{2}/.test(h.time));
  return first ? first.time.slice(0, 10) : null;
}
