/**
 * Cell writes in one worksheet part, made on its XML text: one pass over
 * <sheetData> finds the rows the plan writes (by `r`, or by position where a
 * writer leaves `r` out), rewrites only those rows, and puts new rows in
 * order (after the last, for appended rows). Every other row is copied as
 * text. A cell written keeps its style unless the plan gives a number format
 * (then a copy of its style with that format, styles.ts); a new cell takes
 * the style of its row or column, as ExcelJS gives a new cell.
 */
import type { CellValue } from '../../engine/core/cells';
import { cellAddress, columnLetters, parseRange } from '../../engine/core/a1';
import { isDateFormat } from '../apply/values';
import { cellXml } from './cells';
import type { SharedStrings } from './strings';
import type { Styles } from './styles';
import { PatchUnsupported } from './unsupported';
import { type Attrs, attr, attrsText, elementEnd, findTag, parseAttrs, setAttr, tagEnd } from './xml';

export interface CellEdit {
  value: CellValue;
  /** The plan's number format for the cell, or null to keep the cell's own. */
  format: string | null;
}

/** Row → column → what to write. */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export interface SheetContext {
  styles: Styles;
  strings: SharedStrings;
  date1904: boolean;
}

interface Cell {
  col: number;
  /** The cell's XML as it is in the file, or as written. */
  xml: string;
  /** Whether the cell's XML has its `r` (a cell written always has). */
  hasRef: boolean;
}

/** The column styles of <cols> (a new cell in that column takes it). */
function columnStyles(xml: string, before: number): (col: number) => number | null {
  const ranges: [min: number, max: number, style: number][] = [];
  const cols = findTag(xml, 'cols', 0, before);
  if (cols >= 0) {
    const end = elementEnd(xml, cols, 'cols');
    for (let at = findTag(xml, 'col', cols, end); at >= 0; at = findTag(xml, 'col', at + 1, end)) {
      const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
      const style = attr(a, 'style');
      if (style !== undefined) ranges.push([Number(attr(a, 'min')), Number(attr(a, 'max')), Number(style)]);
    }
  }
  return (col) => {
    for (const [min, max, style] of ranges) if (col >= min && col <= max) return style;
    return null;
  };
}

const GT = 0x3e;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;

/** Whether `<name` starts at byte `at`, followed by a space, `>` or `/`. */
function isTagAt(buf: Buffer, at: number, length: number): boolean {
  const ch = buf[at + length];
  return ch === 0x20 || ch === GT || ch === SLASH || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

const ROW = Buffer.from('<row');
const ROW_END = Buffer.from('</row>');

/** The next `<row` start tag at or after `from`, before `before`; -1 when none. */
function findRow(buf: Buffer, from: number, before: number): number {
  for (let i = buf.indexOf(ROW, from); i >= 0 && i < before; i = buf.indexOf(ROW, i + 1)) {
    if (isTagAt(buf, i, 4)) return i;
  }
  return -1;
}

/** The end (exclusive) of the start tag opening at `at`, in bytes. */
function byteTagEnd(buf: Buffer, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < buf.length; i++) {
    const ch = buf[i];
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === QUOT || ch === APOS) quote = ch;
    else if (ch === GT) return i + 1;
  }
  return -1;
}

/** The row number in the row's start tag; the next after `previous` when it has none. */
function rowNumber(buf: Buffer, at: number, te: number, previous: number): number {
  // `<row r="…` as writers put it, without a search (one per row: 5,000 in a 1,000-problem task list).
  const i =
    buf[at + 4] === 0x20 && buf[at + 5] === 0x72 && buf[at + 6] === 0x3d && buf[at + 7] === QUOT
      ? at + 4
      : buf.indexOf(' r="', at);
  if (i >= 0 && i < te) {
    let n = 0;
    for (let k = i + 4; buf[k] >= 0x30 && buf[k] <= 0x39; k++) n = n * 10 + buf[k] - 0x30;
    return n;
  }
  const r = attr(parseAttrs(buf.toString('utf8', at, te)), 'r');
  return r === undefined ? previous + 1 : Number(r);
}

/** The column of a cell reference: its capital letters, in order ('AB12' → 28, as columnIndex of 'AB'). */
function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
  }
  return col;
}

/** The cells of a row's body, in the file's order, with their columns (by `r`, or the next column where it is missing). */
function rowCells(body: string): Cell[] {
  const out: Cell[] = [];
  let col = 0;
  for (let at = findTag(body, 'c'); at >= 0;) {
    // The cell's extent, as elementEnd finds it, with its start tag's end found once.
    const te = tagEnd(body, at);
    if (te < 0) throw new PatchUnsupported('sheet: a cell without its end');
    let end = te;
    if (body.charCodeAt(te - 2) !== SLASH) {
      const close = body.indexOf('</c>', te);
      if (close < 0) throw new PatchUnsupported('sheet: a cell without its end');
      end = close + 4;
    }
    const quick = body.indexOf(' r="', at);
    const r = quick >= 0 && quick < te ? body.slice(quick + 4, body.indexOf('"', quick + 4)) : undefined;
    const ref = r ?? attr(parseAttrs(body.slice(at, te)), 'r');
    col = ref === undefined ? col + 1 : refColumn(ref);
    out.push({ col, xml: body.slice(at, end), hasRef: ref !== undefined });
    at = findTag(body, 'c', end);
  }
  return out;
}

/**
 * The cells by column, ascending, one per column (the last of a column the file repeats): the file's own list when
 * its columns already ascend, as every writer writes them.
 */
function byColumn(cells: Cell[]): Cell[] {
  for (let i = 1; i < cells.length; i++) {
    if (cells[i].col <= cells[i - 1].col) {
      const byCol = new Map<number, Cell>();
      for (const c of cells) byCol.set(c.col, c);
      return [...byCol.values()].sort((x, y) => x.col - y.col);
    }
  }
  return cells;
}

/** Where column `col` is in cells ascending by column, or where it would go (then `found` is false). */
function place(cells: Cell[], col: number): { at: number; found: boolean } {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].col < col) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, found: lo < cells.length && cells[lo].col === col };
}

/** A shared or array formula's first cell carries the formula of others: overwriting it would lose theirs. */
function isFormulaMaster(cell: string): boolean {
  const f = findTag(cell, 'f');
  return f >= 0 && attr(parseAttrs(cell.slice(f, tagEnd(cell, f))), 'ref') !== undefined;
}

class SheetWriter {
  cells = 0;

  constructor(
    private readonly ctx: SheetContext,
    private readonly colStyle: (col: number) => number | null,
  ) {}

  /** The cell as written; '' when nothing is to be there. */
  private write(row: number, col: number, edit: CellEdit, existing: string | null, rowStyle: number | null): string {
    let base: number | null;
    if (existing !== null) {
      if (isFormulaMaster(existing)) throw new PatchUnsupported('sheet: a write over a shared formula');
      const s = attr(parseAttrs(existing.slice(0, tagEnd(existing, 0))), 's');
      base = s === undefined ? null : Number(s);
    } else base = rowStyle ?? this.colStyle(col);
    const style = edit.format ? this.ctx.styles.withFormat(base ?? 0, edit.format) : base;
    let v = edit.value;
    const fmt = edit.format ?? (base === null ? 'General' : this.ctx.styles.formatOf(base));
    if (typeof v === 'number' && this.ctx.date1904 && isDateFormat(fmt)) v -= 1462;
    this.cells++;
    return cellXml(cellAddress(row, col), v, style, this.ctx.strings);
  }

  /** A row of the file with the edits made; its start tag's `r` set, `spans` fitted. */
  patchRow(r: number, tag: string, body: string, edits: Map<number, CellEdit>): string {
    let a: Attrs = parseAttrs(tag);
    const customFormat = attr(a, 'customFormat');
    const rowStyle = customFormat === '1' || customFormat === 'true' ? Number(attr(a, 's') ?? 0) : null;
    // The cells ascending by column, edited in the edits' order (which numbers new styles and shared strings).
    const cells = byColumn(rowCells(body));
    for (const [col, edit] of edits) {
      const { at, found } = place(cells, col);
      const existing = found ? cells[at].xml : null;
      if (edit.value === null && !edit.format && existing === null) continue;
      const cell = { col, xml: this.write(r, col, edit, existing, rowStyle), hasRef: true };
      if (found) cells[at] = cell;
      else cells.splice(at, 0, cell);
    }
    let first = -1;
    let last = -1;
    // Cells whose `r` the file left out are given theirs: the order no longer tells their column.
    let xml = '';
    for (const cell of cells) {
      if (cell.xml === '') continue;
      if (first < 0) first = cell.col;
      last = cell.col;
      xml += cell.hasRef ? cell.xml : withRef(cell.xml, cellAddress(r, cell.col));
    }
    a = setAttr(a, 'r', String(r));
    if (attr(a, 'spans') !== undefined) a = setAttr(a, 'spans', first >= 0 ? `${first}:${last}` : null);
    return xml || a.length > 1 ? `<row${attrsText(a)}>${xml}</row>` : '';
  }

  newRow(r: number, edits: Map<number, CellEdit>): string {
    const cells = [...edits]
      .sort((x, y) => x[0] - y[0])
      .map(([col, edit]) => (edit.value === null && !edit.format ? '' : this.write(r, col, edit, null, null)))
      .join('');
    return cells ? `<row r="${r}">${cells}</row>` : '';
  }
}

function withRef(cell: string, ref: string): string {
  const head = tagEnd(cell, 0);
  const a = parseAttrs(cell.slice(0, head));
  if (attr(a, 'r') === ref) return cell;
  const rest = cell.slice(head - (cell[head - 2] === '/' ? 2 : 1));
  return `<c${attrsText([['r', ref], ...a.filter(([n]) => n !== 'r')])}${rest}`;
}

/** The last row and column the edits may fill (an empty value without a format creates no cell). */
function reach(edits: SheetEdits): [row: number, col: number] {
  let row = 0;
  let col = 0;
  for (const [r, cells] of edits) {
    for (const [c, e] of cells) {
      if (e.value === null && !e.format) continue;
      row = Math.max(row, r);
      col = Math.max(col, c);
    }
  }
  return [row, col];
}

/** The sheet's <dimension> widened over the cells written. */
function widenDimension(xml: string, maxRow: number, maxCol: number): string {
  const at = findTag(xml, 'dimension');
  if (at < 0 || maxRow === 0) return xml;
  const te = tagEnd(xml, at);
  const a = parseAttrs(xml.slice(at, te));
  const ref = attr(a, 'ref') ?? 'A1';
  let r: ReturnType<typeof parseRange>;
  try {
    r = parseRange(ref.replace(/\$/g, ''));
  } catch {
    return xml;
  }
  const bottom = Math.max(r.bottom, maxRow);
  const right = Math.max(r.right, maxCol);
  if (bottom === r.bottom && right === r.right) return xml;
  const next = `${columnLetters(r.left)}${r.top}:${columnLetters(right)}${bottom}`;
  return xml.slice(0, at) + `<dimension${attrsText(setAttr(a, 'ref', next))}/>` + xml.slice(te);
}

/** An output buffer that grows: untouched rows are copied into it, written rows encoded straight into it. */
class ByteWriter {
  private buf: Buffer;
  length = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  bytes(from: Buffer, start: number, end: number): void {
    this.room(end - start);
    this.length += from.copy(this.buf, this.length, start, end);
  }

  text(s: string): void {
    if (!s) return;
    this.room(Buffer.byteLength(s, 'utf8'));
    this.length += this.buf.write(s, this.length, 'utf8');
  }

  result(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

/** A worksheet part split around its cells: the text before and after <sheetData>'s rows, and where they are. */
interface Split {
  head: string;
  tail: string;
  from: number;
  to: number;
}

function split(buf: Buffer): Split {
  const sd = buf.indexOf('<sheetData');
  if (sd < 0 || !isTagAt(buf, sd, 10)) throw new PatchUnsupported('sheet: no sheetData');
  const te = byteTagEnd(buf, sd);
  if (te < 0) throw new PatchUnsupported('sheet: damaged sheetData');
  if (buf[te - 2] === SLASH)
    return { head: buf.toString('utf8', 0, sd) + '<sheetData>', tail: buf.toString('utf8', te), from: te, to: te };
  const close = buf.indexOf('</sheetData>', te);
  if (close < 0) throw new PatchUnsupported('sheet: sheetData without its end');
  return { head: buf.toString('utf8', 0, te), tail: buf.toString('utf8', close + 12), from: te, to: close };
}

/** What follows </sheetData>, edited by the caller (protection, rules: worksheet.ts). */
export type TailEdit = (tail: string) => string;

/**
 * The worksheet part with the edits written; `cells` counts the cells written.
 * Worked on as bytes: only the rows written are decoded to text, the others are
 * copied as they are (a 10,000-problem task list is over 20 MB of XML).
 */
export function patchSheet(
  buf: Buffer,
  edits: SheetEdits,
  ctx: SheetContext,
  tailEdit: TailEdit = (t) => t,
): { data: Buffer; cells: number } {
  const { head, tail, from, to } = split(buf);
  const writer = new SheetWriter(ctx, columnStyles(head, head.length));
  const wanted = [...edits.keys()].sort((x, y) => x - y);
  const out = new ByteWriter(buf.length + (buf.length >> 3) + 4096);
  const text = (s: string) => out.text(s);
  // The <dimension> is widened first, over every cell the edits may create, so the head is written once.
  out.text(widenDimension(head, ...reach(edits)));
  let copied = from;
  let k = 0;
  let previous = 0;
  let at = findRow(buf, from, to);
  while (at >= 0 && k < wanted.length) {
    const te = byteTagEnd(buf, at);
    if (te < 0) throw new PatchUnsupported('sheet: a row without its end');
    const r = rowNumber(buf, at, te, previous);
    if (r <= previous) throw new PatchUnsupported('sheet: rows out of order');
    previous = r;
    // A row not written is passed over from its start tag (no <row> is inside another), its end never looked for.
    let next = te;
    if (wanted[k] <= r) {
      // The rows before this one are copied as they are; new rows above it go in before it.
      out.bytes(buf, copied, at);
      copied = at;
      while (k < wanted.length && wanted[k] < r) text(writer.newRow(wanted[k], edits.get(wanted[k++])!));
      if (k < wanted.length && wanted[k] === r) {
        const selfClosing = buf[te - 2] === SLASH;
        const end = selfClosing ? te : buf.indexOf(ROW_END, te) + 6;
        if (end < te) throw new PatchUnsupported('sheet: a row without its end');
        const tag = buf.toString('utf8', at, te);
        const body = selfClosing ? '' : buf.toString('utf8', te, end - 6);
        text(writer.patchRow(r, tag, body, edits.get(wanted[k++])!));
        copied = next = end;
      }
    }
    at = findRow(buf, next, to);
  }
  out.bytes(buf, copied, to);
  while (k < wanted.length) text(writer.newRow(wanted[k], edits.get(wanted[k++])!));
  out.text('</sheetData>' + tailEdit(tail));
  return { data: out.result(), cells: writer.cells };
}
