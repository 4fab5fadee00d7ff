/**
 * A1 addresses: 'C7', '$C$7', 'A1:T101', "'问题清单'!A1:T101". The one parser
 * of the code base: rows and columns are 1-based, as Excel counts them.
 */

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 3 → 'C', 28 → 'AB'. */
export function columnLetters(column: number): string {
  let c = column;
  let letters = '';
  while (c > 0) {
    const rem = (c - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return letters;
}

/** Letters of the first columns, built once: addresses are built per cell, on sheets of 60,000 rows. */
const LETTERS: string[] = [];
for (let c = 0; c <= 702; c++) LETTERS.push(columnLetters(c));

/** (7, 3) → 'C7'. */
export function cellAddress(row: number, column: number): string {
  return (LETTERS[column] ?? columnLetters(column)) + row;
}

/** 'AB' → 28. */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/**
 * 'C7' or '$C$7' → { row: 7, column: 3 }, letters in either case. Throws on anything else (a programming error, not
 * user input). Read character by character: a refresh parses every guarded cell's address (7,000 at 1,000 problems),
 * and the regular expression on an upper-cased copy cost several ms of its cold start.
 */
export function parseAddress(address: string): { row: number; column: number } {
  const n = address.length;
  let i = address.charCodeAt(0) === 36 ? 1 : 0; // '$'
  const lettersAt = i;
  let column = 0;
  for (; i < n; i++) {
    const c = address.charCodeAt(i) & ~32; // a-z as A-Z
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  const letters = i - lettersAt;
  if (address.charCodeAt(i) === 36) i++;
  const digitsAt = i;
  let row = 0;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (letters === 0 || i === digitsAt || i !== n) throw new Error(`not an A1 address: ${address}`);
  return { row, column };
}

/** The part of an address after the sheet name: "'Sheet 1'!A1:C3" → 'A1:C3'. */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

/** 'A1:T101' (or one cell, or with a sheet name) → its rectangle, corners in any order. */
export function parseRange(ref: string): CellRect {
  const [a, b = a] = localAddress(ref).split(':');
  const tl = parseAddress(a);
  const br = parseAddress(b);
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.column, br.column),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.column, br.column),
  };
}

/** A rectangle → 'A1:T101'. */
export function rangeRef(r: CellRect): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** (row, column, rows, columns) → 'B2:D9'. */
export function blockRef(row: number, column: number, rows: number, columns: number): string {
  return rangeRef({ top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 });
}

export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

/** A sheet name quoted for a formula: _lists → '_lists', it's → 'it''s'. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
