/**
 * Verifying `_log` (docs/LOG.md): sequence numbers run 1, 2, 3… without gaps,
 * every check code matches its row and the row before, and the seal beside
 * the header agrees with the last row. Finds the first break only: the log
 * cannot be repaired, only noticed.
 */
import { cellAddress } from '../core/a1';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { type Lang, type MessageKey, type MessageParams, t } from '../../i18n';
import { LOG_HEADERS, LOG_MIRROR_COLUMN, SEAL_COLUMN } from '../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { logText, parseSeal, rowCheck } from './chain';
import { LOG_SHEET, isEmptyLogRow, logDataRows } from './tail';

export interface LogBreak {
  sheet: string;
  row: number;
  column: number;
  header: string;
  message: MessageKey;
  params: MessageParams;
}

/** The first place where `_log` was removed, edited or reordered; null when the chain and the seal hold. */
export function verifyLog(snapshot: WorkbookSnapshot, lang: Lang): LogBreak | null {
  const sheet = findSheet(snapshot, LOG_SHEET);
  if (!sheet) return null;
  const header = LOG_HEADERS[lang];
  let previous = '';
  let expected = 1;
  for (const { row, values } of logDataRows(sheet)) {
    const seq = values[0];
    const fields = values.slice(1, 8);
    while (fields.length < 7) fields.push(null);
    const params = { row, expected, found: logText(seq) };
    const at = (column: number, message: MessageKey): LogBreak => ({
      sheet: LOG_SHEET,
      row,
      column,
      header: header[column - 1],
      message,
      params,
    });
    if (isEmptyLogRow(values)) return at(1, 'log.rowEmpty');
    if (typeof seq !== 'number' || seq !== expected) return at(1, 'log.gap');
    const check = rowCheck(previous, seq, fields);
    if (logText(values[8]) !== check) return at(9, 'log.broken');
    previous = check;
    expected++;
  }
  const seal = parseSeal(sheet.values[0]?.[SEAL_COLUMN - 1]);
  const count = expected - 1;
  if (count > 0 && (!seal || seal.count !== count || seal.check !== previous)) {
    const params = { count, sealed: seal ? seal.count : '?' };
    return {
      sheet: LOG_SHEET,
      row: 1,
      column: SEAL_COLUMN,
      header: cellAddress(1, SEAL_COLUMN),
      message: 'log.sealMismatch',
      params,
    };
  }
  return null;
}

/**
 * `_log` deleted, emptied, replaced or cut, seen from the seal's second copy in `_settings` (E1, written with
 * every append while the two agree — audit/append.ts): the entry it names must still be in `_log` with its check
 * code. A ledger that never had a log (no copy) is fine; so is one whose `_settings` was deleted too (then nothing
 * is left to tell).
 */
export function verifyLogKept(snapshot: WorkbookSnapshot, lang: Lang): LogBreak | null {
  const settings = findSheet(snapshot, HELPER_SHEET_NAMES.settings);
  const kept = settings ? parseSeal(settings.values[0]?.[LOG_MIRROR_COLUMN - 1]) : null;
  if (!settings || !kept || kept.count === 0) return null;
  const params = { count: kept.count, check: kept.check };
  const sheet = findSheet(snapshot, LOG_SHEET);
  if (!sheet) {
    const header = t(lang, 'security.log.mirrorLabel');
    return { sheet: settings.name, row: 1, column: LOG_MIRROR_COLUMN, header, message: 'security.log.deleted', params };
  }
  const rows = logDataRows(sheet);
  const header = LOG_HEADERS[lang];
  if (rows.length === 0) {
    return { sheet: LOG_SHEET, row: 2, column: 1, header: header[0], message: 'security.log.emptied', params };
  }
  const entry = rows.find((r) => r.values[0] === kept.count);
  if (entry && logText(entry.values[8]) === kept.check) return null;
  const row = entry?.row ?? rows[rows.length - 1].row;
  return { sheet: LOG_SHEET, row, column: 9, header: header[8], message: 'security.log.replaced', params };
}
