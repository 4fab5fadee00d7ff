/**
 * A ledger's header block: the titles above it, the file's details typed
 * beside them (`填报人：王魁`), and the header itself — one to four rows, groups
 * over sub-heads (`整改责任单位` over `建设 / 设计 / 施工 / 监理`), cells merged
 * down or across — read as one name per column (`整改责任单位/施工`). No
 * position is assumed: every band of rows near the top is scored by how many
 * of its columns name a column we know, and the best one wins.
 */
import type { MergeRange, SheetReader } from './reader';
import { cellText } from './reader';
import { withoutBracketedNotes } from '../schema/headers';
import { type Detail, type DetailText, detailDate, detailKind, isKnownLabel, parseDetailText } from './details';

export interface BandColumn {
  /** 1-based column in the sheet. */
  column: number;
  /** The column's name: its header's parts, top to bottom, joined with '/'. */
  text: string;
  /** The distinct texts of the header above this column, top to bottom (a group, then its sub-head). */
  parts: string[];
  /** The texts tried against the known columns, best first. */
  candidates: string[];
  /** Set for a column inside a header cell merged across columns with no sub-head of its own: the merge's first column. */
  coveredBy?: number;
}

export interface Band {
  /** First and last header rows (1-based; equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: BandColumn[];
  /** How many columns name a column we know. */
  score: number;
  /** Lines above the header that are neither header nor details (the ledger's title). */
  titles: { row: number; text: string }[];
  /** `label：value` cells above or beside the header. */
  details: Detail[];
}

/** The header's first row is looked for among these first rows. */
export const SCAN_ROWS = 30;
/** A header is at most this many rows. */
export const MAX_BAND = 4;
/** A header part longer than this is not tried as a column's name (a paragraph is no header). */
const MAX_PART = 60;
/** A sub-head is short text. */
const MAX_SUBHEAD = 30;

interface OwnCell {
  column: number;
  text: string;
  value: ReturnType<SheetReader['raw']>;
  merge?: MergeRange;
  detail: DetailText | null;
  /** A detail in a header row: `填报人：王魁`, or `填报单位：` and the value typed in the cell after it. */
  inBandDetail: boolean;
}

/** A header row's detail: every pair names a known label, with its value or with the next cell as its value. */
function bandDetail(detail: DetailText | null): 'pair' | 'label' | null {
  if (!detail || detail.prefix || !detail.pairs.every((p) => isKnownLabel(p.label))) return null;
  if (detail.pairs.every((p) => p.value.trim() !== '')) return 'pair';
  return detail.pairs.length === 1 ? 'label' : null;
}

/** The cells typed in the rows near the top, read once (a 32,767-character cell is read once, not once per band). */
class TopRows {
  private readonly rows = new Map<number, OwnCell[]>();
  private readonly byColumn = new Map<number, Map<number, OwnCell>>();
  constructor(private readonly reader: SheetReader) {}

  own(row: number): OwnCell[] {
    let cells = this.rows.get(row);
    if (cells) return cells;
    cells = [];
    for (let c = 1; c <= this.reader.columnCount; c++) {
      const value = this.reader.raw(row, c);
      const text = cellText(value);
      if (!text) continue;
      const merge = this.reader.mergeAt(row, c);
      cells.push({ column: c, text, value, merge, detail: parseDetailText(text), inBandDetail: false });
    }
    for (let i = 0; i < cells.length; i++) {
      const kind = bandDetail(cells[i].detail);
      if (!kind) continue;
      cells[i].inBandDetail = true;
      // `填报单位：` | 县住建局 — the label's value is the next cell.
      const next = cells[i + 1];
      if (kind === 'label' && next && !next.detail) {
        next.inBandDetail = true;
        i++;
      }
    }
    this.rows.set(row, cells);
    this.byColumn.set(row, new Map(cells.map((x) => [x.column, x])));
    return cells;
  }

  cell(row: number, column: number): OwnCell | undefined {
    this.own(row);
    return this.byColumn.get(row)!.get(column);
  }

  /** The text shown at (row, column) inside a band starting at `top`, '' for a detail or what merges in from above. */
  shown(row: number, column: number, top: number): { text: string; merge?: MergeRange } {
    const m = this.reader.mergeAt(row, column);
    if (m && m.top < top) return { text: '' };
    const cell = this.cell(m ? m.top : row, m ? m.left : column);
    if (!cell || cell.inBandDetail) return { text: '' };
    return { text: cell.text, merge: m };
  }
}

/** The texts a header part is tried as: as written, and without its bracketed note. */
function variantsOf(text: string): string[] {
  if (text.length > MAX_PART) return [];
  const bare = withoutBracketedNotes(text).trim();
  return bare && bare !== text ? [text, bare] : [text];
}

/** Sub-head first, then the sub-head joined to its group, then the groups from the nearest up. */
function candidatesOf(parts: string[]): string[] {
  const n = parts.length;
  const texts = n === 1 ? [parts[0]] : [parts[n - 1], parts[n - 2] + parts[n - 1]];
  for (let i = n - 2; i >= 0; i--) texts.push(parts[i]);
  return [...new Set(texts.flatMap(variantsOf))];
}

/**
 * The texts a column is scored by: only what is its own — a cell of its own, or a merge starting in it, or its own
 * sub-head joined to the group above. A wide cell (a footnote merged across the row under the last data row) shows in
 * every column but names one column at most, so it cannot outscore the real header.
 */
const SCORED = new WeakMap<BandColumn, string[]>();

function scoredCandidates(parts: string[], own: boolean[]): string[] {
  const n = parts.length;
  const texts: string[] = [];
  if (own[n - 1]) texts.push(parts[n - 1]);
  if (n > 1 && own[n - 1]) texts.push(parts[n - 2] + parts[n - 1]);
  for (let i = n - 2; i >= 0; i--) if (own[i]) texts.push(parts[i]);
  return texts.flatMap(variantsOf);
}

function bandColumns(reader: SheetReader, rows: TopRows, top: number, bottom: number): BandColumn[] {
  const out: BandColumn[] = [];
  for (let c = 1; c <= reader.columnCount; c++) {
    const parts: string[] = [];
    const own: boolean[] = [];
    let coveredBy: number | undefined;
    for (let r = top; r <= bottom; r++) {
      const { text, merge } = rows.shown(r, c, top);
      if (!text || parts[parts.length - 1] === text) continue;
      parts.push(text);
      own.push(!merge || merge.left === c);
      if (merge && merge.left !== c) coveredBy = merge.left;
    }
    if (!parts.length) continue;
    const col: BandColumn = { column: c, text: parts.join('/'), parts, candidates: candidatesOf(parts) };
    if (!own.includes(true) && coveredBy !== undefined) col.coveredBy = coveredBy;
    SCORED.set(col, scoredCandidates(parts, own));
    out.push(col);
  }
  return out;
}

function scoreOf(columns: BandColumn[], known: (text: string) => boolean): number {
  let n = 0;
  for (const c of columns) if (c.coveredBy === undefined && (SCORED.get(c) ?? []).some(known)) n++;
  return n;
}

/** Header cells of the band's rows merged down reach the band's last row: the header goes on to there. */
function mergedDownTo(reader: SheetReader, rows: TopRows, from: number, to: number, bottom: number): number {
  let b = bottom;
  for (const m of reader.merges) {
    if (m.top < from || m.top > to || m.bottom <= m.top) continue;
    const cell = rows.cell(m.top, m.left);
    if (cell && !cell.inBandDetail) b = Math.max(b, m.bottom);
  }
  return b;
}

/**
 * The row under a band holds the sub-heads of a group merged across columns in the band: every cell typed in it
 * sits under such a group or under a column the band leaves empty, and is short text.
 */
function isSubHeadRow(reader: SheetReader, rows: TopRows, top: number, bottom: number): boolean {
  const next = bottom + 1;
  if (next > reader.rowCount) return false;
  const groups = reader.merges.filter(
    (m) => m.top >= top && m.top <= bottom && m.bottom === bottom && m.right > m.left,
  );
  if (!groups.length) return false;
  const cells = rows.own(next).filter((x) => !x.inBandDetail);
  let underGroup = 0;
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || cell.text.length > MAX_SUBHEAD) return false;
    if (groups.some((g) => g.left <= cell.column && cell.column <= g.right)) underGroup++;
    else {
      for (let r = top; r <= bottom; r++) if (rows.shown(r, cell.column, top).text) return false;
    }
  }
  return underGroup > 0;
}

/** How far a band starting at `top` must reach, given its first `bottom`: merged-down cells and sub-head rows. */
function forcedBottom(reader: SheetReader, rows: TopRows, top: number, bottom: number): number {
  const cap = Math.min(top + MAX_BAND - 1, reader.rowCount);
  let b = Math.min(bottom, cap);
  for (;;) {
    let next = Math.min(mergedDownTo(reader, rows, top, b, b), cap);
    if (next === b && b < cap && isSubHeadRow(reader, rows, top, b)) next = b + 1;
    if (next === b) return b;
    b = next;
  }
}

/** The bands starting at a row: the one its merges demand, and longer ones while each added row names more columns. */
function bandsAt(reader: SheetReader, rows: TopRows, top: number, known: (t: string) => boolean): Band[] {
  const content = rows.own(top).filter((x) => !x.inBandDetail);
  if (content.length < 2) return [];
  const out: Band[] = [];
  let bottom = forcedBottom(reader, rows, top, top);
  let columns = bandColumns(reader, rows, top, bottom);
  let score = scoreOf(columns, known);
  out.push({ firstRow: top, lastRow: bottom, columns, score, titles: [], details: [] });
  while (bottom < Math.min(top + MAX_BAND - 1, reader.rowCount)) {
    const longer = forcedBottom(reader, rows, top, bottom + 1);
    const cols = bandColumns(reader, rows, top, longer);
    const s = scoreOf(cols, known);
    if (s <= score) break;
    [bottom, columns, score] = [longer, cols, s];
    out.push({ firstRow: top, lastRow: bottom, columns, score, titles: [], details: [] });
  }
  return out;
}

function better(a: Band, b: Band | null): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  return a.lastRow - a.firstRow < b.lastRow - b.firstRow;
}

/**
 * The header band of a sheet, or null when no band names at least two known columns. `known` says whether a text
 * names a column (a list column, an alias, a --map source).
 */
export function findBand(reader: SheetReader, known: (text: string) => boolean): Band | null {
  const rows = new TopRows(reader);
  let best: Band | null = null;
  for (let r = 1; r <= Math.min(SCAN_ROWS, reader.rowCount); r++) {
    for (const band of bandsAt(reader, rows, r, known)) if (band.score >= 2 && better(band, best)) best = band;
  }
  if (!best) return null;
  readAbove(reader, rows, best);
  return best;
}

/** The titles and details above the header, and the details typed beside it in its rows. */
function readAbove(reader: SheetReader, rows: TopRows, band: Band): void {
  for (let r = 1; r <= band.lastRow; r++) {
    const inBand = r >= band.firstRow;
    const cells = rows.own(r);
    const used = new Set<number>();
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (used.has(cell.column) || !cell.detail || (inBand && !cell.inBandDetail)) continue;
      used.add(cell.column);
      if (cell.detail.prefix && !inBand) band.titles.push({ row: r, text: cell.detail.prefix });
      for (const p of cell.detail.pairs) {
        let value: ReturnType<SheetReader['raw']> = p.value.trim();
        // `填报时间：` in one cell and the date in the next: the value is that next cell.
        const next = cells[i + 1];
        if (!value && next && !next.detail && !used.has(next.column) && cell.detail.pairs.length === 1) {
          value = next.value;
          used.add(next.column);
        }
        band.details.push(detailOf(p.label, value, r, cell.column));
      }
    }
    if (inBand) continue;
    for (const cell of cells) if (!used.has(cell.column)) band.titles.push({ row: r, text: cell.text });
  }
}

function detailOf(label: string, value: ReturnType<SheetReader['raw']>, row: number, column: number): Detail {
  const kind = detailKind(label);
  const d: Detail = { label, value, kind, row, column };
  if (kind === 'feedbackDate' || kind === 'inspectionDate' || kind === 'fillingDate') {
    const date = detailDate(value);
    if (date) d.date = date;
  }
  return d;
}
