/**
 * A package's file name from its unit's name, safe on every system: no
 * / \ : * ? " < > | or control characters, no right-to-left or other
 * invisible format characters (a name that shows as ".xlsx" but is not), no
 * leading or trailing dots or spaces, no reserved Windows device name, not
 * too long; names equal but for case get -2, -3… (Windows and macOS would
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

export function safeFileStem(unit: string): string {
  let s = unit
    .normalize('NFC')
    // Controls, and format characters: RTL/LTR marks and overrides, zero-width joiners, BOM.
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ');
  s = trimDots(s);
  if (Array.from(s).length > 80) s = trimDots(Array.from(s).slice(0, 80).join(''));
  if (!s) s = 'unit';
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** Unit → file name (`<stem>.xlsx`, collisions numbered), in the order given. */
export function packageFileNames(units: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const unit of units) {
    const stem = safeFileStem(unit);
    let name = `${stem}.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.xlsx`;
    used.add(name.toLowerCase());
    out.set(unit, name);
  }
  return out;
}
