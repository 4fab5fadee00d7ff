/**
 * How a rebuilt sheet looks, outside its cells: tab colour, frozen pane,
 * column widths, printing and protection, set on a worksheet part's text as
 * the ExcelJS path sets them (../apply/sheets.ts, ../apply/protection.ts):
 * each only when the SheetOp lists it, everything else of the part stays.
 * Element and attribute names are those of ECMA-376 Part 1 §18.3.1.
 */
import type { SheetOp } from '../../engine/core/plan';
import type { PageTexts, PrintSetup } from '../../engine/core/print';
import { cellAddress } from '../../engine/core/a1';
import { PatchUnsupported } from './unsupported';
import { WORKSHEET_ORDER, putChild } from './worksheet';
import { type Attrs, attr, attrsText, elementEnd, escapeXml, findTag, parseAttrs, setAttr, tagEnd } from './xml';

/** What ExcelJS writes for a sheet protected without a password, with the options the adapters use. */
export const PROTECTION = '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/**
 * The head of a part (before <sheetData>) with `name` replaced by `content`
 * ('' removes it), or, when missing, put before the first child that follows
 * it in CT_Worksheet (§18.3.1.99).
 */
export function putHeadChild(head: string, name: (typeof WORKSHEET_ORDER)[number], content: string): string {
  const at = findTag(head, name);
  if (at >= 0) {
    const end = elementEnd(head, at, name);
    if (end < 0) throw new PatchUnsupported(`sheet: ${name} without its end`);
    return head.slice(0, at) + content + head.slice(end);
  }
  if (!content) return head;
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  let before = head.length;
  for (const next of later) {
    const i = findTag(head, next);
    if (i >= 0 && i < before) before = i;
  }
  return head.slice(0, before) + content + head.slice(before);
}

/** The first `name` element in xml, as text, or ''. */
function element(xml: string, name: string): string {
  const at = findTag(xml, name);
  return at < 0 ? '' : xml.slice(at, elementEnd(xml, at, name));
}

function startTagAttrs(el: string): Attrs {
  return el ? parseAttrs(el.slice(0, tagEnd(el, 0))) : [];
}

/**
 * <sheetPr> (§18.3.1.82) with the tab colour and, for a printed sheet, the
 * "fit to pages" switch (<pageSetUpPr fitToPage>, which makes fitToWidth count).
 * Its children are a sequence: tabColor, outlinePr, pageSetUpPr.
 */
function sheetPr(head: string, op: SheetOp): string {
  if (!op.tabColor && !op.print) return head;
  const old = element(head, 'sheetPr');
  const a = startTagAttrs(old);
  const body = old && old[tagEnd(old, 0) - 2] !== '/' ? old.slice(tagEnd(old, 0), old.lastIndexOf('</sheetPr>')) : '';
  const tab = op.tabColor ? `<tabColor rgb="${argb(op.tabColor)}"/>` : element(body, 'tabColor');
  const outline = element(body, 'outlinePr');
  let setup = element(body, 'pageSetUpPr');
  if (op.print) setup = `<pageSetUpPr${attrsText(setAttr(startTagAttrs(setup), 'fitToPage', '1'))}/>`;
  return putHeadChild(head, 'sheetPr', `<sheetPr${attrsText(a)}>${tab}${outline}${setup}</sheetPr>`);
}

/**
 * The frozen pane (<pane>, §18.3.1.66) in the first <sheetView>; the view's
 * other settings stay. The pane and the selection name the same quadrant:
 * bottomLeft below frozen rows, topRight beside frozen columns, bottomRight for both.
 */
function sheetViews(head: string, f: NonNullable<SheetOp['freeze']>): string {
  const views = element(head, 'sheetViews');
  const view = element(views, 'sheetView');
  const a = setAttr(startTagAttrs(view), 'workbookViewId', attr(startTagAttrs(view), 'workbookViewId') ?? '0');
  let body = '';
  if (f.rows > 0 || f.columns > 0) {
    const cell = cellAddress(f.rows + 1, f.columns + 1);
    const pane = f.rows && f.columns ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
    const split = (f.columns ? ` xSplit="${f.columns}"` : '') + (f.rows ? ` ySplit="${f.rows}"` : '');
    body =
      `<pane${split} topLeftCell="${cell}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${cell}" sqref="${cell}"/>`;
  }
  const others = views ? views.slice(views.indexOf(view) + view.length, views.lastIndexOf('</sheetViews>')) : '';
  const first = `<sheetView${attrsText(a)}${body ? `>${body}</sheetView>` : '/>'}`;
  return putHeadChild(head, 'sheetViews', `<sheetViews>${first}${view ? others : ''}</sheetViews>`);
}

/** ExcelJS's default width (9) is not written; 9 + 1/256 is the same 63 pixels and is (../apply/sheets.ts). */
export function writtenWidth(chars: number): number {
  return chars === 9 ? 9 + 1 / 256 : chars;
}

interface ColRange {
  min: number;
  max: number;
  attrs: Attrs;
}

/** The <col> ranges of a head (§18.3.1.13). */
export function colRanges(head: string): ColRange[] {
  const cols = element(head, 'cols');
  const out: ColRange[] = [];
  for (let at = findTag(cols, 'col'); at >= 0; at = findTag(cols, 'col', at + 1)) {
    const a = parseAttrs(cols.slice(at, tagEnd(cols, at)));
    out.push({ min: Number(attr(a, 'min')), max: Number(attr(a, 'max')), attrs: a });
  }
  return out;
}

/** The width of a column as a reader takes it: its <col>'s, else 9 (what ExcelJS gives a column without one). */
export function widthOf(ranges: ColRange[], col: number): number {
  for (const r of ranges) {
    if (col < r.min || col > r.max) continue;
    const w = attr(r.attrs, 'width');
    if (w !== undefined) return Number(w);
  }
  return 9;
}

/** <cols> with the plan's widths: a range over a listed column is split around it, its other columns keep theirs. */
function cols(head: string, widths: Record<number, number>): string {
  const set = new Map(Object.entries(widths).map(([c, w]) => [Number(c), writtenWidth(w)]));
  const out: ColRange[] = [];
  const listed = (c: number, base: Attrs): ColRange => {
    const a = setAttr(setAttr(base, 'width', String(set.get(c))), 'customWidth', '1');
    return { min: c, max: c, attrs: a };
  };
  for (const r of colRanges(head)) {
    const inside = [...set.keys()].filter((c) => c >= r.min && c <= r.max).sort((x, y) => x - y);
    let from = r.min;
    for (const c of inside) {
      if (from < c) out.push({ ...r, min: from, max: c - 1 });
      out.push(listed(c, r.attrs));
      set.delete(c);
      from = c + 1;
    }
    if (from <= r.max) out.push({ ...r, min: from, max: r.max });
  }
  for (const c of set.keys()) out.push(listed(c, []));
  out.sort((x, y) => x.min - y.min);
  const text = out
    .map((r) => `<col${attrsText(setAttr(setAttr(r.attrs, 'min', String(r.min)), 'max', String(r.max)))}/>`)
    .join('');
  return putHeadChild(head, 'cols', text ? `<cols>${text}</cols>` : '');
}

/** The head of a rebuilt sheet's part (before <sheetData>) as the SheetOp sets it. */
export function presentHead(head: string, op: SheetOp): string {
  let out = sheetPr(head, op);
  if (op.freeze) out = sheetViews(out, op.freeze);
  if (op.widths && Object.keys(op.widths).length) out = cols(out, op.widths);
  return out;
}

/** Excel's header/footer string: the sections after their &L, &C, &R codes (§18.3.1.46). */
function pageTexts(t: PageTexts | undefined): string {
  if (!t) return '';
  return (t.left ? `&L${t.left}` : '') + (t.center ? `&C${t.center}` : '') + (t.right ? `&R${t.right}` : '');
}

const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/**
 * A4 (paperSize 9), the orientation, so many pages across and any number down
 * (§18.3.1.63), and the header and footer (§18.3.1.46). Other settings of the
 * page stay; the print titles and area are defined names (printNames.ts).
 */
function print(tail: string, p: PrintSetup): string {
  let out = tail;
  if (!element(out, 'pageMargins')) out = putChild(out, 'pageMargins', MARGINS);
  let a = startTagAttrs(element(out, 'pageSetup'));
  a = setAttr(a, 'paperSize', '9');
  a = setAttr(a, 'orientation', p.orientation);
  a = setAttr(a, 'fitToWidth', String(p.pagesWide));
  a = setAttr(a, 'fitToHeight', '0');
  out = putChild(out, 'pageSetup', `<pageSetup${attrsText(a)}/>`);
  const header = pageTexts(p.header);
  const footer = pageTexts(p.footer);
  const hf =
    (header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : '') +
    (footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : '');
  return putChild(out, 'headerFooter', hf ? `<headerFooter>${hf}</headerFooter>` : '');
}

/** The part after a rebuilt sheet's cells as the SheetOp sets it: merges undone (the rows are new), protection, printing. */
export function presentTail(tail: string, op: SheetOp, cleared: boolean): string {
  let out = cleared ? putChild(tail, 'mergeCells', '') : tail;
  if (op.protect) out = putChild(out, 'sheetProtection', PROTECTION);
  if (op.print) out = print(out, op.print);
  return out;
}
