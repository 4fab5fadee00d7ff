/**
 * Large blocks of new rows, written straight into the file instead of through
 * ExcelJS's cells (docs/PERFORMANCE.md, "Import at scale"). ExcelJS keeps
 * every cell as objects, then builds a second model of the whole workbook
 * and its XML before zipping: a 10,000-row import (460,000 cells on three
 * lists) peaked near 600 MB, most of it there. A block of new rows below
 * everything else on its sheet is the same rows whoever writes them, so:
 *
 * - the block's first row is written through ExcelJS like any other, which
 *   gives each column its style (number format, the column's own style);
 * - the other rows are kept aside and, once ExcelJS has written the file,
 *   put into the sheet's XML before `</sheetData>` as plain cells: numbers,
 *   inline strings, booleans, errors, with the first row's style per column.
 *   (A block with text needing the format's escapes goes through ExcelJS:
 *   see needsSharedString.)
 *
 * Only when nothing else in the plan touches those rows (no other block, no
 * formula, no column format, no note, no wrapped rows) and the sheet has no
 * row at or below the block; otherwise, and whenever something wrote there
 * after all, the rows go through ExcelJS at the end of applyPlan. Only the
 * file port asks for this (one plan, then the save); a workbook kept in
 * memory for more plans gets every cell.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { type CellValue, isCellError } from '../../engine/core/cells';
import { cellAddress, columnLetters, parseAddress, parseRange } from '../../engine/core/a1';
import type { Plan, WriteBlock } from '../../engine/core/plan';

/** Blocks shorter than this are written through ExcelJS: the saving would not pay for the second pass. */
export const LATER_MIN_ROWS = 500;

export interface LaterRows {
  sheet: string;
  /** 1-based sheet row of the first row kept aside (the block's second row). */
  firstRow: number;
  column: number;
  width: number;
  values: readonly (readonly CellValue[])[];
  /** Per column of the block: the format to set on empty cells too (the block's numberFormats). */
  formats: readonly (string | null)[];
  /** Per column: a number is a date (shifted in a 1904 workbook, as applyPlan does). */
  isDate: readonly boolean[];
  date1904: boolean;
}

/** The rows kept aside for a workbook, until it is saved. */
const pending = new WeakMap<ExcelJS.Workbook, LaterRows[]>();

export function keepForLater(wb: ExcelJS.Workbook, rows: LaterRows): void {
  const list = pending.get(wb) ?? [];
  list.push(rows);
  pending.set(wb, list);
}

/** The rows kept aside, taken: the caller writes them (saveWorkbookAtomic). */
export function takeLaterRows(wb: ExcelJS.Workbook): LaterRows[] {
  const list = pending.get(wb) ?? [];
  pending.delete(wb);
  return list;
}

/** Rows `from..to` of `sheet` overlap an operation of the plan other than `except`. */
function touched(plan: Plan, sheet: string, from: number, to: number, except: WriteBlock): boolean {
  const inRows = (r: number) => r >= from && r <= to;
  const cellOn = (s: string, address: string) => s === sheet && inRows(parseAddress(address).row);
  if (plan.writes.some((w) => w !== except && w.sheet === sheet && w.row <= to && w.row + w.values.length - 1 >= from))
    return true;
  if (plan.formulas.some((f) => cellOn(f.sheet, f.address))) return true;
  if (plan.notes.some((n) => cellOn(n.sheet, n.address))) return true;
  if (plan.columnFormats.some((c) => c.sheet === sheet && c.fromRow <= to && c.toRow >= from)) return true;
  return plan.sheets.some((s) => s.name === sheet && !!s.wrapBlock);
}

/**
 * A text that needs the format's `_xHHHH_` escapes: Excel and LibreOffice read
 * them back from an inline string, but ExcelJS and openpyxl only from the
 * shared strings ExcelJS writes, so such a block goes through ExcelJS.
 */
function needsSharedString(w: WriteBlock): boolean {
  for (const row of w.values) for (const v of row) if (typeof v === 'string' && ooxmlEscapes(v) !== v) return true;
  return false;
}

/** Whether all but the first row of a block can be written after ExcelJS (see the top of this file). */
export function canWriteLater(ws: ExcelJS.Worksheet, plan: Plan, w: WriteBlock): boolean {
  if (w.values.length < LATER_MIN_ROWS) return false;
  if ((ws.lastRow?.number ?? 0) >= w.row) return false;
  return !touched(plan, w.sheet, w.row + 1, w.row + w.values.length - 1, w) && !needsSharedString(w);
}

/** Rows kept aside whose sheet got rows at or below them after all: written through ExcelJS by the caller. */
export function overtaken(wb: ExcelJS.Workbook): LaterRows[] {
  const list = pending.get(wb) ?? [];
  const keep: LaterRows[] = [];
  const back: LaterRows[] = [];
  for (const r of list) ((wb.getWorksheet(r.sheet)?.lastRow?.number ?? 0) >= r.firstRow ? back : keep).push(r);
  pending.set(wb, keep);
  return back;
}

// ---------------------------------------------------------------------------
// The XML

/**
 * Characters XML 1.0 cannot hold (controls other than tab, line feed,
 * carriage return) as `_xHHHH_`, and a typed `_xHHHH_` protected as
 * `_x005F_xHHHH_`: the format's own escapes, which Excel, LibreOffice and
 * ExcelJS read back as the character typed (ExcelJS alone would drop the
 * controls). The same for both ways of writing a cell (values.ts).
 */
export function ooxmlEscapes(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i++) clean = !needsEscape(text, i);
  if (clean) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) out += `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    else if (text[i] === '_' && isEscapeAt(text, i)) out += '_x005F_';
    else out += text[i];
  }
  return out;
}

const isControl = (code: number) =>
  (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffe || code === 0xffff;
const needsEscape = (text: string, i: number) =>
  isControl(text.charCodeAt(i)) || (text[i] === '_' && isEscapeAt(text, i));

/** `_xHHHH_` starts at i (hex digits, any case). */
function isEscapeAt(text: string, i: number): boolean {
  if (text[i + 1] !== 'x' || text[i + 6] !== '_') return false;
  for (let k = i + 2; k < i + 6; k++) if (!/[0-9A-Fa-f]/.test(text[k] ?? '')) return false;
  return true;
}

/** Text as the cell's XML: & < > escaped, and the format's escapes (ooxmlEscapes). */
export function xmlText(text: string): string {
  const t = ooxmlEscapes(text);
  // Most texts have nothing to escape: returned as they are, not rebuilt a character at a time.
  if (t.indexOf('&') < 0 && t.indexOf('<') < 0 && t.indexOf('>') < 0) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
  }
  return out;
}

/** One cell's XML; '' for an empty cell without a style. */
function cellXml(ref: string, v: CellValue, style: string): string {
  const s = style ? ` s="${style}"` : '';
  if (v === null || v === undefined) return style ? `<c r="${ref}"${s}/>` : '';
  if (isCellError(v)) return `<c r="${ref}"${s} t="e"><v>${xmlText(v.error)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${String(v)}</v></c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(v)}</t></is></c>`;
}

/** The style index (`s`) of each column of the row written through ExcelJS, from the sheet's XML. */
function stylesOfRow(xml: string, row: number): Map<number, string> {
  const styles = new Map<number, string>();
  const start = xml.indexOf(`<row r="${row}"`);
  if (start < 0) return styles;
  const end = xml.indexOf('</row>', start);
  const body = xml.slice(start, end < 0 ? undefined : end);
  const cell = /<c r="([A-Z]+)\d+"([^>]*)>/g;
  for (let m = cell.exec(body); m; m = cell.exec(body)) {
    const s = / s="(\d+)"/.exec(m[2]);
    if (s) styles.set(parseAddress(`${m[1]}1`).column, s[1]);
  }
  return styles;
}

/** The rows' XML, one `<row>` each, with the styles of the row above them. */
function rowsXml(later: LaterRows, styles: Map<number, string>): string[] {
  const parts: string[] = [];
  later.values.forEach((line, i) => {
    const r = later.firstRow + i;
    let cells = '';
    for (let j = 0; j < later.width; j++) {
      const c = later.column + j;
      let v: CellValue = line[j] ?? null;
      // Empty and unformatted: no cell, as applyPlan writes it (values.ts).
      const style = v === null && !later.formats[j] ? '' : (styles.get(c) ?? '');
      if (typeof v === 'number' && later.isDate[j] && later.date1904) v -= 1462;
      cells += cellXml(cellAddress(r, c), v, style);
    }
    if (cells) parts.push(`<row r="${r}">${cells}</row>`);
  });
  return parts;
}

/** The sheet's `<dimension>` widened to cover the rows added. */
function widenDimension(xml: string, later: LaterRows): string {
  const m = /<dimension ref="([^"]+)"\/>/.exec(xml);
  if (!m) return xml;
  let r: ReturnType<typeof parseRange>;
  try {
    r = parseRange(m[1]);
  } catch {
    return xml;
  }
  const bottom = Math.max(r.bottom, later.firstRow + later.values.length - 1);
  const right = Math.max(r.right, later.column + later.width - 1);
  const ref = `${columnLetters(Math.min(r.left, later.column))}${r.top}:${columnLetters(right)}${bottom}`;
  return xml.slice(0, m.index) + `<dimension ref="${ref}"/>` + xml.slice(m.index + m[0].length);
}

/** A sheet's XML with the rows kept aside put in: after its last row, before `</sheetData>`. */
export function withLaterRows(xml: string, later: LaterRows): string {
  const close = xml.lastIndexOf('</sheetData>');
  if (close < 0) throw new Error(`sheet ${later.sheet}: no </sheetData> to put ${later.values.length} rows before`);
  const rows = rowsXml(later, stylesOfRow(xml, later.firstRow - 1));
  return widenDimension(xml.slice(0, close) + rows.join('') + xml.slice(close), later);
}

/**
 * The saved package with the rows kept aside put into their sheets (ExcelJS
 * writes sheet `id` as xl/worksheets/sheet<id>.xml); the package unchanged
 * when there are none.
 */
export async function putLaterRows(data: Uint8Array, wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const list = takeLaterRows(wb);
  if (!list.length) return data;
  // Loaded here, not with the module: every command loads the patcher, which shares this file's helpers.
  const { default: Zip } = await import('jszip');
  const zip: JSZip = await Zip.loadAsync(data);
  for (const later of list) {
    const ws = wb.getWorksheet(later.sheet);
    const path = `xl/worksheets/sheet${ws?.id}.xml`;
    const entry = zip.file(path);
    if (!ws || !entry) throw new Error(`sheet ${later.sheet}: ${path} is not in the saved package`);
    zip.file(path, withLaterRows(await entry.async('string'), later));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
