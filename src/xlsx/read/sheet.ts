/**
 * One worksheet part read in a single linear pass, straight into the
 * snapshot's shape: no DOM, no recursion, nothing kept of a cell but its
 * value (and formula). The used range is made by the cells that have a value
 * or a formula: <dimension>, styled empty cells and empty rows, however far
 * out, add nothing. A value beyond the row or column limit, or more cells
 * than a sheet may hold, stops the read there with a message naming the
 * limit, so a million-row sheet is refused as soon as its limit is passed.
 *
 * Values as the snapshot wants them (src/engine/core/snapshot.ts): shared
 * and inline strings (rich text flattened), numbers, booleans, errors as
 * { error }, ISO dates (t="d") and date-formatted numbers as 1900-system
 * serials (1904 workbooks shifted); a formula's cached result as its value
 * and its text, shared formulas moved to each cell, under `formulas`. Cells a
 * merge hides are left empty.
 */
import { EngineError } from '../../engine';
import type { CellValue } from '../../engine';
import { isoToSerial } from '../sheetXml';
import { columnLetters, parseAddress } from './address';
import { slideFormula } from './formula';
import type { ReadLimits, ReadTally } from './limits';
import { itemText } from './parts';
import { attributes, decodeXml, tagEnd } from './xml';

export interface SheetContext {
  file: string;
  sheet: string;
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: Readonly<ReadLimits>;
  /** Cells and rows read so far in the workbook (one tally for all its sheets; a sheet read alone: its own). */
  tally?: ReadTally;
  /**
   * What of the cells to read (a command's read scope, src/engine/run/scope.ts; default whole): 'head' the
   * first `headRows` rows, 'tail' the first row and the last, 'none' no cells. The rest of the sheet
   * (merges, protection, tables) is read whatever the part.
   */
  part?: SheetPart;
  headRows?: number;
}

export type SheetPart = 'whole' | 'head' | 'tail' | 'none';

export interface SheetRead {
  values: CellValue[][];
  formulas: Record<string, string>;
  merges: string[];
  protected: boolean;
  frozen?: { rows: number; columns: number };
  cols: { min: number; max: number; width?: number }[];
  defaultColWidth?: number;
  /** Relationship ids of the sheet's tables. */
  tableRels: string[];
  /** Set when only part of the cells was read (as the snapshot marks it): `values` is then as long as the used rows. */
  partial?: 'head' | 'tail' | 'none';
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const MAX_DATE_MS = 8.64e15;
/** A cell's number: row × KEY_ROW + column (columns stay below 2^15 whatever the limit says). */
const KEY_ROW = 32768;
/** Cells that merges may cover, clipped to the cells read, summed over a sheet's merges. */
const MERGE_WORK = 20_000_000;

/**
 * A date-formatted number as the snapshot holds dates: a 1900-system serial,
 * to the millisecond (a 1904 workbook's serials are 1,462 days less).
 */
function dateSerial(v: number, date1904: boolean): CellValue {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return { error: '#VALUE!' };
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function numberValue(text: string, isDate: boolean, date1904: boolean): CellValue {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return { error: '#NUM!' };
  return isDate ? dateSerial(n, date1904) : n;
}

/** Where the name read last by nameAt ends (just past its last character). */
let nameEnd = 0;

/** The tag's local name (prefix dropped), starting at `from` (just past '<'); sets nameEnd. */
function nameAt(xml: string, from: number): string {
  let e = from;
  let colon = -1;
  for (;;) {
    const c = xml.charCodeAt(e);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13 || Number.isNaN(c)) break;
    if (c === 58) colon = e;
    e++;
  }
  nameEnd = e;
  return xml.slice(colon >= 0 ? colon + 1 : from, e);
}

/** Text up to the next '<' from `from`. */
function textFrom(xml: string, from: number): string {
  const lt = xml.indexOf('<', from);
  return xml.slice(from, lt < 0 ? xml.length : lt);
}

/** The offset of the closing tag `</name>` from `from` (prefixes are gone: workbook.ts drops them); the end of the text when absent. */
function closeOf(xml: string, from: number, name: string): number {
  const open = '</' + name;
  for (let i = from; ;) {
    const at = xml.indexOf(open, i);
    if (at < 0) return xml.length;
    const c = xml.charCodeAt(at + open.length);
    if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13) return at;
    i = at + open.length;
  }
}

/** The attributes of a <c> tag the value needs, scanned without building an object (the hot path). */
interface CellTag {
  r: string | undefined;
  t: string | undefined;
  s: string | undefined;
}

function cellTag(xml: string, from: number, to: number, out: CellTag): void {
  out.r = out.t = out.s = undefined;
  let i = from;
  while (i < to) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= to) return;
    let k = eq - 1;
    while (k > i && xml.charCodeAt(k) === 32) k--;
    const nameEndAt = k + 1;
    while (k >= i && xml.charCodeAt(k) !== 32 && xml.charCodeAt(k) !== 58 && xml.charCodeAt(k) !== 10) k--;
    const name = nameEndAt - k === 2 ? xml.charCodeAt(k + 1) : 0;
    let q = eq + 1;
    while (q < to && xml.charCodeAt(q) === 32) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return;
    const end = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0 || end > to) return;
    // one-letter names only: r, t, s (an attribute with a longer name is passed over)
    if (name === 114) out.r = xml.slice(q + 1, end);
    else if (name === 116) out.t = xml.slice(q + 1, end);
    else if (name === 115) out.s = xml.slice(q + 1, end);
    i = end + 1;
  }
}

/** One pass over a worksheet part; state kept on the instance so each element has a small method of its own. */
export class SheetScanner {
  readonly values: CellValue[][] = [];
  /** Formulas by cell number (row × KEY_ROW + column), made A1 addresses once merges have hidden theirs. */
  readonly formulaCells = new Map<number, string>();
  private widest = 0;
  readonly mergeSet = new Map<string, string>();
  readonly cols: SheetRead['cols'] = [];
  readonly tableRels: string[] = [];
  private readonly masters = new Map<string, { text: string; row: number; col: number }>();
  private readonly tag: CellTag = { r: undefined, t: undefined, s: undefined };
  /** Rows after this one end the read of cells (a part read): scanning goes on after </sheetData>. */
  private stopAfterRow = Infinity;
  defaultColWidth: number | undefined;
  isProtected = false;
  frozen: SheetRead['frozen'];
  private readonly tally: ReadTally;
  private row = 0;
  private col = 0;

  constructor(
    private readonly xml: string,
    private readonly ctx: SheetContext,
  ) {
    this.tally = ctx.tally ?? { cells: 0, rows: 0 };
  }

  /** Reads the cells of rows up to `lastRow` only (then skips to the end of <sheetData>), and everything after them. */
  runUpTo(lastRow: number): void {
    this.stopAfterRow = lastRow;
    this.run();
  }

  run(): void {
    const xml = this.xml;
    const n = xml.length;
    let i = 0;
    while (i < n) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === 47) {
        i = lt + 2; // a closing tag: the elements read below find their own
        continue;
      }
      if (next === 33 || next === 63) {
        // <!-- … -->, <![CDATA[ … ]]>, <? … ?>
        const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
        const e = xml.indexOf(close, lt + 2);
        i = e < 0 ? n : e + close.length;
        continue;
      }
      const gt = tagEnd(xml, lt);
      if (gt < 0) break;
      // The common case first, without slicing the name: '<c ' and '<row '.
      const c1 = next;
      const c2 = xml.charCodeAt(lt + 2);
      if (c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47)) {
        i = this.cell(lt + 2, gt);
        continue;
      }
      const name = nameAt(xml, lt + 1);
      const from = nameEnd;
      const to = xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt;
      i = gt + 1;
      if (name === 'c') i = this.cell(from, gt);
      else if (name === 'row') {
        this.rowTag(attributes(xml, from, to));
        if (this.row > this.stopAfterRow) {
          this.row = this.stopAfterRow;
          this.stopAfterRow = Infinity;
          const end = xml.indexOf('</sheetData', lt);
          i = end < 0 ? n : end;
        }
      } else if (name === 'mergeCell') this.mergeCell(attributes(xml, from, to).ref);
      else if (name === 'pane') this.pane(attributes(xml, from, to));
      else if (name === 'col') this.colTag(attributes(xml, from, to));
      else if (name === 'sheetFormatPr') {
        const w = attributes(xml, from, to).defaultColWidth;
        if (w) this.defaultColWidth = parseFloat(w);
      } else if (name === 'sheetProtection') {
        const p = attributes(xml, from, to).sheet;
        this.isProtected = p === '1' || p === 'true';
      } else if (name === 'tablePart') {
        const id = attributes(xml, from, to).id;
        if (id) this.tableRels.push(id);
      }
    }
  }

  private rowTag(a: Record<string, string>): void {
    const r = a.r !== undefined ? parseInt(a.r, 10) : NaN;
    this.row = Number.isFinite(r) && r > 0 ? r : this.row + 1;
    this.col = 0;
  }

  /** A <c> element from just past its name to its '>' at `gt`; returns where scanning goes on. */
  private cell(from: number, gt: number): number {
    const xml = this.xml;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const tag = this.tag;
    cellTag(xml, from, selfClosing ? gt - 1 : gt, tag);
    const addr = tag.r !== undefined ? parseAddress(tag.r) : null;
    if (addr) {
      this.col = addr.col;
      if (this.row === 0) this.row = addr.row;
    } else this.col++;
    const r = addr ? addr.row : this.row;
    const c = this.col;
    if (selfClosing) return gt + 1;
    const end = closeOf(xml, gt + 1, 'c');
    let vText: string | undefined;
    let fText: string | undefined;
    let fAttrs: Record<string, string> | null = null;
    let inline: string | undefined;
    // The cell's children: <f>, <v>, <is> (anything else, e.g. <extLst>, is passed over).
    let j = gt + 1;
    while (j < end) {
      const clt = xml.indexOf('<', j);
      if (clt < 0 || clt >= end) break;
      if (xml.charCodeAt(clt + 1) === 47) {
        j = clt + 2;
        continue;
      }
      const cgt = tagEnd(xml, clt);
      if (cgt < 0) break;
      const cname = nameAt(xml, clt + 1);
      const cSelf = xml.charCodeAt(cgt - 1) === 47;
      j = cgt + 1;
      if (cSelf && cname !== 'f') continue;
      if (cname === 'v') vText = textFrom(xml, cgt + 1);
      else if (cname === 'f') {
        fAttrs = attributes(xml, nameEnd, cSelf ? cgt - 1 : cgt);
        if (!cSelf) fText = decodeXml(textFrom(xml, cgt + 1));
      } else if (cname === 'is') {
        const isEnd = Math.min(closeOf(xml, cgt + 1, 'is'), end);
        inline = itemText(xml, cgt + 1, isEnd, /<r[\s>]/.test(xml.slice(cgt + 1, isEnd)));
        j = isEnd;
      }
    }
    const formula = this.formulaOf(fText, fAttrs, r, c);
    let v: CellValue = null;
    if (vText !== undefined && vText !== '') v = this.valueOf(vText, tag.t ?? 'n', tag.s, inline);
    else if (inline !== undefined && inline !== '') v = inline;
    this.put(r, c, v, formula);
    return end;
  }

  private formulaOf(fText: string | undefined, fAttrs: Record<string, string> | null, r: number, c: number) {
    const shared = fAttrs?.t === 'shared';
    if (fText !== undefined && fText !== '') {
      if (shared && fAttrs?.ref && fAttrs.si !== undefined)
        this.masters.set(fAttrs.si, { text: fText, row: r, col: c });
      return '=' + fText;
    }
    if (!shared) return null;
    // A cell of a shared formula's range: the master's formula, moved here.
    const m = fAttrs?.si !== undefined ? this.masters.get(fAttrs.si) : undefined;
    return '=' + (m ? slideFormula(m.text, m, { row: r, col: c }) : '');
  }

  private valueOf(vText: string, t: string, s: string | undefined, inline: string | undefined): CellValue {
    switch (t) {
      case 's': {
        const str = this.ctx.strings[parseInt(vText, 10)];
        return str === undefined ? null : str;
      }
      case 'str':
        return decodeXml(vText);
      case 'inlineStr':
        return inline !== undefined && inline !== '' ? inline : decodeXml(vText);
      case 'b':
        return parseInt(vText, 10) !== 0;
      case 'e':
        return { error: decodeXml(vText) };
      case 'd':
        return isoToSerial(vText) ?? decodeXml(vText);
      default: {
        const isDate = this.ctx.dateStyles[s !== undefined ? parseInt(s, 10) : 0] === true;
        return numberValue(vText, isDate, this.ctx.date1904);
      }
    }
  }

  private put(r: number, c: number, v: CellValue, f: string | null): void {
    if (v === null && f === null) return;
    const { limits, file, sheet } = this.ctx;
    if (r > limits.rows) throw new EngineError('xlsx.limit.rows', { file, sheet, row: r, limit: limits.rows });
    if (c > limits.columns) {
      throw new EngineError('xlsx.limit.columns', { file, sheet, column: columnLetters(c), limit: limits.columns });
    }
    if (++this.tally.cells > limits.cells)
      throw new EngineError('xlsx.limit.cells', { file, sheet, limit: limits.cells });
    if (c > this.widest) this.widest = c;
    if (f !== null) this.formulaCells.set(r * KEY_ROW + c, f);
    if (v === null) return;
    let line = this.values[r - 1];
    if (!line) {
      line = this.values[r - 1] = [];
      if (++this.tally.rows > limits.filledRows) {
        throw new EngineError('xlsx.limit.filledRows', { file, sheet, row: r, limit: limits.filledRows });
      }
    }
    line[c - 1] = v;
  }

  private mergeCell(ref: string | undefined): void {
    const parts = ref?.split(':') ?? [];
    const a = parts[0] ? parseAddress(parts[0]) : null;
    const b = parts[1] ? parseAddress(parts[1]) : a;
    if (!a || !b) return;
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const master = columnLetters(left) + top;
    this.mergeSet.set(master, `${master}:${columnLetters(Math.max(a.col, b.col))}${Math.max(a.row, b.row)}`);
  }

  private pane(a: Record<string, string>): void {
    if (this.frozen || (a.state !== 'frozen' && a.state !== 'frozenSplit')) return;
    const rows = parseInt(a.ySplit ?? '0', 10) || 0;
    const columns = parseInt(a.xSplit ?? '0', 10) || 0;
    if (rows > 0 || columns > 0) this.frozen = { rows, columns };
  }

  private colTag(a: Record<string, string>): void {
    const min = parseInt(a.min ?? '', 10);
    const max = parseInt(a.max ?? '', 10);
    if (!(min > 0 && max >= min)) return;
    const width = a.width === undefined ? undefined : parseFloat(a.width || '0');
    this.cols.push({ min, max: Math.min(max, this.ctx.limits.columns), width });
  }

  /**
   * What a merge hides is not the user's value: only its top-left cell
   * counts. The work is bounded by the cells read, not the merges' areas: a
   * merge is clipped to the last row and widest column holding anything, and
   * merges that together cover more than MERGE_WORK such cells (overlapping
   * merges, which Excel itself repairs away, or a sheet of full-height ones)
   * are refused.
   */
  hideMerged(merges: string[]): void {
    const { values, formulaCells } = this;
    let lastRow = values.length;
    for (const key of formulaCells.keys()) lastRow = Math.max(lastRow, Math.floor(key / KEY_ROW));
    let work = 0;
    for (const range of merges) {
      const [a, b] = range.split(':').map((x) => parseAddress(x)!);
      const bottom = Math.min(b.row, lastRow);
      const right = Math.min(b.col, this.widest);
      if (bottom < a.row || right < a.col) continue;
      work += (bottom - a.row + 1) * (right - a.col + 1);
      if (work > MERGE_WORK) {
        throw new EngineError('xlsx.limit.merges', { file: this.ctx.file, sheet: this.ctx.sheet, limit: MERGE_WORK });
      }
      for (let r = a.row; r <= bottom; r++) {
        const line = values[r - 1];
        for (let c = a.col; c <= right; c++) {
          if (r === a.row && c === a.col) continue;
          if (line && c <= line.length) line[c - 1] = undefined as unknown as CellValue;
          if (formulaCells.size) formulaCells.delete(r * KEY_ROW + c);
        }
      }
    }
  }

  hasFormulas(): boolean {
    return this.formulaCells.size > 0;
  }

  /** Takes the cells another scanner read (a tail's last row, read on its own). */
  adopt(other: SheetScanner): void {
    other.values.forEach((line, r) => (this.values[r] = line));
    for (const [k, f] of other.formulaCells) this.formulaCells.set(k, f);
    this.widest = Math.max(this.widest, other.widest);
  }

  /** The formulas by A1 address, in the order read. */
  formulas(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, f] of this.formulaCells) out[columnLetters(key % KEY_ROW) + Math.floor(key / KEY_ROW)] = f;
    return out;
  }

  /** Rows and cells between those with values are empty (null), as the snapshot's type says; trailing gaps dropped. */
  dense(): CellValue[][] {
    const values = this.values;
    for (let r = 0; r < values.length; r++) {
      const line = values[r];
      if (!line) {
        values[r] = [];
        continue;
      }
      let last = line.length;
      while (last > 0 && (line[last - 1] === undefined || line[last - 1] === null)) last--;
      line.length = last;
      for (let c = 0; c < last; c++) if (line[c] === undefined) line[c] = null;
    }
    while (values.length > 0 && values[values.length - 1].length === 0) values.length--;
    return values;
  }
}
