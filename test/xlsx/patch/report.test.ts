/**
 * `rectify report` written by patching the file: the generated sheets
 * (整改台账, 统计, 督办清单…) are created, and on the next report cleared and
 * written anew, in the package itself. Read back by ExcelJS, the patched file
 * is the same as the report written through ExcelJS — cell by cell (values,
 * number formats, fills, fonts, alignment, row heights) and sheet by sheet
 * (widths, pane, tab colour, print titles and area, protection, conditional
 * formats) — on our ledger (reportWriters.test.ts: one saved by openpyxl).
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEMO_DAY, changedEntries, differences, python, seen, writeDemo } from './helpers';
import { looks, report } from './reportHelpers';

jest.setTimeout(60_000);

let dir: string;
let demo: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rl-patch-report-'));
  demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reports `input` both ways and checks the patched file against the other; returns the patched file. */
async function bothWays(input: string, name: string, today: string): Promise<string> {
  const patched = join(dir, `${name}.patched.xlsx`);
  const whole = join(dir, `${name}.exceljs.xlsx`);
  const done = await report(input, patched, today);
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  expect((await report(input, whole, today, false)).via).toBe('exceljs');
  const [a, b] = await Promise.all([seen(patched), seen(whole)]);
  expect(differences(a, b)).toEqual([]);
  const [la, lb] = await Promise.all([looks(patched), looks(whole)]);
  expect(differences(la, lb)).toEqual([]);
  return patched;
}

test('the first report creates the generated sheets in the package, as ExcelJS writes them', async () => {
  const patched = await bothWays(demo, 'first', DEMO_DAY);
  const cells = await seen(patched);
  expect(JSON.parse(cells.get('整改台账!A1') ?? '{}').value).toMatch(/^【自动生成】整改台账/);
  const shown = await looks(patched);
  expect(shown.get('整改台账#freeze')).toBe('0,3');
  expect(shown.get('整改台账#tab')).toBe('FF5B9BD5');
  expect(shown.get('整改台账#print')).toContain('"printTitlesRow":"1:3"');
  expect(shown.get('整改台账!D4 style')).toContain('"wrapText":true');
  expect(cells.get('督办清单#rules')).toContain('期满节点');
  // openpyxl, another reader, opens the new sheets.
  const opened = python(
    'import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1])["整改台账"]["A1"].value)',
    patched,
  );
  expect(opened.trim()).toBe(JSON.parse(cells.get('整改台账!A1') ?? '{}').value);
  // Every part of the input the report does not touch is copied as it was.
  const changed = changedEntries(readFileSync(demo), readFileSync(patched)).sort();
  expect(changed.filter((n) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toEqual([
    '[Content_Types].xml',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
    'xl/workbook.xml',
  ]);
});

test('the next report clears and rewrites them in place (a later date, other rows)', async () => {
  const first = join(dir, 'reported.xlsx');
  await report(demo, first, DEMO_DAY, false);
  await bothWays(first, 'second', '2025-08-15');
});
