/**
 * The `_log` hash chain (docs/LOG.md). Every row carries a check code: a hash
 * of the previous row's code, its sequence number and its fields, so removing,
 * editing or reordering rows breaks the chain from that row on, and `check`
 * can say where. The hash is not a secret (anyone can recompute it); it makes
 * accidental or casual tampering visible, which is what an office needs.
 */
import { type CellValue, isCellError } from '../core/cells';
import type { LogEntry } from '../core/plan';
import { type Lang, t } from '../../i18n';

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

/**
 * The text a cell value is logged and hashed as; stable across a write/read
 * round trip ('' and empty are the same). Old and new values are stored as
 * text, so a '=…' value is never taken for a formula.
 */
export function logText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
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
    const fields: CellValue[] = [
      e.time,
      e.action,
      e.sheet,
      e.address,
      logText(e.oldValue),
      logText(e.newValue),
      e.user,
    ];
    const check = rowCheck(previous, seq, fields);
    rows.push([seq, ...fields, check]);
    previous = check;
  }
  return rows;
}

/** The seal beside the header: the number of entries and the last check code (the chain alone cannot see rows cut off the end). */
export function sealText(count: number, check: string, lang: Lang): string {
  return t(lang, 'log.seal', { count, check });
}

export function parseSeal(v: CellValue | undefined): { count: number; check: string } | null {
  // Read in two anchored steps (the count leads, the code ends the text): one pattern spanning both would be
  // tried from every position, quadratic in a long cell.
  const text = logText(v).trim();
  const count = /^\D*?(\d+)\D/.exec(text);
  const check = /[0-9a-f]{14}$/.exec(text);
  return count && check && check.index >= count[0].length ? { count: Number(count[1]), check: check[0] } : null;
}
