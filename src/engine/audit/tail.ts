/** Where the next `_log` row goes: the rows after the header, and the last one's sequence number and check code. */
import type { CellValue } from '../core/cells';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { logText } from './chain';

export const LOG_SHEET = HELPER_SHEET_NAMES.log;

export function isEmptyLogRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((v) => logText(v) === '');
}

/** The log's data rows (after the header), trailing empty rows dropped. */
export function logDataRows(sheet: SheetSnapshot): { row: number; values: CellValue[] }[] {
  const out: { row: number; values: CellValue[] }[] = [];
  for (let r = 1; r < sheet.values.length; r++) out.push({ row: r + 1, values: sheet.values[r] ?? [] });
  while (out.length && isEmptyLogRow(out[out.length - 1].values)) out.pop();
  return out;
}

export interface LogTail {
  /** 1-based sheet row the next entry goes to. */
  nextRow: number;
  lastSeq: number;
  lastCheck: string;
}

export function logTail(snapshot: WorkbookSnapshot): LogTail {
  const sheet = findSheet(snapshot, LOG_SHEET);
  const rows = sheet ? logDataRows(sheet) : [];
  const last = rows[rows.length - 1];
  if (!last) return { nextRow: 2, lastSeq: 0, lastCheck: '' };
  const seq = typeof last.values[0] === 'number' ? last.values[0] : Number(logText(last.values[0])) || rows.length;
  return { nextRow: last.row + 1, lastSeq: seq, lastCheck: logText(last.values[8]) };
}
