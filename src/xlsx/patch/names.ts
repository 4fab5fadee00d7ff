/**
 * Workbook-scoped defined names (NameOp) in workbook.xml: <definedNames>
 * (ECMA-376 Part 1, §18.2.6) holds one <definedName> (§18.2.5) per name; a
 * workbook-scoped one has no `localSheetId`. The name is set to the plan's
 * reference, whatever it pointed at (as ../apply/names.ts does); a name
 * already pointing there is left as it is. A missing <definedNames> goes where
 * CT_Workbook's sequence puts it (§18.2.27): after <sheets> and the elements
 * between, before <calcPr> and the rest.
 */
import type { NameOp } from '../../engine/core/plan';
import { PatchUnsupported } from './unsupported';
import { attr, elementEnd, escapeXml, findTag, parseAttrs, tagEnd, unescapeXml } from './xml';

/** The children of <workbook> that follow <definedNames> (§18.2.27). */
const AFTER_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** Where the workbook-scoped name `name` is defined: [start, end) of its element, or null. */
function findName(xml: string, name: string, from: number, end: number): [number, number] | null {
  for (let at = findTag(xml, 'definedName', from, end); at >= 0;) {
    const e = elementEnd(xml, at, 'definedName');
    if (e < 0) throw new PatchUnsupported('workbook: a defined name without its end');
    const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
    const same = unescapeXml(attr(a, 'name') ?? '').toLowerCase() === name.toLowerCase();
    if (same && attr(a, 'localSheetId') === undefined) return [at, e];
    at = findTag(xml, 'definedName', e, end);
  }
  return null;
}

export function patchNames(workbook: string, ops: NameOp[]): string {
  let xml = workbook;
  for (const op of ops) {
    const ref = op.ref.replace(/^=/, '');
    const element = `<definedName name="${escapeXml(op.name)}">${escapeXml(ref)}</definedName>`;
    const list = findTag(xml, 'definedNames');
    if (list < 0) {
      let at = -1;
      for (const next of AFTER_NAMES) {
        const i = findTag(xml, next);
        if (i >= 0 && (at < 0 || i < at)) at = i;
      }
      if (at < 0) at = xml.lastIndexOf('</workbook>');
      if (at < 0) throw new PatchUnsupported('workbook: no </workbook>');
      xml = xml.slice(0, at) + `<definedNames>${element}</definedNames>` + xml.slice(at);
      continue;
    }
    const te = tagEnd(xml, list);
    if (xml[te - 2] === '/') {
      xml = xml.slice(0, list) + `<definedNames>${element}</definedNames>` + xml.slice(te);
      continue;
    }
    const end = elementEnd(xml, list, 'definedNames');
    const found = findName(xml, op.name, te, end);
    if (!found) {
      const close = end - '</definedNames>'.length;
      xml = xml.slice(0, close) + element + xml.slice(close);
      continue;
    }
    const [at, e] = found;
    const body = xml.slice(tagEnd(xml, at), e).replace(/<\/definedName>$/, '');
    if (unescapeXml(body).trim() === ref) continue;
    xml = xml.slice(0, at) + element + xml.slice(e);
  }
  return xml;
}
