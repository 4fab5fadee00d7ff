/**
 * A file name from a unit's (or any user-typed) name, safe on every system —
 * the one rule for every command that writes a file per unit (下发's
 * packages, 督办函 letters): no
 * / \ : * ? " < > | or control characters, no right-to-left or other
 * invisible format characters (a name that shows as ".xlsx" but is not), no
 * leading or trailing dots or spaces, no reserved Windows device name, not
 * too long (120 UTF-8 bytes); names equal but for case get -2, -3… (Windows and macOS would
 * write them over each other).
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Without leading or trailing dots and spaces (a loop, not a pattern: linear on any input). */
function trimDots(s: string): string {
  const edge = (c: string) => c === '.' || c === ' ';
  let a = 0;
  let b = s.length;
  while (a < b && edge(s[a])) a++;
  while (b > a && edge(s[b - 1])) b--;
  return s.slice(a, b);
}

/**
 * A stem's length in UTF-8 bytes: Linux and macOS allow 255 bytes in a file name, and a Chinese character takes
 * three. 120 leaves room for a prefix, a date, a number and the temporary name a write goes through
 * (`.<name>.<pid>.<time>.tmp`).
 */
const STEM_BYTES = 120;

function utf8Length(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** The longest start of `s`, whole characters, within `max` UTF-8 bytes. */
function cutToBytes(s: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    bytes += utf8Length(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

export function safeFileStem(unit: string): string {
  let s = unit
    .normalize('NFC')
    // Controls, and format characters: RTL/LTR marks and overrides, zero-width joiners, BOM.
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ');
  s = trimDots(s);
  s = trimDots(cutToBytes(s, STEM_BYTES));
  if (!s) s = 'unit';
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * One file name per name given, in order: `<prefix><stem><suffix><ext>`, the stem the name's safe stem. Names that
 * collide after cleaning (`市局/一科`, `市局:一科`, `市局 一科`; long names equal in their first 80 characters; names
 * equal but for case) get `-2`, `-3`… in the order given: every entry has a file of its own, and the same input
 * gives the same names.
 */
export function uniqueFileNames(
  names: readonly string[],
  ext: string,
  affix: { prefix?: string; suffix?: string } = {},
): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    const stem = `${affix.prefix ?? ''}${safeFileStem(n)}${affix.suffix ?? ''}`;
    let name = `${stem}${ext}`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Unit → package file name (`<stem>.xlsx`, collisions numbered), in the order given. */
export function packageFileNames(units: readonly string[]): Map<string, string> {
  const distinct = [...new Set(units)];
  const names = uniqueFileNames(distinct, '.xlsx');
  return new Map(distinct.map((u, i) => [u, names[i]]));
}
