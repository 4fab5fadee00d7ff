/**
 * The lean reader (src/xlsx/read) gives the snapshot ExcelJS gives
 * (src/xlsx/snapshot.ts), file by file: the fixtures, demo ledgers, and
 * files from openpyxl, XlsxWriter and SheetJS, plus hand-made packages with
 * what other producers write (no addresses, ISO dates, inline and shared
 * strings, shared formulas, namespace prefixes). Where the two differ it is
 * ExcelJS that is wrong; each such case is named in `exceljsWrong` below and
 * the ExcelJS side corrected before comparing, so any other difference fails.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as XLSX from 'xlsx';
import type { WorkbookSnapshot } from '../../../src/engine';
import { demoPlans, generateDemo } from '../../../src/demo';
import { loadWorkbookBytes, workbookBytes } from '../../../src/xlsx/bytes';
import { applyPlan } from '../../../src/xlsx/apply';
import { newWorkbook } from '../../../src/xlsx/create';
import { snapshotOf } from '../../../src/xlsx/snapshot';
import { readXlsxSnapshot } from '../../../src/xlsx/read';
import { buildZip, minimalXlsx } from './zipBuild';

/**
 * ExcelJS's snapshot has a row (empty) for every row up to the last one
 * holding any cell, even an empty one without a style; the lean reader's
 * used range ends at the last value (the far-empty-cell problem). Trailing
 * empty rows are therefore not compared.
 */
function trimmed(s: WorkbookSnapshot): WorkbookSnapshot {
  for (const sheet of s.sheets)
    while (sheet.values.length && sheet.values[sheet.values.length - 1].length === 0) sheet.values.pop();
  return s;
}

async function both(bytes: Uint8Array, file: string) {
  const exceljs = trimmed(snapshotOf(await loadWorkbookBytes(bytes, file), { readAt: 't', user: 'u' }));
  const lean = readXlsxSnapshot(bytes, file, { readAt: 't', user: 'u' });
  return { exceljs, lean };
}

const FIXTURES = join(__dirname, '../../fixtures');

describe('the lean reader agrees with ExcelJS', () => {
  const files = ['hazard', 'real-world'].flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(d, f)),
  );
  it.each(files)('fixture %s', async (f) => {
    const { exceljs, lean } = await both(readFileSync(join(FIXTURES, f)), f);
    expect(lean).toEqual(exceljs);
  });

  // 1,000 problems take ExcelJS 5–15 s to write and read on a busy machine: run with LEAN_FULL=1.
  it.each(process.env.LEAN_FULL ? [100, 1000] : [100])(
    'a demo ledger of %i problems',
    async (problems) => {
      const demo = generateDemo({ problems, today: '2026-06-01', seed: 7, lang: 'zh', user: 'u' });
      const wb = newWorkbook();
      for (const plan of demoPlans(demo, 'zh')) await applyPlan(wb, plan);
      const { exceljs, lean } = await both(await workbookBytes(wb), 'demo.xlsx');
      expect(lean.sheets.length).toBeGreaterThan(5);
      expect(lean).toEqual(exceljs);
    },
    60_000,
  );

  const python = '/usr/bin/python3';
  const hasWriters =
    existsSync(python) &&
    (() => {
      try {
        execFileSync(python, ['-c', 'import openpyxl, xlsxwriter']);
        return true;
      } catch {
        return false;
      }
    })();
  (hasWriters ? it : it.skip)(
    'files written by openpyxl and XlsxWriter (1900 and 1904 dates)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lean-'));
      try {
        execFileSync(python, [join(__dirname, 'writers.py'), dir]);
        for (const f of ['openpyxl.xlsx', 'xlsxwriter.xlsx', 'xlsxwriter1904.xlsx']) {
          const { exceljs, lean } = await both(readFileSync(join(dir, f)), f);
          // ExcelJS is wrong: an array formula's cached result of 0 is dropped (its value omits a falsy result).
          expect(lean.sheets[0].values[1][7]).toBe(f.startsWith('xlsxwriter') ? 0 : undefined);
          if (f.startsWith('xlsxwriter')) exceljs.sheets[0].values[1][7] = 0;
          expect(lean).toEqual(exceljs);
          if (f === 'xlsxwriter1904.xlsx') {
            // A 1904 workbook's date reaches the snapshot as the same 1900-system serial as in the 1900 file.
            expect(lean.sheets[0].values[1][2]).toBeCloseTo(45993.0416667, 6);
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('a file written by SheetJS (inline strings, dates, formulas, merges)', async () => {
    const ws = XLSX.utils.aoa_to_sheet(
      [
        ['编号', '文字', '日期', '数', '真'],
        ['A1', 'x & y <z>', new Date(Date.UTC(2026, 0, 15)), 3.25, true],
        ['A2', '', new Date(Date.UTC(1900, 1, 28)), -1, false],
      ],
      { cellDates: true },
    );
    ws.F2 = { t: 'n', f: 'D2*2', v: 6.5 };
    ws['!ref'] = 'A1:F3';
    ws['!merges'] = [XLSX.utils.decode_range('A5:B6')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    for (const bookSST of [false, true]) {
      const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST }) as Buffer;
      const { exceljs, lean } = await both(bytes, 'sheetjs.xlsx');
      expect(lean).toEqual(exceljs);
      expect(lean.sheets[0].formulas).toEqual({ F2: '=D2*2' });
    }
  });

  it('hand-made packages: cells without addresses, ISO dates, inline strings, shared formulas, prefixes', async () => {
    const sheets = [
      // No row or cell addresses (the next row, the next column).
      '<row><c><v>1</v></c><c t="inlineStr"><is><t>two</t></is></c></row><row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>',
      // ISO dates.
      '<row r="1"><c r="A1" t="d"><v>2024-08-01</v></c><c r="B1" t="d"><v>2024-08-01T12:00:00</v></c></row>',
      // A shared formula over a column, and a styled empty cell far out that adds nothing.
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c></row>',
      // Rich inline text, entities, a text formula result.
      '<row r="2"><c r="C2" t="inlineStr"><is><r><t>a&amp;</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b</t></r></is></c>' +
        '<c r="D2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
    ];
    for (const data of sheets) {
      const { exceljs, lean } = await both(buildZip(minimalXlsx(data)), 'hand.xlsx');
      expect(lean).toEqual(exceljs);
    }
    // ExcelJS is wrong: a formula's cached result that is falsy (0, FALSE) is dropped, the cell reads as empty.
    const falsy = await both(
      buildZip(minimalXlsx('<row r="1"><c r="A1"><f>0*1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c></row>')),
      'falsy.xlsx',
    );
    expect(falsy.exceljs.sheets[0].values).toEqual([]);
    expect(falsy.lean.sheets[0].values).toEqual([[0, false]]);
    expect(falsy.lean.sheets[0].formulas).toEqual(falsy.exceljs.sheets[0].formulas);
    const prefixed = buildZip(
      minimalXlsx('').map((e) =>
        e.name === 'xl/worksheets/sheet1.xml'
          ? {
              ...e,
              data: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>',
            }
          : e,
      ),
    );
    // ExcelJS cannot read it (normalize.ts drops prefixes only when the workbook part has them too): "damaged".
    await expect(loadWorkbookBytes(prefixed, 'prefixed.xlsx')).rejects.toMatchObject({ code: 'xlsx.damaged' });
    expect(readXlsxSnapshot(prefixed, 'prefixed.xlsx').sheets[0].values).toEqual([['p', 2]]);
  });
});
