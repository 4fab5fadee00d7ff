/**
 * The first refresh's new 整改报告 rows and their structure, patched into a
 * ledger saved by LibreOffice: the same workbook as the refresh written
 * through ExcelJS (values, table refs, validations, rules and fills, notes,
 * names); LibreOffice opens the patched file and shows the new rows
 * (converted to CSV), and openpyxl loads it with its dropdowns over them.
 * Slow (LibreOffice starts twice): the one LibreOffice test of the structure
 * the patcher writes (structure.test.ts has the fast ones).
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { differences, FIRST_REFRESH, python, refresh, seen, soffice, structureSeen, writeDemo } from './helpers';

jest.setTimeout(240_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-structure-lo-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a LibreOffice-saved ledger: the first refresh patched like ExcelJS writes it, read by LibreOffice and openpyxl', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  const lo = join(dir, 'lo');
  soffice(dir, 'xlsx:Calc MS Excel 2007 XML', demo, lo);
  const input = join(dir, 'libreoffice.xlsx');
  copyFileSync(join(lo, 'demo.xlsx'), input);

  const patched = join(dir, 'patched.xlsx');
  const done = await refresh(input, patched, FIRST_REFRESH);
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  const whole = join(dir, 'whole.xlsx');
  await refresh(input, whole, FIRST_REFRESH, false);
  expect(differences(await seen(patched), await seen(whole))).toEqual([]);
  const shape = await structureSeen(patched);
  expect(differences(shape, await structureSeen(whole))).toEqual([]);
  const ref = shape.get('整改报告#table UnitReports')!;
  const last = Number(ref.split(':N')[1]);
  expect(ref).not.toBe((await structureSeen(input)).get('整改报告#table UnitReports'));

  // openpyxl loads the patched file: the table and the dropdown reach the last new row.
  const py = python(
    `
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])['整改报告']
print(ws.tables['UnitReports'].ref, [str(v.sqref) for v in ws.data_validations.dataValidation], ws.cell(row=${last}, column=1).value)
`,
    patched,
  ).trim();
  const unit = JSON.parse((await seen(patched)).get(`整改报告!A${last}`) ?? '{}').value as string;
  expect(py).toBe(`${ref} ['F2:F${last}'] ${unit}`);

  // LibreOffice opens it: 整改报告 (the fifth sheet) as CSV has the new unit's row.
  const csvDir = join(dir, 'csv');
  soffice(dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,5', patched, csvDir);
  const csv = readFileSync(join(csvDir, readdirSync(csvDir)[0]), 'utf8');
  const lines = csv.split('\n');
  expect(lines[0]).toContain('打回次数');
  expect(lines[last - 1]).toContain(unit);
});
