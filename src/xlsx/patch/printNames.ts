/**
 * A sheet's print titles and print area, which SpreadsheetML keeps as
 * defined names of the workbook scoped to the sheet: `_xlnm.Print_Titles`
 * and `_xlnm.Print_Area` with `localSheetId`, the sheet's 0-based position
 * in <sheets> (ECMA-376 Part 1 §18.2.5, built-in names §18.2.6). Written as
 * ExcelJS writes them for pageSetup.printTitlesRow / printArea
 * (../apply/sheets.ts print): the sheet name quoted, references absolute.
 */
import type { PrintSetup } from '../../engine/core/print';
import { PatchUnsupported } from './unsupported';
import { attr, elementEnd, escapeXml, findTag, parseAttrs, tagEnd } from './xml';

/** 'A1:L1048576' as '$A$1:$L$1048576'. */
function absolute(range: string): string {
  return range
    .split(':')
    .map((cell) => cell.replace(/\$/g, '').replace(/^([A-Z]+)(\d+)$/i, '$$$1$$$2'))
    .join(':');
}

/** workbook.xml with `name` (scoped to sheet `index`) set to `value`: replaced where it is, else added. */
function setLocalName(xml: string, name: string, index: number, value: string): string {
  const element = `<definedName name="${name}" localSheetId="${index}">${escapeXml(value)}</definedName>`;
  const list = findTag(xml, 'definedNames');
  if (list < 0) {
    // CT_Workbook (§18.2.27): <definedNames> follows <sheets>, <functionGroups> and <externalReferences>.
    let after = -1;
    for (const prev of ['externalReferences', 'functionGroups', 'sheets']) {
      const at = findTag(xml, prev);
      if (at >= 0) after = Math.max(after, elementEnd(xml, at, prev));
    }
    if (after < 0) throw new PatchUnsupported('workbook: no sheets');
    return `${xml.slice(0, after)}<definedNames>${element}</definedNames>${xml.slice(after)}`;
  }
  const end = elementEnd(xml, list, 'definedNames');
  for (let at = findTag(xml, 'definedName', list + 1); at >= 0 && at < end;) {
    const e = elementEnd(xml, at, 'definedName');
    const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
    if (attr(a, 'name') === name && attr(a, 'localSheetId') === String(index))
      return xml.slice(0, at) + element + xml.slice(e);
    at = findTag(xml, 'definedName', e, end);
  }
  if (xml[tagEnd(xml, list) - 2] === '/')
    return `${xml.slice(0, list)}<definedNames>${element}</definedNames>${xml.slice(end)}`;
  const close = end - '</definedNames>'.length;
  return xml.slice(0, close) + element + xml.slice(close);
}

/** workbook.xml with the print titles and area of the sheet at `index` (named `sheet`) as `p` sets them. */
export function setPrintNames(xml: string, sheet: string, index: number, p: PrintSetup): string {
  const quoted = `'${sheet.split("'").join("''")}'`;
  let out = xml;
  if (p.area) out = setLocalName(out, '_xlnm.Print_Area', index, `${quoted}!${absolute(p.area)}`);
  if (p.titleRows)
    out = setLocalName(out, '_xlnm.Print_Titles', index, `${quoted}!$${p.titleRows.first}:$${p.titleRows.last}`);
  return out;
}
