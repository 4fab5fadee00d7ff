/**
 * Tables (TableOp) on a patched file: an existing table resized to the
 * plan's range. The table part (ECMA-376 Part 1, §18.5.1.2 CT_Table) gets the
 * new `ref`, and its <autoFilter> (§18.3.1.2) the same range, as the ExcelJS
 * writer sets them (../apply/tables.ts). The table's columns must be the
 * plan's headers, left to right, from the same top-left cell: a table whose
 * columns change, a totals row, or a table that does not exist yet is left
 * to ExcelJS (PatchUnsupported, named).
 */
import type { Plan, TableOp } from '../../engine/core/plan';
import { parseRange } from '../../engine/core/a1';
import type { Package } from './package';
import { PatchUnsupported } from './unsupported';
import { attr, attrsText, elementEnd, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';

/** The table part of the sheet's that holds the table named `name`, or null. */
function tablePart(pkg: Package, op: TableOp): string | null {
  for (const { path } of pkg.related(pkg.sheet(op.sheet).path, 'table')) {
    const xml = pkg.text(path);
    const at = findTag(xml, 'table');
    const a = at < 0 ? [] : parseAttrs(xml.slice(at, tagEnd(xml, at)));
    if (unescapeXml(attr(a, 'name') ?? '') === op.name) return path;
  }
  return null;
}

/** The start tag at `at` with attribute `name` set to `value`, closing as it did. */
function withAttr(xml: string, at: number, name: string, value: string): string {
  const te = tagEnd(xml, at);
  const tag = xml.slice(at, te);
  const element = tag.slice(1).split(/[\s/>]/, 1)[0];
  const close = xml[te - 2] === '/' ? '/>' : '>';
  return xml.slice(0, at) + `<${element}${attrsText(setAttr(parseAttrs(tag), name, value))}${close}` + xml.slice(te);
}

function resized(xml: string, op: TableOp): string {
  const at = findTag(xml, 'table');
  const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
  const why = (what: string) => new PatchUnsupported(`table ${op.name}: ${what}`);
  if (attr(a, 'headerRowCount') === '0') throw why('no header row');
  if (Number(attr(a, 'totalsRowCount') ?? 0) > 0) throw why('a totals row');
  const was = parseRange((attr(a, 'ref') ?? '').replace(/\$/g, ''));
  const next = parseRange(op.ref);
  if (was.top !== next.top || was.left !== next.left || was.right !== next.right) throw why('moved or widened');
  const cols = findTag(xml, 'tableColumns');
  const colsEnd = cols < 0 ? -1 : elementEnd(xml, cols, 'tableColumns');
  const names: string[] = [];
  for (let c = findTag(xml, 'tableColumn', cols, colsEnd); c >= 0; c = findTag(xml, 'tableColumn', c + 1, colsEnd))
    names.push(unescapeXml(attr(parseAttrs(xml.slice(c, tagEnd(xml, c))), 'name') ?? ''));
  if (names.join('\u0000') !== op.headers.join('\u0000')) throw why('other columns');
  if (attr(a, 'ref') === op.ref) return xml;
  let out = withAttr(xml, at, 'ref', op.ref);
  const filter = findTag(out, 'autoFilter');
  if (filter >= 0) out = withAttr(out, filter, 'ref', op.ref);
  else {
    // <autoFilter> is CT_Table's first child: ExcelJS gives every table one over its range.
    const te = tagEnd(out, at);
    if (out[te - 2] === '/') throw why('no columns');
    out = out.slice(0, te) + `<autoFilter ref="${op.ref}"/>` + out.slice(te);
  }
  return out;
}

/** Each TableOp's table resized in its part. */
export function patchTables(pkg: Package, plan: Plan): void {
  for (const op of plan.tables) {
    const path = tablePart(pkg, op);
    if (!path) throw new PatchUnsupported(`table ${op.name}: a new table`);
    pkg.setText(path, resized(pkg.text(path), op));
  }
}
