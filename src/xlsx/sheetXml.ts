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
