/**
 * Small linear helpers over XML text: the attributes of one start tag, an
 * element's extent, escaping. No DOM and no backtracking patterns: a sheet of
 * 10,000 rows is scanned once with indexOf.
 */

export type Attrs = [name: string, value: string][];

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/** The attributes of a start tag (`<c r="A1" s="3">` or `<c r='A1'/>`), values still escaped. */
export function parseAttrs(tag: string): Attrs {
  const out: Attrs = [];
  let i = 1;
  while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '>' && tag[i] !== '/') i++;
  for (;;) {
    while (i < tag.length && isSpace(tag[i])) i++;
    if (i >= tag.length || tag[i] === '>' || tag[i] === '/') return out;
    const nameStart = i;
    while (i < tag.length && tag[i] !== '=' && !isSpace(tag[i])) i++;
    const name = tag.slice(nameStart, i);
    while (i < tag.length && tag[i] !== '"' && tag[i] !== "'") i++;
    const quote = tag[i];
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) return out;
    out.push([name, tag.slice(i + 1, end)]);
    i = end + 1;
  }
}

export function attr(attrs: Attrs, name: string): string | undefined {
  for (const [n, v] of attrs) if (n === name) return v;
  return undefined;
}

/** The attributes as tag text (leading space before each), values as they were (escaped). */
export function attrsText(attrs: Attrs): string {
  let s = '';
  // Only a value with a double quote (read from a single-quoted attribute) needs escaping: splitting every value cost
  // a refresh ~10 ms at 1,000 problems, two thousand rows' start tags.
  for (const [n, v] of attrs) s += ` ${n}="${v.includes('"') ? v.split('"').join('&quot;') : v}"`;
  return s;
}

/** The attributes with `name` set to `value` (added at the end when missing), or removed when value is null. */
export function setAttr(attrs: Attrs, name: string, value: string | null): Attrs {
  const out: Attrs = [];
  let done = false;
  for (const [n, v] of attrs) {
    if (n !== name) out.push([n, v]);
    else if (value !== null && !done) {
      out.push([n, value]);
      done = true;
    }
  }
  if (!done && value !== null) out.push([name, value]);
  return out;
}

/** Where the start tag `<name` (followed by a space, `>` or `/`) begins at or after `from`; -1 when none. */
export function findTag(xml: string, name: string, from = 0, before = xml.length): number {
  const open = `<${name}`;
  for (let i = xml.indexOf(open, from); i >= 0 && i < before; i = xml.indexOf(open, i + 1)) {
    const ch = xml[i + open.length];
    if (ch === ' ' || ch === '>' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\r') return i;
  }
  return -1;
}

/** The end (exclusive) of the start tag opening at `at`. */
export function tagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/** The extent of the element whose start tag opens at `at`: [at, end) including its closing tag. */
export function elementEnd(xml: string, at: number, name: string): number {
  const te = tagEnd(xml, at);
  if (te < 0) return -1;
  if (xml[te - 2] === '/') return te;
  const close = `</${name}>`;
  const c = xml.indexOf(close, te);
  return c < 0 ? -1 : c + close.length;
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const rep = ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : undefined;
    if (rep) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Escaped XML text as the characters it stands for (the five entities and numeric references). */
export function unescapeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    const semi = text.indexOf(';', amp);
    if (semi < 0) break;
    out += text.slice(i, amp);
    const ent = text.slice(amp + 1, semi);
    if (ent === 'amp') out += '&';
    else if (ent === 'lt') out += '<';
    else if (ent === 'gt') out += '>';
    else if (ent === 'quot') out += '"';
    else if (ent === 'apos') out += "'";
    else if (ent[0] === '#')
      out += String.fromCodePoint(ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    else out += `&${ent};`;
    i = semi + 1;
  }
  return out + text.slice(i);
}
