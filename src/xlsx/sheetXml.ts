/**
 * Text fixes to a worksheet part before ExcelJS parses it (see normalize.ts):
 * - rows and cells without an `r` address, which the standard allows (the
 *   position is then the next row, the next column) and some exporters
 *   write; ExcelJS needs every address;
 * - ISO-date cells (t="d", written by some exporters and by Excel's Strict
 *   format): ExcelJS parses their text as a number ("2024-08-01" → 2024).
 *   They become the date's serial number, which is how every other date
 *   reaches the snapshot.
 */

const CELL_WITHOUT_ADDRESS = /<c(?=[\s>/])(?![^>]*\sr\s*=)/;
const ROW_WITHOUT_ADDRESS = /<row(?=[\s>/])(?![^>]*\sr\s*=)/;
const ISO_DATE_CELL = /<c\b[^>]*\st\s*=\s*"d"/;

export function needsAddressFill(xml: string): boolean {
  return CELL_WITHOUT_ADDRESS.test(xml) || ROW_WITHOUT_ADDRESS.test(xml) || ISO_DATE_CELL.test(xml);
}

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** An ISO 8601 date or date-time as a 1900-system serial; null when it is not one. */
export function isoToSerial(text: string): number | null {
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(ms)) return null;
  const serial = ms / 86_400_000 + 25569;
  // Excel counts the fictitious 1900-02-29: serials before 1900-03-01 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

/** Adds the missing row and cell addresses, and turns ISO-date cells into serial numbers. */
export function fillAddresses(xml: string): string {
  let row = 0;
  let col = 0;
  const filled = xml.replace(/<row\b[^>]*?\/?>|<c\b[^>]*?\/?>/g, (tag) => {
    if (tag.startsWith('<row')) {
      const r = /\sr\s*=\s*"(\d+)"/.exec(tag);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      return r ? tag : tag.replace(/^<row/, `<row r="${row}"`);
    }
    const r = /\sr\s*=\s*"([A-Za-z]+)(\d+)"/.exec(tag);
    if (r) {
      col = columnNumber(r[1]);
      return tag;
    }
    col++;
    return tag.replace(/^<c/, `<c r="${columnLetters(col)}${row}"`);
  });
  return filled.replace(
    /<c\b([^>]*?)\st\s*=\s*"d"([^>]*)>(\s*)<v>([^<]*)<\/v>/g,
    (whole, before: string, after: string, space: string, value: string) => {
      const serial = isoToSerial(value);
      return serial === null ? whole : `<c${before}${after}>${space}<v>${serial}</v>`;
    },
  );
}

/**
 * The cells a sheet's merges and data validations may cover together, before ExcelJS reads it: ExcelJS expands
 * both cell by cell, and one `<mergeCell ref="A1:XFD1048576"/>` or a validation over the whole sheet (17 billion
 * cells, in a file of a few KB) ran `check` out of memory. Past the budget (a whole column, or 1,048,576 cells in
 * all: a 50,000-row list with validations on 20 columns) a merge is dropped and a validation's range cut to its
 * first rows.
 */
export const MAX_RANGE_CELLS = 2 ** 20;

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(ref: string): Box | null {
  const m = RANGE.exec(ref);
  if (!m) return null;
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  return { left: Math.min(c1, c2), right: Math.max(c1, c2), top: Math.min(r1, r2), bottom: Math.max(r1, r2) };
}

const cellsOf = (b: Box) => (b.right - b.left + 1) * (b.bottom - b.top + 1);
const refsOf = (refs: string) => refs.split(/\s+/).filter((r) => r !== '');

/** The merge and validation tags of a sheet (the text of each opening tag), in order. */
const RANGE_TAG = /<(?:\w+:)?(mergeCell|dataValidation)\b[^<>]*>/g;
const REF_ATTR = /\s(?:sq)?ref="([^"<>]*)"/;

/**
 * Whether the sheet's merges and validations cover more than MAX_RANGE_CELLS cells, found in the bytes without
 * decoding the sheet: only the tags after `<mergeCell` and `<dataValidation ` are read.
 */
export function hasHugeRange(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let total = 0;
  for (const key of ['<mergeCell ', '<dataValidation ']) {
    for (let at = buf.indexOf(key); at >= 0; at = buf.indexOf(key, at + 1)) {
      const end = buf.indexOf('>', at);
      if (end < 0 || end - at > 65_536) continue;
      const ref = REF_ATTR.exec(buf.toString('latin1', at, end))?.[1] ?? '';
      for (const r of refsOf(ref)) {
        const box = boxOf(r);
        total += box ? cellsOf(box) : 0;
        if (total > MAX_RANGE_CELLS) return true;
      }
    }
  }
  return false;
}

/** The sheet with its merges and validations within MAX_RANGE_CELLS cells: merges past it dropped, ranges cut. */
export function clipHugeRanges(xml: string): string {
  let left = MAX_RANGE_CELLS;
  return xml.replace(RANGE_TAG, (tag, kind: string) => {
    const ref = REF_ATTR.exec(tag);
    if (!ref) return tag;
    const kept: string[] = [];
    let first = '';
    for (const r of refsOf(ref[1])) {
      const box = boxOf(r);
      if (!box) {
        kept.push(r);
        continue;
      }
      first ||= `${columnLetters(box.left)}${box.top}`;
      const cells = cellsOf(box);
      if (cells <= left) {
        left -= cells;
        kept.push(r);
        continue;
      }
      if (kind === 'mergeCell') return '';
      const width = box.right - box.left + 1;
      const rows = Math.floor(left / width);
      if (rows < 1) continue;
      left -= rows * width;
      kept.push(`${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.top + rows - 1}`);
    }
    // A validation keeps its first cell (its children and closing tag stay well-formed without the opening tag's range).
    if (kept.length === 0) return kind === 'mergeCell' ? '' : tag.replace(ref[0], ` sqref="${first || 'A1'}"`);
    return tag.replace(ref[0], ref[0].replace(ref[1], kept.join(' ')));
  });
}
