/**
 * How a sheet prints, as plain data in the plan (SheetOp.print), and the
 * arithmetic of paper: how wide a column prints, how many pages across a
 * sheet needs to stay readable. Every sheet prints on A4; Excel's "normal"
 * margins (0.7 in left and right) leave 261 mm across a landscape page.
 */

/** Text in a page header or footer, by section; Excel's codes (&P, &N, &D, &A) may appear in it. */
export interface PageTexts {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  /** The printed columns fit this many pages across, at whatever scale that takes (any number of pages down). */
  pagesWide: number;
  /** Rows printed at the top of every page (the header row), 1-based, inclusive. */
  titleRows?: { first: number; last: number };
  /** The part of the sheet printed (an A1 range); absent: everything used. */
  area?: string;
  header?: PageTexts;
  footer?: PageTexts;
}

/** Excel's header and footer codes (https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter). */
export const PAGE_CODES = { page: '&P', pages: '&N', date: '&D', sheet: '&A' } as const;

const MM_PER_INCH = 25.4;
const A4_MM = { short: 210, long: 297 };
const SIDE_MARGINS_MM = 2 * 0.7 * MM_PER_INCH;

/**
 * The printed width of a column of `chars` character units: Excel's
 * conversion for its default font (Calibri 11, a 7-pixel digit, 5 pixels of
 * padding) at 96 pixels to the inch.
 */
export function columnWidthMm(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return (pixels * MM_PER_INCH) / 96;
}

/** Width across the page between the margins. */
export function printableWidthMm(orientation: PrintSetup['orientation']): number {
  return (orientation === 'landscape' ? A4_MM.long : A4_MM.short) - SIDE_MARGINS_MM;
}

/** The scale at which columns of these widths fit `pagesWide` pages across (never above 100 %). */
export function printScale(
  widths: readonly number[],
  orientation: PrintSetup['orientation'],
  pagesWide: number,
): number {
  const total = widths.reduce((sum, w) => sum + columnWidthMm(w), 0);
  return total === 0 ? 1 : Math.min(1, (pagesWide * printableWidthMm(orientation)) / total);
}

/** The fewest pages across at which columns of these widths print at `minScale` or larger. */
export function pagesWideFor(
  widths: readonly number[],
  orientation: PrintSetup['orientation'],
  minScale: number,
): number {
  let pages = 1;
  while (printScale(widths, orientation, pages) < minScale) pages++;
  return pages;
}

/** Characters that take two columns of width: CJK ideographs and punctuation, kana, hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many lines a text takes in a wrapped cell `widthChars` wide: each of
 * its lines, at one width unit per narrow character and two per wide (CJK)
 * one, broken at the cell's width less a unit of padding. An estimate for
 * writers that cannot measure text (Excel measures it itself).
 */
export function wrappedLines(text: string, widthChars: number): number {
  const room = Math.max(1, widthChars - 1);
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += WIDE.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / room));
  }
  return lines;
}

/** The height in points of a row of `lines` lines of 11-point text (Excel's default row is 15 points). */
export function rowHeightForLines(lines: number): number {
  return 15 * Math.max(1, lines);
}
