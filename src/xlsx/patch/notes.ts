/**
 * Notes (NoteOp) on a patched file. A note is added only where the cell has
 * none (src/engine/core/plan.ts), so the sheet's comments part (ECMA-376
 * Part 1, §18.7.3 CT_Comments, related to the sheet by a `comments`
 * relationship) is read for the cells that have one: a note there is a
 * no-op. A new note on a sheet that has notes is added to both parts that
 * show it: a <comment> (§18.7.2) in the comments part, by its first author,
 * and a note shape in the sheet's VML drawing (the legacy drawing Excel shows
 * notes with, §18.3.1.49; VML itself is Part 4 §19), as ExcelJS writes them.
 * A sheet without notes would need both parts created, with their
 * relationships, content types and the sheet's <legacyDrawing>: that is left
 * to ExcelJS (PatchUnsupported, named), as is a drawing this code does not
 * recognise.
 */
import type { NoteOp, Plan } from '../../engine/core/plan';
import { parseAddress } from '../../engine/core/a1';
import { xmlText } from '../apply/laterRows';
import type { Package } from './package';
import { PatchUnsupported } from './unsupported';
import { attr, findTag, parseAttrs, tagEnd } from './xml';

const refKey = (ref: string) => ref.replace(/\$/g, '').toUpperCase();

/** The cells of a comments part that have a note. */
function notedCells(xml: string): Set<string> {
  const out = new Set<string>();
  for (let at = findTag(xml, 'comment'); at >= 0; at = findTag(xml, 'comment', at + 1)) {
    const ref = attr(parseAttrs(xml.slice(at, tagEnd(xml, at))), 'ref');
    if (ref) out.add(refKey(ref));
  }
  return out;
}

/** A <comment> as ExcelJS writes a plain note: one run of text, by author 0. */
function commentXml(note: NoteOp): string {
  const text = xmlText(note.text);
  const space = /^\s|\s$|\n/.test(note.text) ? ' xml:space="preserve"' : '';
  return `<comment ref="${refKey(note.address)}" authorId="0"><text><r><t${space}>${text}</t></r></text></comment>`;
}

/** A note's shape as ExcelJS writes it (its default place beside the cell, hidden until hovered). */
function shapeXml(note: NoteOp, id: number): string {
  const { row, column } = parseAddress(refKey(note.address));
  const top = Math.max(row - 2, 0);
  const anchor = [column, 6, top, 14, column + 2, 2, top + 4, 16].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;` +
    `margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" ` +
    `strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/>` +
    `<v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/>` +
    `</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
    `<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row - 1}</x:Row>` +
    `<x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * The VML drawing with the shapes added, worked on as bytes: a drawing need not be UTF-8 (Excel writes its
 * own in a legacy code page), and only ASCII is added, before its closing </xml>.
 */
function withShapes(vml: Buffer, notes: NoteOp[], sheet: string): Buffer {
  const text = vml.toString('latin1');
  const why = (what: string) => new PatchUnsupported(`notes: ${sheet}'s drawing ${what}`);
  if (!text.includes('id="_x0000_t202"')) throw why('has no note shape type');
  for (const ns of ['xmlns:v=', 'xmlns:o=', 'xmlns:x=']) if (!text.includes(ns)) throw why('uses other prefixes');
  const close = text.lastIndexOf('</xml>');
  if (close < 0) throw why('has no </xml>');
  let id = 1024;
  for (const m of text.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
  const shapes = notes.map((n) => shapeXml(n, ++id)).join('');
  return Buffer.concat([vml.subarray(0, close), Buffer.from(shapes, 'latin1'), vml.subarray(close)]);
}

/** The plan's notes that are not there yet, added to their sheets' notes; PatchUnsupported where that cannot be. */
export function patchNotes(pkg: Package, plan: Plan): void {
  const bySheet = new Map<string, NoteOp[]>();
  for (const n of plan.notes) bySheet.set(n.sheet, [...(bySheet.get(n.sheet) ?? []), n]);
  for (const [sheet, notes] of bySheet) {
    const path = pkg.sheet(sheet).path;
    const parts = pkg.related(path, 'comments');
    const have = new Set(parts.flatMap((p) => [...notedCells(pkg.text(p.path))]));
    const missing: NoteOp[] = [];
    for (const n of notes) {
      if (have.has(refKey(n.address))) continue;
      have.add(refKey(n.address));
      missing.push(n);
    }
    if (!missing.length) continue;
    const drawings = pkg.related(path, 'vmlDrawing');
    if (parts.length !== 1 || drawings.length !== 1)
      throw new PatchUnsupported(`notes: a new note at ${sheet}!${missing[0].address}, on a sheet without notes`);
    const comments = pkg.text(parts[0].path);
    const list = comments.lastIndexOf('</commentList>');
    if (list < 0 || findTag(comments, 'author') < 0)
      throw new PatchUnsupported(`notes: ${sheet}'s comments have no list or no author`);
    pkg.setText(parts[0].path, comments.slice(0, list) + missing.map(commentXml).join('') + comments.slice(list));
    pkg.setData(drawings[0].path, withShapes(pkg.data(drawings[0].path), missing, sheet));
  }
}
