/**
 * The worksheet writer for a sheet the plan rebuilds whole (a generated
 * sheet: 整改台账, 统计, 督办清单…): a new sheet's part is written from the
 * plan alone; a cleared sheet's part is read once and written anew, as the
 * ExcelJS path leaves it (../apply/sheets.ts clearSheets: "Clear Contents"):
 * every value goes, the cells keep their styles and the rows their heights,
 * merges are undone, every other setting of the sheet stays. Then the plan's
 * cells (values and number formats), the wrapped data rows with their
 * estimated heights (wrapBlock), widths, pane, tab colour, printing,
 * protection and conditional formats. Part layout: CT_Worksheet, ECMA-376
 * Part 1 §18.3.1.99; rows and cells §18.3.1.73, §18.3.1.4.
 */
import type { CellValue } from '../../engine/core/cells';
import type { ConditionalFormatOp, SheetOp } from '../../engine/core/plan';
import { rowHeightForLines, wrappedLines } from '../../engine/core/print';
import { cellAddress, columnIndex, columnLetters } from '../../engine/core/a1';
import { isDateFormat } from '../apply/values';
import { ooxmlEscapes } from '../apply/laterRows';
import { cellXml } from './cells';
import { writeConditionalFormats } from './conditional';
import { colRanges, presentHead, presentTail, putHeadChild, widthOf } from './present';
import type { SheetContext, SheetEdits } from './sheet';
import { PatchUnsupported } from './unsupported';
import { childRanges } from './worksheet';
import { type Attrs, attr, attrsText, elementEnd, findTag, parseAttrs, setAttr, tagEnd } from './xml';

/** A new sheet's part before the plan's settings: what ExcelJS writes for an empty sheet. */
const NEW_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>';
const NEW_TAIL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/**
 * What a cleared part may hold that this writer does not carry over the way
 * ExcelJS would (pictures, charts, notes, tables, controls): such a sheet is
 * written through ExcelJS. Generated sheets have none of these.
 */
const NOT_CARRIED = [
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'tableParts',
] as const;

interface Cell {
  /** Index into <cellXfs>, or null for none. */
  style: number | null;
  /** The value written, undefined for a cell that only keeps its style. */
  value?: CellValue;
}

interface Row {
  attrs: Attrs;
  cells: Map<number, Cell>;
}

export interface Rebuild {
  /** The cleared sheet's part, or null for a sheet the plan creates. */
  old: Buffer | null;
  op: SheetOp;
  edits: SheetEdits;
  /** The plan's conditional formats on this sheet. */
  rules: ConditionalFormatOp[];
}

/** The rows of a cleared part: row settings and cell styles, values dropped (a cell without a style goes). */
function clearedRows(body: string): Map<number, Row> {
  const rows = new Map<number, Row>();
  let previous = 0;
  for (let at = findTag(body, 'row'); at >= 0;) {
    const te = tagEnd(body, at);
    const end = body[te - 2] === '/' ? te : body.indexOf('</row>', te) + 6;
    if (te < 0 || end < te) throw new PatchUnsupported('sheet: a row without its end');
    const a = parseAttrs(body.slice(at, te));
    const r = Number(attr(a, 'r') ?? previous + 1);
    if (r <= previous) throw new PatchUnsupported('sheet: rows out of order');
    previous = r;
    const cells = new Map<number, Cell>();
    let col = 0;
    for (let c = findTag(body, 'c', te, end); c >= 0;) {
      const ce = elementEnd(body, c, 'c');
      const ca = parseAttrs(body.slice(c, tagEnd(body, c)));
      const ref = attr(ca, 'r');
      col = ref === undefined ? col + 1 : columnIndex(ref.replace(/[^A-Z]/g, ''));
      const s = attr(ca, 's');
      if (s !== undefined && s !== '0') cells.set(col, { style: Number(s) });
      c = findTag(body, 'c', ce, end);
    }
    rows.set(r, { attrs: a.filter(([n]) => n !== 'r' && n !== 'spans'), cells });
    at = findTag(body, 'row', end);
  }
  return rows;
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

/** The worksheet part of a rebuilt sheet. */
export function rebuildSheet(input: Rebuild, ctx: SheetContext): Buffer {
  const { op } = input;
  let head = NEW_HEAD;
  let tail = NEW_TAIL;
  let rows = new Map<number, Row>();
  if (input.old) {
    const part = splitPart(input.old.toString('utf8'));
    for (const name of NOT_CARRIED)
      if (childRanges(part.tail, name).length)
        throw new PatchUnsupported(`sheet ${op.name}: cleared, with its ${name}`);
    ({ head, tail } = part);
    rows = clearedRows(part.body);
  }
  const { styles } = ctx;
  const colStyle = new Map<number, number>();
  for (const r of colRanges(head)) {
    const s = attr(r.attrs, 'style');
    if (s !== undefined && r.max - r.min < 16384) for (let c = r.min; c <= r.max; c++) colStyle.set(c, Number(s));
  }
  const rowOf = (r: number): Row => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = { attrs: [], cells: new Map() }));
    return row;
  };
  // A new cell takes its row's style, else its column's, as ExcelJS gives it.
  const baseStyle = (row: Row, c: number): number | null => {
    const own = row.cells.get(c)?.style;
    if (own !== undefined) return own;
    const custom = attr(row.attrs, 'customFormat');
    if (custom === '1' || custom === 'true') return Number(attr(row.attrs, 's') ?? 0);
    return colStyle.get(c) ?? null;
  };

  for (const [r, edits] of input.edits) {
    for (const [c, edit] of edits) {
      const existing = rows.get(r)?.cells.get(c);
      if (edit.value === null && !edit.format && !existing) continue;
      const row = rowOf(r);
      const base = baseStyle(row, c);
      const style = edit.format ? styles.withFormat(base ?? 0, edit.format) : base;
      let v = edit.value;
      const fmt = edit.format ?? (base === null ? 'General' : styles.formatOf(base));
      if (typeof v === 'number' && ctx.date1904 && isDateFormat(fmt)) v -= 1462;
      row.cells.set(c, { style, value: v });
    }
  }

  head = presentHead(head, op);
  if (op.wrapBlock) {
    const ranges = colRanges(head);
    const { first, last, columns } = op.wrapBlock;
    for (let r = first; r <= last; r++) {
      const row = rowOf(r);
      let lines = 1;
      for (let c = 1; c <= columns; c++) {
        const cell = row.cells.get(c);
        row.cells.set(c, { ...cell, style: styles.derive(cell?.style ?? baseStyle(row, c) ?? 0, WRAP) });
        const text = shownText(cell?.value);
        if (text) lines = Math.max(lines, wrappedLines(text, widthOf(ranges, c)));
      }
      row.attrs = setAttr(setAttr(row.attrs, 'ht', String(rowHeightForLines(lines))), 'customHeight', '1');
    }
  }

  let maxRow = 0;
  let maxCol = 0;
  const out: string[] = [];
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const row = rows.get(r)!;
    let cells = '';
    for (const c of [...row.cells.keys()].sort((x, y) => x - y)) {
      const cell = row.cells.get(c)!;
      const xml = cellXml(cellAddress(r, c), cell.value ?? null, cell.style, ctx.strings);
      if (!xml) continue;
      cells += xml;
      maxCol = Math.max(maxCol, c);
    }
    if (!cells && row.attrs.length === 0) continue;
    maxRow = r;
    out.push(`<row r="${r}"${attrsText(row.attrs)}>${cells}</row>`);
  }
  const dimension = `<dimension ref="${maxRow ? `A1:${columnLetters(Math.max(maxCol, 1))}${maxRow}` : 'A1'}"/>`;
  head = putHeadChild(head, 'dimension', dimension);
  tail = presentTail(tail, op, !!input.old);
  if (input.rules.length) tail = writeConditionalFormats(tail, input.rules, styles);
  return Buffer.from(`${head}<sheetData>${out.join('')}</sheetData>${tail}`, 'utf8');
}
