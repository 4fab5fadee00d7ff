/**
 * Text written into cells. Most goes in as an inline string (`t="inlineStr"`),
 * which leaves sharedStrings.xml — often the package's largest part — as it
 * was. A text that needs the format's `_xHHHH_` escapes goes into the shared
 * strings instead: Excel and LibreOffice read the escapes from either, but
 * ExcelJS and openpyxl only from shared strings (see ../apply/laterRows.ts).
 */
import { ooxmlEscapes, xmlText } from '../apply/laterRows';
import { attr, attrsText, findTag, parseAttrs, setAttr, tagEnd } from './xml';

const NEW_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

export class SharedStrings {
  private added: string[] = [];
  private unique: number | null = null;

  constructor(private readonly xml: string | null) {}

  /** Whether a text must go through the shared strings. */
  static needed(text: string): boolean {
    return ooxmlEscapes(text) !== text;
  }

  /** The index of a new shared string holding `text`. */
  add(text: string): number {
    if (this.unique === null) this.unique = this.xml === null ? 0 : this.countItems();
    this.added.push(text);
    return this.unique + this.added.length - 1;
  }

  private countItems(): number {
    const xml = this.xml!;
    let n = 0;
    for (let at = findTag(xml, 'si'); at >= 0; at = findTag(xml, 'si', at + 3)) n++;
    return n;
  }

  /** The part with the added strings (a new part when the package had none); null when nothing was added. */
  text(): string | null {
    if (!this.added.length) return null;
    const xml = this.xml ?? NEW_PART;
    const root = findTag(xml, 'sst');
    const head = tagEnd(xml, root);
    let a = parseAttrs(xml.slice(root, head));
    const total = this.unique! + this.added.length;
    a = setAttr(a, 'uniqueCount', String(total));
    const count = attr(a, 'count');
    if (count !== undefined) a = setAttr(a, 'count', String(Number(count) + this.added.length));
    const items = this.added.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join('');
    if (xml[head - 2] === '/') return `${xml.slice(0, root)}<sst${attrsText(a)}>${items}</sst>${xml.slice(head)}`;
    const close = xml.lastIndexOf('</sst>');
    return `${xml.slice(0, root)}<sst${attrsText(a)}>${xml.slice(head, close)}${items}${xml.slice(close)}`;
  }
}
