/**
 * Paper arithmetic and the print decisions (docs/WORKBOOK.md, "Printing").
 * Widths convert as Excel does (ECMA-376 Part 1, 18.3.1.13 col: pixels from
 * the stored width with a 7-pixel digit); a list sheet never prints below 70 %.
 */
import {
  columnWidthMm,
  pagesWideFor,
  printScale,
  printableWidthMm,
  rowHeightForLines,
  wrappedLines,
} from '../../src/engine/core/print';
import { PROBLEMS } from '../../src/engine/schema/problems';
import { MIN_PRINT_SCALE, generatedSheetPrint, listSheetPrint } from '../../src/engine/schema/print';
import { LIST_SHEETS } from '../../src/engine/schema/listSheets';

test('Excel’s default column (stored width 9.140625) is 64 pixels, 16.9 mm', () => {
  expect(columnWidthMm(9.140625)).toBeCloseTo((64 * 25.4) / 96, 6);
  expect(printableWidthMm('landscape')).toBeCloseTo(297 - 35.56, 6);
});

test('a list sheet prints as few pages across as keep it at 70 % or larger, never squeezed onto one', () => {
  for (const def of LIST_SHEETS) {
    const widths = def.columns.map((c) => c.width);
    const p = listSheetPrint(def, 'zh');
    expect(printScale(widths, 'landscape', p.pagesWide)).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    if (p.pagesWide > 1) expect(printScale(widths, 'landscape', p.pagesWide - 1)).toBeLessThan(MIN_PRINT_SCALE);
    expect(p).toMatchObject({ orientation: 'landscape', titleRows: { first: 1, last: 1 } });
    expect(p.footer?.center).toBe('第 &P 页，共 &N 页');
  }
  // The problem list is too wide for one page at a readable size.
  const problemWidths = PROBLEMS.columns.map((c) => c.width);
  expect(printScale(problemWidths, 'landscape', 1)).toBeLessThan(MIN_PRINT_SCALE);
  expect(pagesWideFor(problemWidths, 'landscape', MIN_PRINT_SCALE)).toBeGreaterThan(1);
});

test('a generated sheet prints one page across, its banner and header on every page, its core columns when asked', () => {
  const all = generatedSheetPrint({ widths: [10, 10, 10], headerRow: 3 }, 'zh');
  expect(all).toEqual({
    orientation: 'landscape',
    pagesWide: 1,
    titleRows: { first: 1, last: 3 },
    header: { left: '&A', right: '打印日期：&D' },
    footer: { center: '第 &P 页，共 &N 页' },
  });
  const core = generatedSheetPrint({ widths: [10, 10, 10, 10], headerRow: 0, printColumns: 2 }, 'en');
  expect(core.area).toBe('A1:B1048576');
  expect(core.titleRows).toBeUndefined();
  expect(core.header?.right).toBe('Printed &D');
  expect(core.footer?.center).toBe('Page &P of &N');
});

test('a wrapped text’s lines: two width units per Chinese character, one per Latin, each typed line apart', () => {
  expect(wrappedLines('', 10)).toBe(1);
  expect(wrappedLines('abcdefghi', 10)).toBe(1); // 9 units in 9 of room
  expect(wrappedLines('abcdefghij', 10)).toBe(2);
  expect(wrappedLines('整改措施落实', 13)).toBe(1); // 12 units
  expect(wrappedLines('整改措施落实到位', 13)).toBe(2); // 16 units
  expect(wrappedLines('1. 精简会议\n2. 压缩发文', 40)).toBe(2);
  expect(rowHeightForLines(3)).toBe(45);
});
