/**
 * Cell styles of written cells, in styles.xml. Number formats: a cell keeps its style
 * (`s`, an index into <cellXfs>) when the style already shows the plan's
 * format; otherwise it gets a copy of its style with that format — an <xf>
 * already in the list when one is identical, else a new one at the end.
 * A format code missing from <numFmts> gets a new id from 164 up (ids below
 * are built in, ECMA-376 Part 1 §18.8.30). Any other part of a style (font,
 * fill, border, alignment, protection) is derived the same way (`derive`): a
 * copy of the cell's <xf> with that part replaced, a font, fill or border
 * added to its list (§18.8.23, §18.8.21, §18.8.5) unless an identical one is
 * there. Conditional formats point at differential formats (<dxfs>,
 * §18.8.15): `addDxf` adds one, or finds an identical one.
 */
import type { Fill } from '../../engine/core/plan';
import { PatchUnsupported } from './unsupported';
import { attr, attrsText, elementEnd, escapeXml, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';

/** The built-in formats a plan may name, and those that show dates (for the 1904 shift). */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  49: '@',
};

/** What a derived style changes of the cell's own; anything left out stays as the cell had it. */
export interface StyleChange {
  format?: string;
  /** Attributes of <alignment> (§18.8.1), e.g. { wrapText: '1', vertical: 'top' }: they replace the cell's alignment. */
  alignment?: Record<string, string>;
  /** Attributes of <protection> (§18.8.33), e.g. { locked: '0' }. */
  protection?: Record<string, string>;
  /** A whole <font>…</font>, <fill>…</fill> or <border>…</border> element. */
  font?: string;
  fill?: string;
  border?: string;
}

/** The list element holding each kind of shared style part, and its attribute on <xf>. */
const PARTS = { font: ['fonts', 'fontId'], fill: ['fills', 'fillId'], border: ['borders', 'borderId'] } as const;
type PartKind = keyof typeof PARTS;

/** The children of <styleSheet> after <dxfs> (§18.8.39): a new <dxfs> goes before the first of them. */
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** The differential format of a conditional format's fill, as ExcelJS writes it (../apply/rules.ts). */
export function dxfOfFill(fill: Fill): string {
  const bg = argb(fill.background);
  return (
    `<dxf><font><color rgb="${argb(fill.font)}"/></font>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="${bg}"/><bgColor rgb="${bg}"/></patternFill></fill></dxf>`
  );
}

/** The elements of a list (<fonts>, <dxfs>…) as texts, or [] when the list is missing. */
function listItems(xml: string, list: string, item: string): string[] {
  const at = findTag(xml, list);
  if (at < 0) return [];
  const end = elementEnd(xml, at, list);
  const out: string[] = [];
  for (let i = findTag(xml, item, at + 1, end); i >= 0;) {
    const e = elementEnd(xml, i, item);
    if (e < 0) throw new PatchUnsupported(`styles: ${item} without its end`);
    out.push(xml.slice(i, e));
    i = findTag(xml, item, e, end);
  }
  return out;
}

export class Styles {
  private readonly formats = new Map<number, string>();
  /** Ids written in <numFmts>: those the file lists, and the new ones. */
  private readonly listed = new Set<number>();
  private readonly xfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private added = false;
  /** Fonts, fills, borders and dxfs, read when first needed; `grown` lists those that got new items. */
  private readonly lists = new Map<string, string[]>();
  private readonly grown = new Set<string>();
  private readonly formatCache = new Map<number, string>();

  constructor(private xml: string) {
    for (const [id, code] of Object.entries(BUILTIN)) this.formats.set(Number(id), code);
    for (let at = findTag(xml, 'numFmt'); at >= 0; at = findTag(xml, 'numFmt', at + 1)) {
      const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
      this.formats.set(Number(attr(a, 'numFmtId')), unescapeXml(attr(a, 'formatCode') ?? ''));
      this.listed.add(Number(attr(a, 'numFmtId')));
    }
    const list = findTag(xml, 'cellXfs');
    if (list < 0) throw new PatchUnsupported('styles: no cellXfs');
    const end = elementEnd(xml, list, 'cellXfs');
    for (let at = findTag(xml, 'xf', list); at >= 0 && at < end;) {
      const e = elementEnd(xml, at, 'xf');
      this.xfs.push(xml.slice(at, e));
      at = findTag(xml, 'xf', e, end);
    }
  }

  /** The format code of a style index (General for none); remembered, since a style's format never changes. */
  formatOf(s: number): string {
    const known = this.formatCache.get(s);
    if (known !== undefined) return known;
    const xf = this.xfs[s];
    if (!xf) return 'General';
    const id = Number(attr(parseAttrs(xf.slice(0, tagEnd(xf, 0))), 'numFmtId') ?? 0);
    const format = this.formats.get(id) ?? '';
    this.formatCache.set(s, format);
    return format;
  }

  /** The style index showing `format` that is `s` in every other respect. */
  withFormat(s: number, format: string): number {
    if (this.formatOf(s) === format) return s;
    return this.derive(s, { format }, `f${format}`);
  }

  /**
   * The style index that is `s` with `change` made (an identical <xf> reused).
   * `name`: what the change is called, when the caller makes the same one for
   * many cells (remembered by it rather than by its contents).
   */
  derive(s: number, change: StyleChange, name = JSON.stringify(change)): number {
    const key = `${s}\u0000${name}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const head = tagEnd(base, 0);
    let a = parseAttrs(base.slice(0, head));
    let body = base[head - 2] === '/' ? '' : base.slice(head, base.lastIndexOf('</xf>'));
    if (change.format !== undefined) {
      a = setAttr(a, 'numFmtId', String(this.formatId(change.format)));
      a = setAttr(a, 'applyNumberFormat', '1');
    }
    for (const kind of ['font', 'fill', 'border'] as const) {
      const part = change[kind];
      if (part === undefined) continue;
      a = setAttr(a, PARTS[kind][1], String(this.addPart(kind, part)));
      a = setAttr(a, `apply${kind[0].toUpperCase()}${kind.slice(1)}`, '1');
    }
    // <xf> holds <alignment>, then <protection> (CT_Xf, §18.8.45).
    let alignment = childOf(body, 'alignment');
    let protection = childOf(body, 'protection');
    if (change.alignment) {
      alignment = `<alignment${attrsText(Object.entries(change.alignment))}/>`;
      a = setAttr(a, 'applyAlignment', '1');
    }
    if (change.protection) {
      protection = `<protection${attrsText(Object.entries(change.protection))}/>`;
      a = setAttr(a, 'applyProtection', '1');
    }
    if (change.alignment || change.protection)
      body = alignment + protection + withoutChildren(body, ['alignment', 'protection']);
    const xf = `<xf${attrsText(a)}${body ? `>${body}</xf>` : '/>'}`;
    let index = this.xfs.indexOf(xf);
    if (index < 0) {
      index = this.xfs.push(xf) - 1;
      this.added = true;
    }
    this.derived.set(key, index);
    return index;
  }

  /** The index of a font, fill or border in its list: an identical one's, or a new one's at the end. */
  private addPart(kind: PartKind, element: string): number {
    const items = this.items(PARTS[kind][0], kind);
    let i = items.indexOf(element);
    if (i < 0) {
      i = items.push(element) - 1;
      this.grown.add(PARTS[kind][0]);
      this.added = true;
    }
    return i;
  }

  private items(list: string, item: string): string[] {
    let items = this.lists.get(list);
    if (!items) this.lists.set(list, (items = listItems(this.xml, list, item)));
    return items;
  }

  /**
   * The index (dxfId) of a differential format, given as a whole <dxf>…</dxf>
   * element (dxfOfFill for a conditional format's fill): an identical one's,
   * or a new one's at the end of <dxfs>.
   */
  addDxf(dxf: string): number {
    const items = this.items('dxfs', 'dxf');
    let i = items.indexOf(dxf);
    if (i < 0) {
      i = items.push(dxf) - 1;
      this.grown.add('dxfs');
      this.added = true;
    }
    return i;
  }

  private formatId(format: string): number {
    let max = 163;
    for (const [id, code] of this.formats) {
      if (code === format) return id;
      max = Math.max(max, id);
    }
    this.formats.set(max + 1, format);
    this.listed.add(max + 1);
    this.added = true;
    return max + 1;
  }

  /** styles.xml with the new formats and styles; the text read when nothing was added. */
  text(): string {
    if (!this.added) return this.xml;
    let xml = this.xml;
    const custom = [...this.formats].filter(([id]) => this.listed.has(id));
    const numFmts =
      `<numFmts count="${custom.length}">` +
      custom.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('') +
      '</numFmts>';
    const nf = findTag(xml, 'numFmts');
    if (nf >= 0) xml = xml.slice(0, nf) + numFmts + xml.slice(elementEnd(xml, nf, 'numFmts'));
    else if (custom.length) {
      // <numFmts> is the first child of <styleSheet> (§18.8.39).
      const root = findTag(xml, 'styleSheet');
      const after = tagEnd(xml, root);
      xml = xml.slice(0, after) + numFmts + xml.slice(after);
    }
    for (const list of this.grown) xml = replaceList(xml, list, this.lists.get(list)!);
    const list = findTag(xml, 'cellXfs');
    const end = elementEnd(xml, list, 'cellXfs');
    const cellXfs = `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`;
    this.xml = xml.slice(0, list) + cellXfs + xml.slice(end);
    this.added = false;
    this.grown.clear();
    return this.xml;
  }
}

/** A list of styles.xml written anew with its items; a missing <dxfs> goes where §18.8.39 puts it. */
function replaceList(xml: string, list: string, items: string[]): string {
  const text = `<${list} count="${items.length}">${items.join('')}</${list}>`;
  const at = findTag(xml, list);
  if (at >= 0) return xml.slice(0, at) + text + xml.slice(elementEnd(xml, at, list));
  if (list !== 'dxfs') throw new PatchUnsupported(`styles: no ${list}`);
  let before = xml.lastIndexOf('</styleSheet>');
  for (const next of AFTER_DXFS) {
    const i = findTag(xml, next);
    if (i >= 0 && i < before) before = i;
  }
  if (before < 0) throw new PatchUnsupported('styles: no </styleSheet>');
  return xml.slice(0, before) + text + xml.slice(before);
}

/** The first child element `name` of an <xf>'s body, or ''. */
function childOf(body: string, name: string): string {
  const at = findTag(body, name);
  return at < 0 ? '' : body.slice(at, elementEnd(body, at, name));
}

function withoutChildren(body: string, names: string[]): string {
  let out = body;
  for (const name of names) {
    const at = findTag(out, name);
    if (at >= 0) out = out.slice(0, at) + out.slice(elementEnd(out, at, name));
  }
  return out;
}
