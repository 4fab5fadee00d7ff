/**
 * Notes (NoteOp) on a patched file. A note is added only where the cell has
 * none (src/engine/core/plan.ts), so the sheet's comments part (ECMA-376
 * Part 1, §18.7.3 CT_Comments, related to the sheet by a `comments`
 * relationship) is read for the cells that have one: a note there is a
 * no-op. Adding a note means adding to the comments part and to the sheet's
 * VML drawing (the legacy shapes Excel shows them with, Part 4 §19), or
 * creating both with their relationships, content types and the sheet's
 * <legacyDrawing>: that is left to ExcelJS (PatchUnsupported, named).
 */
import type { NoteOp, Plan } from '../../engine/core/plan';
import type { Package } from './package';
import { PatchUnsupported } from './unsupported';
import { attr, findTag, parseAttrs, tagEnd } from './xml';

/** The cells of a sheet that have a note (their refs as written, without `$`). */
function notedCells(pkg: Package, sheetPath: string): Set<string> {
  const out = new Set<string>();
  for (const { path } of pkg.related(sheetPath, 'comments')) {
    const xml = pkg.text(path);
    for (let at = findTag(xml, 'comment'); at >= 0; at = findTag(xml, 'comment', at + 1)) {
      const ref = attr(parseAttrs(xml.slice(at, tagEnd(xml, at))), 'ref');
      if (ref) out.add(ref.replace(/\$/g, '').toUpperCase());
    }
  }
  return out;
}

/** The plan's notes that are not there yet: none, or PatchUnsupported naming the first. */
export function patchNotes(pkg: Package, plan: Plan): void {
  const bySheet = new Map<string, NoteOp[]>();
  for (const n of plan.notes) bySheet.set(n.sheet, [...(bySheet.get(n.sheet) ?? []), n]);
  for (const [sheet, notes] of bySheet) {
    const have = notedCells(pkg, pkg.sheet(sheet).path);
    const missing = notes.find((n) => !have.has(n.address.replace(/\$/g, '').toUpperCase()));
    if (missing) throw new PatchUnsupported(`notes: a new note at ${sheet}!${missing.address}`);
  }
}
