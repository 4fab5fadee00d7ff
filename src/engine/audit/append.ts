/**
 * `_log` rows as writes: stamped entries become rows appended after the last
 * one, the seal is updated, and the sheet is created (hidden, protected) when
 * missing. Done by the engine while it still has the snapshot, so both
 * adapters only write cells and need no log logic of their own.
 */
import type { LogEntry, Plan, SheetOp, WriteBlock } from '../core/plan';
import type { CellValue } from '../core/cells';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { cellAddress } from '../core/a1';
import { LOG_HEADERS, LOG_MIRROR_COLUMN, LOG_SHEET_WIDTHS, SEAL_COLUMN } from '../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { type Lang, t } from '../../i18n';
import { logRows, logText, parseSeal, sealText } from './chain';
import { LOG_SHEET, type LogTail, logTail } from './tail';

/** The header is ours, not user data: a missing or older header (e.g. without 序号 / 校验码) is rewritten. */
function headerWrite(sheet: SheetSnapshot | undefined, lang: Lang): WriteBlock[] {
  const header = (sheet?.values[0] ?? []).slice(0, LOG_HEADERS[lang].length).map(logText);
  const ok = LOG_HEADERS.zh.every((h, i) => header[i] === h) || LOG_HEADERS.en.every((h, i) => header[i] === h);
  return ok ? [] : [{ sheet: LOG_SHEET, row: 1, column: 1, values: [LOG_HEADERS[lang]] }];
}

function logSheetOp(exists: boolean, password: string): SheetOp {
  return {
    name: LOG_SHEET,
    create: !exists,
    visibility: 'hidden',
    protect: { password },
    ...(exists ? {} : { widths: { ...LOG_SHEET_WIDTHS }, freeze: { rows: 1, columns: 0 } }),
  };
}

/**
 * The seal's second copy in `_settings` (E1), moved on with the log only while the two agree: after `_log` was
 * deleted, emptied, replaced or cut, the copy keeps naming the entries that were lost, so `check` goes on reporting
 * it (verify.ts) instead of a new log hiding it. Written only where `_settings` exists or the plan creates it, and
 * was read (a ledger that never had `_settings` keeps no copy).
 */
function mirrorWrite(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  tail: LogTail,
  last: CellValue[],
  lang: Lang,
): WriteBlock[] {
  const name = HELPER_SHEET_NAMES.settings;
  const sheet = findSheet(snapshot, name);
  const created = plan.sheets.some((s) => s.name === name && s.create);
  if (!created && (!sheet || sheet.partial === 'none' || sheet.partial === 'tail')) return [];
  const kept = sheet && !created ? parseSeal(sheet.values[0]?.[LOG_MIRROR_COLUMN - 1]) : null;
  if (kept && (kept.count !== tail.lastSeq || kept.check !== tail.lastCheck)) return [];
  const text = t(lang, 'security.log.mirror', { count: last[0] as number, check: last[8] as string });
  return [{ sheet: name, row: 1, column: LOG_MIRROR_COLUMN, values: [[text]] }];
}

/**
 * Appends stamped entries to `_log` as writes (rows, header when needed, the
 * seal). The row the entries go to is guarded (plan.expect: still empty), so
 * two people appending from the same stale snapshot cannot overwrite each
 * other's entries. Returns the plan with `log` emptied.
 */
export function appendLogToPlan(
  plan: Plan,
  entries: readonly LogEntry[],
  snapshot: WorkbookSnapshot,
  lang: Lang,
  password = '',
): Plan {
  if (entries.length === 0) return { ...plan, log: [] };
  const sheet = findSheet(snapshot, LOG_SHEET);
  const tail = logTail(snapshot);
  const rows = logRows(entries, tail.lastSeq, tail.lastCheck);
  const last = rows[rows.length - 1];
  const writes: WriteBlock[] = [
    ...headerWrite(sheet, lang),
    {
      sheet: LOG_SHEET,
      row: tail.nextRow,
      column: 1,
      values: rows,
      numberFormats: [null, '@', '@', '@', '@', '@', '@', '@', '@'],
    },
    { sheet: LOG_SHEET, row: 1, column: SEAL_COLUMN, values: [[sealText(last[0] as number, last[8] as string, lang)]] },
    ...mirrorWrite(plan, snapshot, tail, last, lang),
  ];
  const sheets = plan.sheets.some((s) => s.name === LOG_SHEET)
    ? plan.sheets
    : [...plan.sheets, logSheetOp(!!sheet, password)];
  // (A _log that does not exist yet has no row to guard: the plan creates it.)
  const guard = sheet ? [{ sheet: LOG_SHEET, address: cellAddress(tail.nextRow, 1), value: null }] : [];
  return { ...plan, sheets, writes: [...plan.writes, ...writes], log: [], expect: [...(plan.expect ?? []), ...guard] };
}

/**
 * Adapters call this first: a plan that still carries log changes was not
 * finalised; applying it would drop them or write rows outside the chain, so
 * it is refused (a programming error, not a user's).
 */
export function assertLogAppended(plan: Plan): void {
  if (plan.log.length > 0) {
    throw new Error(
      `plan.log has ${plan.log.length} entries: finalize the plan (audit/finalize.ts) before applying it`,
    );
  }
}
