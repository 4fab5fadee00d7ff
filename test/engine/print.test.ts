/**
 * Paper arithmetic and the print decisions (docs/WORKBOOK.md, "Printing").
 * Widths convert as Excel does (ECMA-376 Part 1, 18.3.1.13 col: pixels from
 * the stored width with a 7-pixel digit); a list sheet never prints below 70 %.
 */
import { columnWidthMm, pagesWideFor, printScale, printableWidthMm } from '../../src/engine/core/print';
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

test('a generated sheet prints one page across, its core columns only when asked, as of its date', () => {
  const all = generatedSheetPrint({ widths: [10, 10, 10], headerRow: 3, rows: 20, asOf: '2025-06-30' }, 'zh');
  expect(all).toEqual({
    orientation: 'landscape',
    pagesWide: 1,
    titleRows: { first: 3, last: 3 },
    header: { left: '&A', right: '截至 2025-06-30' },
    footer: { center: '第 &P 页，共 &N 页' },
  });
  const core = generatedSheetPrint(
    { widths: [10, 10, 10, 10], headerRow: 0, rows: 9, printColumns: 2, asOf: '2025-06-30' },
    'en',
  );
  expect(core.area).toBe('A1:B9');
  expect(core.titleRows).toBeUndefined();
  expect(core.header?.right).toBe('As of 2025-06-30');
  expect(core.footer?.center).toBe('Page &P of &N');
});
