/**
 * Writing a plan by patching the file it was read from: only the parts the
 * plan changes are edited (the written sheets, styles.xml when a cell needs a
 * new style or a rule its look, the shared strings for escaped text,
 * workbook.xml for a sheet's visibility, a new sheet, print titles and the
 * defined names, a resized table's part), every other entry of the package
 * is copied as its compressed bytes. A sheet the plan creates or clears is
 * written whole (rebuild.ts). Structure over a sheet kept is patched too:
 * tables resized (tables.ts), list validations (validations.ts), conditional
 * formats (conditional.ts), notes already there (notes.ts), names (names.ts).
 * A plan with an operation the patcher does not write is
 * named by patchRefusal (decide.ts), a file it cannot patch throws
 * PatchUnsupported: the caller then writes through ExcelJS, as before.
 */
import type { Plan, SheetOp, WriteBlock } from '../../engine/core/plan';
import { widest } from '../../engine/core/arrays';
import { assertLogAppended } from '../../engine/audit/append';
import { patchRefusal } from './decide';
import { Package } from './package';
import { PROTECTION } from './present';
import { setPrintNames } from './printNames';
import { rebuildSheet } from './rebuild';
import { type CellEdit, type SheetEdits, patchSheet } from './sheet';
import { SharedStrings } from './strings';
import { Styles } from './styles';
import { PatchUnsupported } from './unsupported';
import { childText, putChild } from './worksheet';
import { writeConditionalFormats } from './conditional';
import { patchNames } from './names';
import { patchNotes } from './notes';
import { patchTables } from './tables';
import { patchValidations } from './validations';
import { attr, attrsText, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';
import { type ZipArchive, openZip } from '../read/zip';
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
function editsOf(writes: WriteBlock[]): { edits: Map<string, SheetEdits> } {
  const edits = new Map<string, SheetEdits>();
  for (const w of writes) {
    const width = widest(w.values, w.numberFormats?.length ?? 0);
    if (width === 0 || w.values.length === 0) continue;
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
  return { edits };
}

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

/** What of a SheetOp only a rebuilt sheet gets (present.ts). */
const LOOKS = ['widths', 'freeze', 'tabColor', 'print', 'wrapBlock'] as const;

/** The sheets the plan rebuilds whole: those it clears, and those it creates that are missing. */
function rebuiltNames(pkg: Package, plan: Plan): Set<string> {
  const present = new Set(pkg.sheets.map((s) => s.name));
  return new Set(plan.sheets.filter((op) => op.clear || (op.create && !present.has(op.name))).map((op) => op.name));
}

/**
 * The sheets the plan creates (when missing) or clears, written whole, in the
 * plan's order (new ones at the end of the workbook, as ExcelJS adds them).
 * A sheet the plan only mentions must be there, and a sheet kept may not be
 * asked to change its looks.
 */
function rebuildSheets(pkg: Package, plan: Plan, rebuilt: Set<string>, ctx: Parameters<typeof rebuildSheet>[1]): void {
  for (const op of plan.sheets) {
    const existing = pkg.sheets.find((s) => s.name === op.name);
    if (!rebuilt.has(op.name)) {
      if (!existing) pkg.sheet(op.name); // throws: a sheet the plan only mentions must be there
      const looks = LOOKS.find((k) => op[k] !== undefined);
      if (looks) throw new PatchUnsupported(`sheet ${op.name}: ${looks} on a sheet kept`);
      continue;
    }
    const rules = plan.conditionalFormats.filter((c) => c.sheet === op.name);
    const blocks = plan.writes.filter((w) => w.sheet === op.name);
    const validations = plan.validations.filter((v) => v.sheet === op.name);
    const data = rebuildSheet({ old: existing ? pkg.data(existing.path) : null, op, blocks, rules, validations }, ctx);
    if (existing) pkg.setData(existing.path, data);
    else pkg.addSheet(op.name, op.visibility ?? 'visible', data);
    if (op.print) {
      const index = pkg.sheets.findIndex((s) => s.name === op.name);
      pkg.setText(pkg.workbookPath, setPrintNames(pkg.text(pkg.workbookPath), op.name, index, op.print));
    }
  }
}

/**
 * The package `input` with the plan written into it; `archive`: the package opened already over the same bytes
 * (the reader's, which may hold the parts it inflated).
 */
export function patchWorkbook(input: Buffer, plan: Plan, file = 'workbook.xlsx', archive?: ZipArchive): Patched {
  assertLogAppended(plan);
  const refusal = patchRefusal(plan);
  if (refusal) throw new PatchUnsupported(refusal);
  const pkg = new Package(readZip(input), archive ?? openZip(input, file));
  // What the file may refuse, first (a new note, a new table), before any sheet is patched.
  patchNotes(pkg, plan);
  patchTables(pkg, plan);
  const rebuilt = rebuiltNames(pkg, plan);
  // The cells of a rebuilt sheet are read from the plan's blocks as its part is written (rebuild.ts).
  const { edits } = editsOf(plan.writes.filter((w) => !rebuilt.has(w.sheet)));
  const cells = plan.writes.reduce((n, w) => n + widest(w.values, w.numberFormats?.length ?? 0) * w.values.length, 0);
  if (!pkg.stylesPath) throw new PatchUnsupported('package: no styles part');
  const styles = new Styles(pkg.text(pkg.stylesPath));
  const strings = new SharedStrings(pkg.sharedStringsPath ? pkg.text(pkg.sharedStringsPath) : null);
  const ctx = { styles, strings, date1904: pkg.date1904 };
  rebuildSheets(pkg, plan, rebuilt, ctx);
  const names = new Set(
    [
      ...edits.keys(),
      ...plan.sheets.map((s) => s.name),
      ...plan.validations.map((v) => v.sheet),
      ...plan.conditionalFormats.map((c) => c.sheet),
    ].filter((n) => !rebuilt.has(n)),
  );
  for (const name of names) {
    const path = pkg.sheet(name).path;
    const ops = plan.sheets.filter((op) => op.name === name);
    const rules = plan.conditionalFormats.filter((c) => c.sheet === name);
    const validations = plan.validations.filter((v) => v.sheet === name);
    const tail = (t: string) =>
      patchValidations(
        rules.length ? writeConditionalFormats(ops.reduce(protect, t), rules, styles) : ops.reduce(protect, t),
        validations,
      );
    // A sheet only protected is copied through too: its part changes only if the protection differs.
    pkg.setData(path, patchSheet(pkg.data(path), edits.get(name) ?? new Map(), ctx, tail).data);
  }
  pkg.setText(pkg.stylesPath, styles.text());
  const sst = strings.text();
  if (sst !== null && pkg.sharedStringsPath) pkg.setText(pkg.sharedStringsPath, sst);
  else if (sst !== null) pkg.addSharedStrings(sst);
  pkg.setText(pkg.workbookPath, patchNames(visibility(pkg.text(pkg.workbookPath), plan.sheets), plan.names));
  return { bytes: writeZip(pkg.result()), cellsWritten: cells, parts: pkg.changedParts() };
}
