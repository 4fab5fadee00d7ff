/**
 * The worksheet writer for a sheet the plan rebuilds whole (a generated
 * sheet: 整改台账, 统计, 督办清单…): a new sheet's part is written from the
 * plan alone; a cleared sheet's part is read once and written anew, as the
 * ExcelJS path leaves it (../apply/sheets.ts clearSheets: "Clear Contents"):
 * every value goes, the cells keep their styles and the rows their heights,
 * merges are undone, every other setting of the sheet stays. Then the plan's
 * cells (values and number formats), the wrapped data rows with their
 * estimated heights (wrapBlock), widths, pane, tab colour, printing,
 * protection, conditional formats and list validations. Rows are made and encoded one at a
 * time, the cleared part's merged in as it is read. Part layout: CT_Worksheet, ECMA-376
 * Part 1 §18.3.1.99; rows and cells §18.3.1.73, §18.3.1.4.
 */
import type { CellValue } from '../../engine/core/cells';
import type { ConditionalFormatOp, SheetOp, ValidationOp, WriteBlock } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import { rowHeightForLines, wrappedLines } from '../../engine/core/print';
import { cellAddress, columnIndex, columnLetters } from '../../engine/core/a1';
import { isDateFormat } from '../apply/values';
import { ooxmlEscapes } from '../apply/laterRows';
import { cellXml } from './cells';
import { writeConditionalFormats } from './conditional';
import { patchValidations } from './validations';
import { colRanges, presentHead, presentTail, putHeadChild, widthOf } from './present';
import type { CellEdit, SheetContext } from './sheet';
import { PatchUnsupported } from './unsupported';
import { childRanges } from './worksheet';
import { type Attrs, attr, attrsText, elementEnd, findTag, parseAttrs, setAttr, tagEnd } from './xml';

/** A new sheet's part before the plan's settings: what ExcelJS writes for an empty sheet. */
const NEW_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>';
const NEW_TAIL =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup orientation="portrait" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>';

/**
 * What a cleared part may hold that this writer does not carry over the way
 * ExcelJS would (header/footer pictures, embedded objects, controls): such a
 * sheet is written through ExcelJS. Notes (<legacyDrawing>), tables
 * (<tableParts>) and pictures (<drawing>) stay, as ExcelJS keeps them on a
 * cleared sheet: the elements and the sheet's relationships are kept as they
 * were. (A chart in the drawing stays too, where ExcelJS would lose it.)
 */
const NOT_CARRIED = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls'] as const;

interface Cell {
  /** Index into <cellXfs>, or null for none. */
  style: number | null;
  /** The value written, undefined for a cell that only keeps its style. */
  value?: CellValue;
}

/** A row of a cleared part: its settings and its cells' styles (values dropped; a cell without a style goes). */
interface OldRow {
  r: number;
  attrs: Attrs;
  styles: Map<number, number>;
}

export interface Rebuild {
  /** The cleared sheet's part, or null for a sheet the plan creates. */
  old: Buffer | null;
  op: SheetOp;
  /** The plan's writes on this sheet, in the plan's order. */
  blocks: WriteBlock[];
  /** The plan's conditional formats on this sheet. */
  rules: ConditionalFormatOp[];
  /** The plan's list validations on this sheet (validations.ts). */
  validations: ValidationOp[];
}

/** The rows of a cleared part's <sheetData>, one at a time, in order. */
function* oldRows(body: string): Generator<OldRow> {
  let previous = 0;
  for (let at = findTag(body, 'row'); at >= 0;) {
    const te = tagEnd(body, at);
    const end = body[te - 2] === '/' ? te : body.indexOf('</row>', te) + 6;
    if (te < 0 || end < te) throw new PatchUnsupported('sheet: a row without its end');
    const a = parseAttrs(body.slice(at, te));
    const r = Number(attr(a, 'r') ?? previous + 1);
    if (r <= previous) throw new PatchUnsupported('sheet: rows out of order');
    previous = r;
    const styles = new Map<number, number>();
    let col = 0;
    for (let c = findTag(body, 'c', te, end); c >= 0;) {
      const ce = elementEnd(body, c, 'c');
      const ca = parseAttrs(body.slice(c, tagEnd(body, c)));
      const ref = attr(ca, 'r');
      col = ref === undefined ? col + 1 : columnIndex(ref.replace(/[^A-Z]/g, ''));
      const st = attr(ca, 's');
      if (st !== undefined && st !== '0') styles.set(col, Number(st));
      c = findTag(body, 'c', ce, end);
    }
    yield { r, attrs: a.filter(([n]) => n !== 'r' && n !== 'spans'), styles };
    at = findTag(body, 'row', end);
  }
}

/**
 * The plan's writes on one row, merged as the patcher merges them
 * (index.ts editsOf): a later write of a cell wins, a format it does not give stays.
 */
function rowEdits(blocks: { w: WriteBlock; width: number }[], r: number): Map<number, CellEdit> {
  const out = new Map<number, CellEdit>();
  for (const { w, width } of blocks) {
    const line = w.values[r - w.row];
    if (!line) continue;
    for (let j = 0; j < width; j++) {
      const edit: CellEdit = { value: line[j] ?? null, format: w.numberFormats?.[j] ?? null };
      const before = out.get(w.column + j);
      out.set(w.column + j, before && !edit.format ? { ...edit, format: before.format } : edit);
    }
  }
  return out;
}

function splitPart(xml: string): { head: string; body: string; tail: string } {
  const sd = findTag(xml, 'sheetData');
  if (sd < 0) throw new PatchUnsupported('sheet: no sheetData');
  const te = tagEnd(xml, sd);
  const end = elementEnd(xml, sd, 'sheetData');
  if (te < 0 || end < 0) throw new PatchUnsupported('sheet: damaged sheetData');
  const body = xml[te - 2] === '/' ? '' : xml.slice(te, end - '</sheetData>'.length);
  return { head: xml.slice(0, sd), body, tail: xml.slice(end) };
}

/** The text ExcelJS measures for a cell (its `text`): what the value shows before any number format. */
function shownText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return ooxmlEscapes(v);
  if (typeof v === 'object') return v.error;
  return String(v);
}

const WRAP = { alignment: { vertical: 'top', wrapText: '1' } };

/** Rows encoded as they are made: the part is never held as one string. */
class Chunks {
  private parts: Buffer[] = [];
  private pending: string[] = [];
  private size = 0;

  push(s: string): void {
    this.pending.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }

  private flush(): void {
    this.parts.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.size = 0;
  }

  /** The encoded rows, in order (joined once, with the head and tail, by the caller). */
  result(): Buffer[] {
    this.flush();
    return this.parts;
  }
}

/** The worksheet part of a rebuilt sheet. */
export function rebuildSheet(input: Rebuild, ctx: SheetContext): Buffer {
  const { op } = input;
  let head = NEW_HEAD;
  let tail = NEW_TAIL;
  let body = '';
  if (input.old) {
    const part = splitPart(input.old.toString('utf8'));
    for (const name of NOT_CARRIED)
      if (childRanges(part.tail, name).length)
        throw new PatchUnsupported(`sheet ${op.name}: cleared, with its ${name}`);
    ({ head, tail, body } = part);
  }
  const { styles } = ctx;
  const colStyle = new Map<number, number>();
  for (const r of colRanges(head)) {
    const s = attr(r.attrs, 'style');
    if (s !== undefined && r.max - r.min < 16384) for (let c = r.min; c <= r.max; c++) colStyle.set(c, Number(s));
  }
  head = presentHead(head, op);
  const ranges = colRanges(head);
  const widths = new Map<number, number>();
  const widthAt = (c: number) => {
    let w = widths.get(c);
    if (w === undefined) widths.set(c, (w = widthOf(ranges, c)));
    return w;
  };
  const wrapped = new Map<number, number>();
  const wrapStyle = (s: number) => {
    let w = wrapped.get(s);
    if (w === undefined) wrapped.set(s, (w = styles.derive(s, WRAP, 'wrap')));
    return w;
  };

  const blocks = input.blocks
    .map((w) => ({ w, width: widest(w.values, w.numberFormats?.length ?? 0) }))
    .filter((b) => b.width > 0 && b.w.values.length > 0);
  // The rows the plan writes or wraps, in order, merged below with the rows of the cleared part.
  const planned = new Set<number>();
  for (const { w } of blocks) for (let i = 0; i < w.values.length; i++) planned.add(w.row + i);
  const wrap = op.wrapBlock;
  if (wrap) for (let r = wrap.first; r <= wrap.last; r++) planned.add(r);
  const plannedRows = [...planned].sort((x, y) => x - y);

  const out = new Chunks();
  let maxRow = 0;
  let maxCol = 0;
  const emit = (r: number, old: OldRow | null) => {
    const cells = new Map<number, Cell>();
    let attrs: Attrs = old?.attrs ?? [];
    if (old) for (const [c, s] of old.styles) cells.set(c, { style: s });
    const custom = attr(attrs, 'customFormat');
    const rowStyle = custom === '1' || custom === 'true' ? Number(attr(attrs, 's') ?? 0) : null;
    // A new cell takes its row's style, else its column's, as ExcelJS gives it.
    const baseStyle = (c: number): number | null => cells.get(c)?.style ?? rowStyle ?? colStyle.get(c) ?? null;
    if (planned.has(r)) {
      for (const [c, edit] of rowEdits(blocks, r)) {
        if (edit.value === null && !edit.format && !cells.has(c)) continue;
        const base = baseStyle(c);
        const style = edit.format ? styles.withFormat(base ?? 0, edit.format) : base;
        let v = edit.value;
        const fmt = edit.format ?? (base === null ? 'General' : styles.formatOf(base));
        if (typeof v === 'number' && ctx.date1904 && isDateFormat(fmt)) v -= 1462;
        cells.set(c, { style, value: v });
      }
      if (wrap && r >= wrap.first && r <= wrap.last) {
        let lines = 1;
        for (let c = 1; c <= wrap.columns; c++) {
          const cell = cells.get(c);
          cells.set(c, { value: cell?.value, style: wrapStyle(cell?.style ?? baseStyle(c) ?? 0) });
          const text = shownText(cell?.value);
          if (text) lines = Math.max(lines, wrappedLines(text, widthAt(c)));
        }
        attrs = setAttr(setAttr(attrs, 'ht', String(rowHeightForLines(lines))), 'customHeight', '1');
      }
    }
    let xml = '';
    for (const c of [...cells.keys()].sort((x, y) => x - y)) {
      const cell = cells.get(c)!;
      const one = cellXml(cellAddress(r, c), cell.value ?? null, cell.style, ctx.strings);
      if (!one) continue;
      xml += one;
      maxCol = Math.max(maxCol, c);
    }
    if (!xml && attrs.length === 0) return;
    maxRow = r;
    out.push(`<row r="${r}"${attrsText(attrs)}>${xml}</row>`);
  };
  const olds = oldRows(body);
  let old = olds.next();
  let k = 0;
  while (!old.done || k < plannedRows.length) {
    const next = k < plannedRows.length ? plannedRows[k] : Infinity;
    if (!old.done && old.value.r <= next) {
      if (old.value.r === next) k++;
      emit(old.value.r, old.value);
      old = olds.next();
    } else {
      emit(next, null);
      k++;
    }
  }
  body = '';

  const dimension = `<dimension ref="${maxRow ? `A1:${columnLetters(Math.max(maxCol, 1))}${maxRow}` : 'A1'}"/>`;
  head = putHeadChild(head, 'dimension', dimension);
  tail = presentTail(tail, op, !!input.old);
  if (input.rules.length) tail = writeConditionalFormats(tail, input.rules, styles);
  tail = patchValidations(tail, input.validations);
  const rows = out.result();
  return Buffer.concat([
    Buffer.from(`${head}<sheetData>`, 'utf8'),
    ...rows,
    Buffer.from(`</sheetData>${tail}`, 'utf8'),
  ]);
}
