/**
 * Elements of a worksheet part outside its cells, put where the schema wants
 * them. CT_Worksheet (ECMA-376 Part 1, §18.3.1.99) is a sequence: a consumer
 * may refuse a part whose children are out of order (Excel "repairs" it), so
 * a new element goes before the first element that must follow it.
 */
import { PatchUnsupported } from './unsupported';
import { elementEnd, findTag } from './xml';

/** The children of <worksheet>, in the order of §18.3.1.99. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

export type WorksheetChild = (typeof WORKSHEET_ORDER)[number];

/** Every element `name` in `tail` (the part after </sheetData>): [start, end) ranges, in order. */
export function childRanges(tail: string, name: WorksheetChild): [number, number][] {
  const xml = tail;
  const out: [number, number][] = [];
  for (let at = findTag(xml, name); at >= 0;) {
    const end = elementEnd(xml, at, name);
    if (end < 0) throw new PatchUnsupported(`sheet: ${name} without its end`);
    out.push([at, end]);
    at = findTag(xml, name, end);
  }
  return out;
}

/**
 * The part after </sheetData> with every `name` element replaced by `content`
 * ('' removes them), placed where the first of them was or, when there was
 * none, before the first child that follows `name` in §18.3.1.99.
 */
export function putChild(xml: string, name: WorksheetChild, content: string): string {
  if (WORKSHEET_ORDER.indexOf(name) <= WORKSHEET_ORDER.indexOf('sheetData'))
    throw new Error(`putChild: ${name} comes before the cells`);
  const ranges = childRanges(xml, name);
  if (ranges.length) {
    let out = xml.slice(0, ranges[0][0]) + content;
    ranges.forEach(([, end], i) => (out += xml.slice(end, i + 1 < ranges.length ? ranges[i + 1][0] : xml.length)));
    return out;
  }
  if (!content) return xml;
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  let at = -1;
  for (const next of later) {
    const i = findTag(xml, next);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  if (at < 0) throw new PatchUnsupported('sheet: no </worksheet>');
  return xml.slice(0, at) + content + xml.slice(at);
}

/** The first `name` element of the part after </sheetData>, as text, or null. */
export function childText(xml: string, name: WorksheetChild): string | null {
  const r = childRanges(xml, name)[0];
  return r ? xml.slice(r[0], r[1]) : null;
}
