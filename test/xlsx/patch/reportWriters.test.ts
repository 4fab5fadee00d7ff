/**
 * The patched report on a ledger saved by openpyxl (its own styles, inline
 * strings, no ExcelJS defaults): the same as the report written through
 * ExcelJS, read back cell by cell and sheet by sheet; openpyxl opens it.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { differences, python, seen, writeDemo } from './helpers';
import { looks, report } from './reportHelpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-report-openpyxl-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a reported ledger saved by openpyxl: reported again by patching, the same as through ExcelJS', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  const first = join(dir, 'reported.xlsx');
  await report(demo, first, '2025-06-30', false);
  const file = join(dir, 'openpyxl.xlsx');
  python('import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])', first, file);
  const patched = join(dir, 'patched.xlsx');
  const whole = join(dir, 'exceljs.xlsx');
  const done = await report(file, patched, '2025-08-15');
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  await report(file, whole, '2025-08-15', false);
  expect(differences(await seen(patched), await seen(whole))).toEqual([]);
  expect(differences(await looks(patched), await looks(whole))).toEqual([]);
  const names = python(
    'import openpyxl, sys; print(",".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))',
    patched,
  );
  expect(names).toContain('整改台账,统计,督办清单');
});
