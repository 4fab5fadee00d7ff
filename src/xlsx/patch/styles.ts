/**
 * Number formats of written cells, in styles.xml: a cell keeps its style
 * (`s`, an index into <cellXfs>) when the style already shows the plan's
 * format; otherwise it gets a copy of its style with that format — an <xf>
 * already in the list when one is identical, else a new one at the end.
 * A format code missing from <numFmts> gets a new id from 164 up (ids below
 * are built in, ECMA-376 Part 1 §18.8.30).
 */
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

export class Styles {
  private readonly formats = new Map<number, string>();
  /** Ids written in <numFmts>: those the file lists, and the new ones. */
  private readonly listed = new Set<number>();
  private readonly xfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private added = false;

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

  /** The format code of a style index (General for none). */
  formatOf(s: number): string {
    const xf = this.xfs[s];
    if (!xf) return 'General';
    const id = Number(attr(parseAttrs(xf.slice(0, tagEnd(xf, 0))), 'numFmtId') ?? 0);
    return this.formats.get(id) ?? '';
  }

  /** The style index showing `format` that is `s` in every other respect. */
  withFormat(s: number, format: string): number {
    if (this.formatOf(s) === format) return s;
    const key = `${s}\u0000${format}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const head = tagEnd(base, 0);
    let a = parseAttrs(base.slice(0, head));
    a = setAttr(a, 'numFmtId', String(this.formatId(format)));
    a = setAttr(a, 'applyNumberFormat', '1');
    const selfClosing = base[head - 2] === '/';
    const xf = `<xf${attrsText(a)}${selfClosing ? '/>' : '>' + base.slice(head)}`;
    let index = this.xfs.indexOf(xf);
    if (index < 0) {
      index = this.xfs.push(xf) - 1;
      this.added = true;
    }
    this.derived.set(key, index);
    return index;
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
    const list = findTag(xml, 'cellXfs');
    const end = elementEnd(xml, list, 'cellXfs');
    const cellXfs = `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`;
    this.xml = xml.slice(0, list) + cellXfs + xml.slice(end);
    this.added = false;
    return this.xml;
  }
}
