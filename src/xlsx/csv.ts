/**
 * Reads a .csv (or Excel's tab-separated "Unicode text") into one sheet
 * snapshot, for `import`. The encoding is detected from the bytes, since the
 * file does not say: a byte-order mark (UTF-8, UTF-16), else UTF-8 when the
 * bytes are valid UTF-8, else GB18030 — what Excel and WPS on a Chinese
 * Windows write for "CSV (逗号分隔)". GB18030 is a superset of GBK and
 * GB2312 and is decoded by Node's own TextDecoder (full ICU, the default
 * build), so no library is needed.
 *
 * Values become what Excel shows when it opens the file: plain decimal
 * numbers become numbers, everything else stays text. A number with a
 * leading zero ("001") or more than 15 digits (an ID card number) stays text,
 * as Excel would lose its digits.
 */
import type { CellValue } from '../engine';
import type { SheetSnapshot } from '../engine/core/snapshot';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

/** Decodes the bytes in the encoding detected from them. */
export function decodeCsv(buf: Buffer): CsvText {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  }
}

/** The separator of the first line: comma, tab or semicolon, whichever appears most outside quotes. */
function separatorOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

/** RFC 4180 fields: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseCsv(text: string, sep = separatorOf(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

/** A field as Excel would read it: a plain decimal number becomes a number, anything else stays text. */
export function csvValue(field: string): CellValue {
  if (field === '') return null;
  if (PLAIN_NUMBER.test(field)) {
    const n = Number(field);
    if (Number.isFinite(n)) return n;
  }
  return field;
}

/** One sheet named after the file, its rows the CSV's rows. */
export function csvSheet(buf: Buffer, name: string): { sheet: SheetSnapshot; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(buf);
  const values: CellValue[][] = parseCsv(text).map((fields) => {
    const row = fields.map(csvValue);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return {
    sheet: { name: name.slice(0, 31) || 'CSV', visibility: 'visible', values, formulas: {}, tables: [], merges: [] },
    encoding,
  };
}
