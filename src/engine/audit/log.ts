/**
 * `_log` — 全程留痕 (DOMAIN §7). Every cell our code changes is recorded as
 * one row: sequence number, time, action, sheet, cell, old value, new value,
 * who, and a check code. The check code chains each row to the one before it
 * (a hash of the previous code and this row's fields), so removing, editing
 * or reordering rows breaks the chain from that row on, and `check` can say
 * where. The hash is not a secret (anyone can recompute it); it makes
 * accidental or casual tampering visible, which is what the office needs.
 *
 * The engine turns `plan.log` into a write block at the end of `_log`
 * (appendLogToPlan) while it still has the snapshot, so both adapters only
 * write cells and need no log logic of their own.
 */
import { HELPER_SHEET_NAMES } from '../schema/layout';
import { Lang, t } from '../../i18n/index';
import {
  CellValue,
  Finding,
  LogEntry,
  Plan,
  SheetSnapshot,
  WorkbookSnapshot,
  WriteBlock,
  cellAddress,
  findSheet,
  isCellError,
} from '../core/model';

export const LOG_SHEET = HELPER_SHEET_NAMES.log;

export const LOG_HEADERS: Record<Lang, string[]> = {
  zh: ['序号', '时间', '操作', '工作表', '单元格', '原值', '新值', '操作人', '校验码'],
  en: ['Seq', 'Time', 'Action', 'Sheet', 'Cell', 'Old value', 'New value', 'User', 'Check'],
};

const LOG_WIDTHS = [7, 20, 14, 12, 10, 28, 28, 12, 16, 40];

/** Column of the seal cell in the header row: the number of entries and the last check code. */
export const SEAL_COLUMN = 10;

export function sealText(count: number, check: string, lang: Lang): string {
  return t(lang, 'log.seal', { count, check });
}

export function parseSeal(v: CellValue | undefined): { count: number; check: string } | null {
  const m = /(\d+)\D.*?([0-9a-f]{14})\s*$/.exec(logText(v));
  return m ? { count: Number(m[1]), check: m[2] } : null;
}

/** cyrb53: a small, well-mixed 53-bit string hash (public domain), as 14 hex digits. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The text a cell value hashes as; stable across a write/read round trip ('' and empty are the same). */
export function logText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Old and new values are stored as text, so that a '=…' value is never taken for a formula and types survive. */
function shown(v: CellValue | undefined): string {
  return logText(v);
}

export function rowCheck(previous: string, seq: number, fields: CellValue[]): string {
  return hash53([previous, String(seq), ...fields.map(logText)].join('\u241f'));
}

/** The rows to append after a log whose last row has sequence `lastSeq` and check code `lastCheck`. */
export function logRows(entries: readonly LogEntry[], lastSeq: number, lastCheck: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let previous = lastCheck;
  let seq = lastSeq;
  for (const e of entries) {
    seq++;
    const fields: CellValue[] = [e.time, e.action, e.sheet, e.address, shown(e.oldValue), shown(e.newValue), e.user];
    const check = rowCheck(previous, seq, fields);
    rows.push([seq, ...fields, check]);
    previous = check;
  }
  return rows;
}

function isEmptyRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((v) => logText(v) === '');
}

/** The log's data rows (after the header), trailing empty rows dropped. */
function dataRows(sheet: SheetSnapshot): { row: number; values: CellValue[] }[] {
  const out: { row: number; values: CellValue[] }[] = [];
  for (let r = 1; r < sheet.values.length; r++) out.push({ row: r + 1, values: sheet.values[r] ?? [] });
  while (out.length && isEmptyRow(out[out.length - 1].values)) out.pop();
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
  if (!sheet || sheet.values.length === 0) return { nextRow: 2, lastSeq: 0, lastCheck: '' };
  const rows = dataRows(sheet);
  const last = rows[rows.length - 1];
  if (!last) return { nextRow: 2, lastSeq: 0, lastCheck: '' };
  const seq = typeof last.values[0] === 'number' ? last.values[0] : Number(logText(last.values[0])) || rows.length;
  return { nextRow: last.row + 1, lastSeq: seq, lastCheck: logText(last.values[8]) };
}

/**
 * Moves `plan.log` into write operations on `_log` (creating the sheet, hidden
 * and protected, when missing) and empties `plan.log`, so an adapter's own
 * fallback appender has nothing left to write twice. The row the entries go
 * to is guarded (plan.expect: still empty), so two people appending from the
 * same stale snapshot cannot overwrite each other's entries.
 */
export function appendLogToPlan(plan: Plan, snapshot: WorkbookSnapshot, lang: Lang, password = ''): Plan {
  if (plan.log.length === 0) return plan;
  const sheet = findSheet(snapshot, LOG_SHEET);
  const tail = logTail(snapshot);
  const writes: WriteBlock[] = [];
  // The header is ours, not user data: a missing or older header (e.g. without 序号 / 校验码) is rewritten.
  const header = (sheet?.values[0] ?? []).slice(0, LOG_HEADERS[lang].length).map(logText);
  const headerOk = LOG_HEADERS.zh.every((h, i) => header[i] === h) || LOG_HEADERS.en.every((h, i) => header[i] === h);
  if (!headerOk) writes.push({ sheet: LOG_SHEET, row: 1, column: 1, values: [LOG_HEADERS[lang]] });
  const rows = logRows(plan.log, tail.lastSeq, tail.lastCheck);
  writes.push({
    sheet: LOG_SHEET,
    row: tail.nextRow,
    column: 1,
    values: rows,
    numberFormats: [null, '@', '@', '@', '@', '@', '@', '@', '@'],
  });
  // The seal beside the header: the chain alone cannot notice rows cut off the end.
  const last = rows[rows.length - 1];
  writes.push({
    sheet: LOG_SHEET,
    row: 1,
    column: SEAL_COLUMN,
    values: [[sealText(last[0] as number, last[8] as string, lang)]],
  });
  const sheets = plan.sheets.some((s) => s.name === LOG_SHEET)
    ? plan.sheets
    : [
        ...plan.sheets,
        {
          name: LOG_SHEET,
          create: !sheet,
          visibility: 'hidden' as const,
          protect: { password },
          ...(sheet
            ? {}
            : { widths: Object.fromEntries(LOG_WIDTHS.map((w, i) => [i + 1, w])), freeze: { rows: 1, columns: 0 } }),
        },
      ];
  // (A _log that does not exist yet has no row to guard: the plan creates it.)
  const expect = sheet
    ? [...(plan.expect ?? []), { sheet: LOG_SHEET, address: cellAddress(tail.nextRow, 1), value: null }]
    : (plan.expect ?? []);
  return { ...plan, sheets, writes: [...plan.writes, ...writes], log: [], expect };
}

/**
 * Adapters call this first: log entries become `_log` rows in exactly one place (appendLogToPlan, via
 * withChangeLog), with the snapshot the plan was computed from, so the chain and the seal are the same whichever
 * surface writes them. A plan that still carries entries was not finalised; applying it would drop them or write
 * rows outside the chain, so it is refused (a programming error, not a user's).
 */
export function assertLogAppended(plan: Plan): void {
  if (plan.log.length > 0) {
    throw new Error(
      `plan.log has ${plan.log.length} entries: run the plan through withChangeLog (or appendLogToPlan) before applying it`,
    );
  }
}

export interface LogContext {
  action: string;
  user: string;
  time: string;
}

/**
 * Log entries for every cell a plan's writes change on the given sheets
 * (the user's list sheets): old value from the snapshot, new from the plan.
 * Cells whose value does not change are not logged (and should not be written).
 */
export function logChanges(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  sheets: readonly string[],
  ctx: LogContext,
): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const w of plan.writes) {
    if (!sheets.includes(w.sheet)) continue;
    const sheet = findSheet(snapshot, w.sheet);
    w.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = w.row + i;
        const c = w.column + j;
        const old = sheet?.values[r - 1]?.[c - 1] ?? null;
        if (logText(old) === logText(value)) return;
        entries.push({ ...ctx, sheet: w.sheet, address: cellAddress(r, c), oldValue: old, newValue: value });
      }),
    );
  }
  return entries;
}

/**
 * The last step before an adapter applies any plan: logs every cell the plan
 * changes on the user's sheets (list sheets, helper sheets other than _log)
 * that the plan has not logged already, then turns the log into writes at the
 * end of `_log`. Generated sheets are not logged cell by cell (they are
 * derived, rebuilt whole, and log one entry per rebuild instead).
 */
export function withChangeLog(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  ctx: LogContext & { lang: Lang; password?: string },
): { plan: Plan; entries: LogEntry[] } {
  const generated = new Set(plan.sheets.filter((s) => s.clear).map((s) => s.name));
  const sheets = [...new Set(plan.writes.map((w) => w.sheet))].filter((n) => n !== LOG_SHEET && !generated.has(n));
  const seen = new Set(plan.log.map((e) => `${e.sheet}!${e.address}`));
  const extra = logChanges(plan, snapshot, sheets, ctx).filter((e) => !seen.has(`${e.sheet}!${e.address}`));
  const entries = [...plan.log, ...extra];
  return { plan: appendLogToPlan({ ...plan, log: entries }, snapshot, ctx.lang, ctx.password ?? ''), entries };
}

/**
 * Verifies `_log`: sequence numbers must run 1, 2, 3… without gaps and every
 * check code must match its row and the row before. Returns at most one
 * finding (the first break), as a warning: the log cannot be repaired, only
 * noticed.
 */
export function checkLog(snapshot: WorkbookSnapshot, lang: Lang): Finding[] {
  const sheet = findSheet(snapshot, LOG_SHEET);
  if (!sheet) return [];
  const header = LOG_HEADERS[lang];
  let previous = '';
  let expected = 1;
  for (const { row, values } of dataRows(sheet)) {
    const seq = values[0];
    const fields = values.slice(1, 8);
    while (fields.length < 7) fields.push(null);
    const finding = (code: string, column: number, key: 'log.gap' | 'log.broken' | 'log.rowEmpty') => [
      {
        sheet: LOG_SHEET,
        row,
        column: header[column - 1],
        cell: cellAddress(row, column),
        severity: 'warning' as const,
        code,
        message: t(lang, key, { row, expected, found: logText(seq) }),
      },
    ];
    if (isEmptyRow(values)) return finding('log.tampered', 1, 'log.rowEmpty');
    if (typeof seq !== 'number' || seq !== expected) return finding('log.tampered', 1, 'log.gap');
    const check = rowCheck(previous, seq, fields);
    if (logText(values[8]) !== check) return finding('log.tampered', 9, 'log.broken');
    previous = check;
    expected++;
  }
  const seal = parseSeal(sheet.values[0]?.[SEAL_COLUMN - 1]);
  const count = expected - 1;
  if (count > 0 && (!seal || seal.count !== count || seal.check !== previous)) {
    return [
      {
        sheet: LOG_SHEET,
        row: 1,
        column: '',
        cell: cellAddress(1, SEAL_COLUMN),
        severity: 'warning',
        code: 'log.tampered',
        message: t(lang, 'log.sealMismatch', { count, sealed: seal ? seal.count : '?' }),
      },
    ];
  }
  return [];
}
