/**
 * The first refresh of a ledger whose units lack their 整改报告 rows: the rows
 * come with that sheet's structure over them (its table resized, its
 * dropdown, its colours, its header notes, the name the colours read), and
 * the plan is patched into the file, not written through ExcelJS. The
 * patched file reads (ExcelJS) as the same plan written through ExcelJS —
 * values, table refs, validations, rules and their fills, notes, names — on
 * the demo ledger and on the same ledger saved by openpyxl;
 * structureOffice.test.ts has the LibreOffice-saved one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_REFRESH, changedEntries, differences, python, refresh, seen, structureSeen, writeDemo } from './helpers';

jest.setTimeout(60_000);

let dir: string;
let demo: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rl-patch-structure-'));
  demo = join(dir, 'demo.xlsx');
  // Twelve problems are enough for units without their report row (the demo leaves some out), and quicker.
  await writeDemo(demo, 12);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first refresh of `input` both ways; the patched file checked against the other. */
async function firstRefresh(input: string, name: string): Promise<{ patched: string; changed: string[] }> {
  const patched = join(dir, `${name}.patched.xlsx`);
  const whole = join(dir, `${name}.exceljs.xlsx`);
  const done = await refresh(input, patched, FIRST_REFRESH);
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  expect((await refresh(input, whole, FIRST_REFRESH, false)).via).toBe('exceljs');
  const [a, b] = await Promise.all([seen(patched), seen(whole)]);
  expect(differences(a, b)).toEqual([]);
  const [x, y] = await Promise.all([structureSeen(patched), structureSeen(whole)]);
  expect(differences(x, y)).toEqual([]);
  // The table grew over the new rows: the input's was smaller.
  const before = await structureSeen(input);
  expect(x.get('整改报告#table UnitReports')).not.toBe(before.get('整改报告#table UnitReports'));
  return { patched, changed: changedEntries(readFileSync(input), readFileSync(patched)) };
}

test('the demo ledger: new 整改报告 rows and their structure patched, as ExcelJS writes them', async () => {
  const { changed } = await firstRefresh(demo, 'demo');
  // The table part is edited; the notes (already there), the other tables and the theme are not.
  expect(changed).toContain('xl/tables/table5.xml');
  expect(changed.filter((n) => /comments|vmlDrawing|theme|tables\/table[1-4]/.test(n))).toEqual([]);
});

test('the demo ledger saved by openpyxl: patched, the same as through ExcelJS', async () => {
  const file = join(dir, 'openpyxl.xlsx');
  python('import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])', demo, file);
  const { patched } = await firstRefresh(file, 'openpyxl');
  // openpyxl reads the dropdown back over the new rows.
  const out = python(
    `
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])['整改报告']
print([str(v.sqref) for v in ws.data_validations.dataValidation], ws.tables['UnitReports'].ref)
`,
    patched,
  ).trim();
  const ref = (await structureSeen(patched)).get('整改报告#table UnitReports')!;
  expect(out).toBe(`['F2:F${ref.split(':N')[1]}'] ${ref}`);
});
