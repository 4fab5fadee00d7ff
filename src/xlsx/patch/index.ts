/**
 * Writing a plan by patching the file it was read from: only the parts the
 * plan changes are edited (the written sheets, styles.xml when a cell needs a
 * new number format, the shared strings for escaped text, workbook.xml for a
 * sheet's visibility), every other entry of the package is copied as its
 * compressed bytes. A plan with an operation the patcher does not write is
 * named by patchRefusal (decide.ts), a file it cannot patch throws
 * PatchUnsupported: the caller then writes through ExcelJS, as before.
 */
import type { Plan, SheetOp, WriteBlock } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import { assertLogAppended } from '../../engine/audit/append';
import { patchRefusal } from './decide';
import { Package } from './package';
import { type CellEdit, type SheetEdits, patchSheet } from './sheet';
import { SharedStrings } from './strings';
import { Styles } from './styles';
import { PatchUnsupported } from './unsupported';
import { childText, putChild } from './worksheet';
import { attr, attrsText, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';
import { openZip } from '../read/zip';
import { readZip, writeZip } from './zip';

export { PatchUnsupported } from './unsupported';
export { patchRefusal } from './decide';

export interface Patched {
  bytes: Buffer;
  /** Cells written, counted as applyPlan counts them (every cell of every block). */
  cellsWritten: number;
  /** The package parts edited; every other entry is copied as it was. */
  parts: string[];
}

/** The plan's writes as edits per sheet; a later write of a cell wins, a format it does not give stays. */
function editsOf(writes: WriteBlock[]): { edits: Map<string, SheetEdits>; cells: number } {
  const edits = new Map<string, SheetEdits>();
  let cells = 0;
  for (const w of writes) {
    const width = widest(w.values, w.numberFormats?.length ?? 0);
    if (width === 0 || w.values.length === 0) continue;
    cells += width * w.values.length;
    let sheet = edits.get(w.sheet);
    if (!sheet) edits.set(w.sheet, (sheet = new Map()));
    for (let i = 0; i < w.values.length; i++) {
      const r = w.row + i;
      let row = sheet.get(r);
      if (!row) sheet.set(r, (row = new Map()));
      for (let j = 0; j < width; j++) {
        const c = w.column + j;
        const edit: CellEdit = { value: w.values[i][j] ?? null, format: w.numberFormats?.[j] ?? null };
        const before = row.get(c);
        row.set(c, before && !edit.format ? { ...edit, format: before.format } : edit);
      }
    }
  }
  return { edits, cells };
}

/** What ExcelJS writes for a sheet protected without a password, with the options the adapters use (../apply/protection.ts). */
const PROTECTION = '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';

/** The part after a sheet's cells with the protection a SheetOp asks for. */
function protect(xml: string, op: SheetOp): string {
  if (!op.protect) return xml;
  return childText(xml, 'sheetProtection') === PROTECTION ? xml : putChild(xml, 'sheetProtection', PROTECTION);
}

/** workbook.xml with the sheets' visibility as the plan sets it. */
function visibility(xml: string, ops: SheetOp[]): string {
  let out = xml;
  for (const op of ops) {
    if (!op.visibility) continue;
    for (let at = findTag(out, 'sheet'); at >= 0; at = findTag(out, 'sheet', at + 1)) {
      const te = tagEnd(out, at);
      const a = parseAttrs(out.slice(at, te));
      if (unescapeXml(attr(a, 'name') ?? '') !== op.name) continue;
      const state = attr(a, 'state') ?? 'visible';
      if (state !== op.visibility) {
        const close = out[te - 2] === '/' ? '/>' : '>';
        out = out.slice(0, at) + `<sheet${attrsText(setAttr(a, 'state', op.visibility))}${close}` + out.slice(te);
      }
      break;
    }
  }
  return out;
}

/** The package `input` with the plan written into it. */
export function patchWorkbook(input: Buffer, plan: Plan, file = 'workbook.xlsx'): Patched {
  assertLogAppended(plan);
  const refusal = patchRefusal(plan);
  if (refusal) throw new PatchUnsupported(refusal);
  const pkg = new Package(readZip(input), openZip(input, file));
  for (const op of plan.sheets) pkg.sheet(op.name); // the patcher creates no sheet: each must be there
  const { edits, cells } = editsOf(plan.writes);
  if (!pkg.stylesPath) throw new PatchUnsupported('package: no styles part');
  const styles = new Styles(pkg.text(pkg.stylesPath));
  const strings = new SharedStrings(pkg.sharedStringsPath ? pkg.text(pkg.sharedStringsPath) : null);
  const ctx = { styles, strings, date1904: pkg.date1904 };
  const names = new Set([...edits.keys(), ...plan.sheets.map((s) => s.name)]);
  for (const name of names) {
    const path = pkg.sheet(name).path;
    const ops = plan.sheets.filter((op) => op.name === name);
    const tail = (t: string) => ops.reduce(protect, t);
    // A sheet only protected is copied through too: its part changes only if the protection differs.
    pkg.setData(path, patchSheet(pkg.data(path), edits.get(name) ?? new Map(), ctx, tail).data);
  }
  pkg.setText(pkg.stylesPath, styles.text());
  const sst = strings.text();
  if (sst !== null && pkg.sharedStringsPath) pkg.setText(pkg.sharedStringsPath, sst);
  else if (sst !== null) pkg.addSharedStrings(sst);
  pkg.setText(pkg.workbookPath, visibility(pkg.text(pkg.workbookPath), plan.sheets));
  return { bytes: writeZip(pkg.result()), cellsWritten: cells, parts: pkg.changedParts() };
}
