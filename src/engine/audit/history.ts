/**
 * Reading `_log` back as history: which cell changed when, from what to what
 * (docs/LOG.md). The progress report uses it for "since a date" (closed,
 * added, deadlines changed); it reads what the log says and says how far back
 * the log reaches.
 */
import type { CellValue } from '../core/cells';
import { parseAddress } from '../core/a1';
import type { WorkbookSnapshot } from '../core/snapshot';
import { findSheet } from '../core/snapshot';
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

/** Every logged single-cell change, oldest first (multi-cell entries — rebuilt generated sheets — are skipped). */
export function logHistory(snapshot: WorkbookSnapshot): LoggedChange[] {
  const sheet = findSheet(snapshot, LOG_SHEET);
  if (!sheet) return [];
  const out: LoggedChange[] = [];
  for (const { values } of logDataRows(sheet)) {
    const [, time, action, sheetName, address, oldValue, newValue, user] = values.map((v: CellValue) => logText(v));
    if (!/^\$?[A-Z]+\$?\d+$/i.test(address)) continue;
    const { row, column } = parseAddress(address);
    out.push({ time, action, sheet: sheetName, row, column, oldValue, newValue, user });
  }
  return out;
}

/** The date of the oldest entry ('YYYY-MM-DD'), or null for an empty log. */
export function logStartDate(history: readonly LoggedChange[]): string | null {
  const first = history.find((h) => /^\d{4}-\d{2}-\d{2}/.test(h.time));
  return first ? first.time.slice(0, 10) : null;
}
