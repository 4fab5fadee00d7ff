/**
 * Text as the screen compares it: one character for one character (so a match
 * found in the folded text is at the same place in the text as typed), with
 * full-width ASCII made half-width (１３８… is 138…), dashes made '-', the
 * ideographic space a space, and Latin letters lower case.
 */
export function foldForMatching(text: string): string {
  const codes: number[] = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    else if (c === 0x2013 || c === 0x2014 || c === 0x2212) c = 0x2d;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    codes[i] = c;
  }
  let out = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return out;
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLatin = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
