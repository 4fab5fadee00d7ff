/**
 * The little XML the lean reader needs, linear in its input: attributes of
 * one tag, entity decoding, and walking the elements of a small part. No
 * DOM is built and nothing recurses, so a deep or long part cannot exhaust
 * the stack; no entity is expanded but the five predefined and character
 * references (no DTD is read).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The attributes of the tag text from just after its name to its '>' (or
 * '/>'): name (prefix dropped) → decoded value.
 */
export function attributes(s: string, from = 0, to = s.length): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = from;
  while (i < to) {
    let c = s.charCodeAt(i);
    while (i < to && isSpace(c)) c = s.charCodeAt(++i);
    const nameStart = i;
    let colon = -1;
    // a name runs to '=', a space, '>' or '/'
    while (i < to && c !== 61 && c !== 62 && c !== 47 && !isSpace(c)) {
      if (c === 58) colon = i;
      c = s.charCodeAt(++i);
    }
    if (i === nameStart) {
      i++;
      continue;
    }
    const nameEnd = i;
    while (i < to && isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61) continue;
    c = s.charCodeAt(++i);
    while (i < to && isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 34 && c !== 39) continue;
    const end = s.indexOf(c === 34 ? '"' : "'", i + 1);
    if (end < 0 || end > to) break;
    // xmlns:x stays whole; r:id and x:r lose their prefix (the prefix a producer picks is its own).
    const name =
      colon > 0 && !s.startsWith('xmlns', nameStart) ? s.slice(colon + 1, nameEnd) : s.slice(nameStart, nameEnd);
    if (!(name in out)) out[name] = decodeXml(s.slice(i + 1, end));
    i = end + 1;
  }
  return out;
}

export interface Tag {
  /** Local name (prefix dropped), with '/' in front for a closing tag. */
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Offsets of the tag in the text: from '<' to just past '>'. */
  start: number;
  end: number;
}

/**
 * Calls `visit` for each element tag of a part, in order (comments,
 * processing instructions and CDATA are skipped); `visit` returns false to
 * stop. Only the tags named in `wanted` have their attributes parsed.
 */
export function eachTag(xml: string, wanted: ReadonlySet<string>, visit: (tag: Tag) => boolean | void): void {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    const c = xml[lt + 1];
    if (c === '!' || c === '?') {
      const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(close, lt + 2);
      if (e < 0) return;
      i = e + close.length;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return;
    let n = lt + 1;
    const closing = xml[n] === '/';
    if (closing) n++;
    let e = n;
    while (e < gt && !isSpace(xml.charCodeAt(e)) && xml[e] !== '/' && xml[e] !== '>') e++;
    let name = xml.slice(n, e);
    const colon = name.indexOf(':');
    if (colon >= 0) name = name.slice(colon + 1);
    const selfClosing = xml[gt - 1] === '/';
    if (closing) name = '/' + name;
    if (wanted.has(name)) {
      const attrs = closing ? {} : attributes(xml, e, selfClosing ? gt - 1 : gt);
      if (visit({ name, attrs, selfClosing, start: lt, end: gt + 1 }) === false) return;
    }
    i = gt + 1;
  }
}

/** The '>' that ends the tag opening at `lt`, skipping quoted attribute values; -1 if none. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}
