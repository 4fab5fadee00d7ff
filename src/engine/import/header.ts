/**
 * Finding the header row of a legacy sheet. Hand-made ledgers start with title
 * rows ("XX公司巡察整改台账", a date line, often merged across the width),
 * and their headers may be merged cells or two rows (a group title above
 * sub-headers). We score every candidate row by how many of its cells name a
 * column we know and take the best one: no position is assumed.
 */
import { LIST_SHEETS } from '../schema/listSheets';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { CellValue, isCellError } from '../core/cells';
import { SheetSnapshot } from '../core/snapshot';
import { type CellRect, parseRange } from '../core/a1';

/** A merged area as rows/columns (1-based, inclusive). */
export type MergeRange = CellRect;

/** Reads cells of a snapshot, seeing a merged area's value in every cell of the area (as a reader of the sheet does). */
export class SheetReader {
  readonly merges: MergeRange[];
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly origin = new Map<string, MergeRange>();

  constructor(readonly sheet: SheetSnapshot) {
    this.merges = sheet.merges.map((m) => parseRange(m));
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.origin.set(`${r},${c}`, m);
    }
    this.rowCount = sheet.values.length;
    this.columnCount = sheet.values.reduce((n, row) => Math.max(n, row.length), 0);
  }

  /** The value typed in this very cell (null inside a merge, except its top-left cell). */
  raw(row: number, column: number): CellValue {
    return this.sheet.values[row - 1]?.[column - 1] ?? null;
  }

  mergeAt(row: number, column: number): MergeRange | undefined {
    return this.origin.get(`${row},${column}`);
  }

  /** The value a person sees in this cell: a merged area shows its top-left value everywhere. */
  value(row: number, column: number): CellValue {
    const m = this.mergeAt(row, column);
    return m ? this.raw(m.top, m.left) : this.raw(row, column);
  }
}

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

export interface HeaderColumn {
  /** 1-based column in the source sheet. */
  column: number;
  /** The header as it reads in the source (two-row headers joined as 上/下). */
  text: string;
  /** The texts tried against the layout, best first. */
  candidates: string[];
}

export interface HeaderInfo {
  /** First and last header rows (equal unless the header spans two rows). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
  /** How many columns were recognised. */
  score: number;
}

/** True when a text names a column of one of the three lists, or a source the user mapped with --map. */
export function knownHeader(text: string, mapped: ReadonlySet<string>): boolean {
  if (!text) return false;
  if (mapped.has(normalizeHeader(text))) return true;
  return LIST_SHEETS.some((s) => matchColumn(s, text) !== undefined);
}

const SCAN_ROWS = 30;

/** A merged area wider than half the sheet is a title ("XX巡察整改台账"), not a group above sub-headers. */
function isTitle(m: MergeRange, columnCount: number): boolean {
  return m.right - m.left + 1 > Math.max(2, columnCount / 2);
}

/** The texts a header cell is tried as: as written, and without its bracketed note. */
function variantsOf(text: string): string[] {
  const bare = text.replace(/[(（【[][^)）】\]]*[)）】\]]/g, '').trim();
  return bare && bare !== text ? [text, bare] : [text];
}

function headerColumns(reader: SheetReader, top: number, sub: number | null): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = 1; c <= reader.columnCount; c++) {
    const upperMerge = reader.mergeAt(top, c);
    // A title merged across the sheet is not part of the header.
    const upper = upperMerge && isTitle(upperMerge, reader.columnCount) ? '' : cellText(reader.value(top, c));
    let lower = '';
    if (sub !== null) {
      // A cell merged down from the upper row is the same header, not a sub-header.
      const m = reader.mergeAt(sub, c);
      lower = m && m.top <= top ? '' : cellText(reader.value(sub, c));
    }
    if (!upper && !lower) continue;
    const both = lower && upper && lower !== upper;
    const candidates = (both ? [lower, upper + lower, upper] : [upper || lower]).flatMap(variantsOf);
    const text = both ? `${upper}/${lower}` : upper || lower;
    out.push({ column: c, text, candidates: [...new Set(candidates)] });
  }
  return out;
}

function score(columns: HeaderColumn[], mapped: ReadonlySet<string>): number {
  return columns.filter((h) => h.candidates.some((t) => knownHeader(t, mapped))).length;
}

/**
 * The best header row among the first rows of the sheet, or null when no row
 * names at least two known columns (then the sheet is not a ledger we can read
 * without --map).
 */
export function findHeader(sheet: SheetSnapshot, mapped: ReadonlySet<string> = new Set()): HeaderInfo | null {
  const reader = new SheetReader(sheet);
  let best: HeaderInfo | null = null;
  for (let r = 1; r <= Math.min(SCAN_ROWS, reader.rowCount); r++) {
    const single = headerColumns(reader, r, null);
    const options: HeaderInfo[] = [{ firstRow: r, lastRow: r, columns: single, score: score(single, mapped) }];
    // A merge in this row that spans columns (a group, not a title), or reaches down into the next row, marks a
    // two-row header.
    const twoRow = reader.merges.some(
      (m) =>
        m.top === r && (m.right > m.left || m.bottom > m.top) && m.bottom <= r + 1 && !isTitle(m, reader.columnCount),
    );
    if (twoRow && r < reader.rowCount) {
      const double = headerColumns(reader, r, r + 1);
      options.push({ firstRow: r, lastRow: r + 1, columns: double, score: score(double, mapped) });
    }
    for (const o of options) if (o.score >= 2 && (!best || o.score > best.score)) best = o;
  }
  return best;
}
