/** A1 addresses as numbers, for the sheet scanner (no allocation beyond the numbers). */

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    n = n * 26 + ((c >= 97 ? c - 32 : c) - 64);
  }
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 'B12' (or '$B$12') → { row: 12, col: 2 }; null when it is not a cell address. */
export function parseAddress(a: string): { row: number; col: number } | null {
  let i = 0;
  const n = a.length;
  if (a.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    let c = a.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (a.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i - rowStart > 7) return null;
  return { row, col };
}
