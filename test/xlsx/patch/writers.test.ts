/**
 * Refresh written by patching the file: the result reads, through an
 * independent reader (ExcelJS), exactly as the same refresh written through
 * ExcelJS; every part the plan does not touch is the same bytes; openpyxl
 * opens it. On ledgers saved by openpyxl and by XlsxWriter.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_REFRESH, REFRESH_DAY, changedEntries, differences, python, refresh, seen, writeDemo } from './helpers';

jest.setTimeout(60_000);

let dir: string;
/** The demo ledger refreshed once through ExcelJS: the next refresh changes alerts and appends `_log` rows. */
let ledger: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rl-patch-'));
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  ledger = join(dir, 'ledger.xlsx');
  await refresh(demo, ledger, FIRST_REFRESH, false);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Refreshes `input` both ways and checks the patched file against the other. */
async function bothWays(input: string, name: string): Promise<{ patched: string; changed: string[] }> {
  const patched = join(dir, `${name}.patched.xlsx`);
  const whole = join(dir, `${name}.exceljs.xlsx`);
  const done = await refresh(input, patched, REFRESH_DAY);
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  expect((await refresh(input, whole, REFRESH_DAY, false)).via).toBe('exceljs');
  const [a, b] = await Promise.all([seen(patched), seen(whole)]);
  expect(differences(a, b)).toEqual([]);
  // openpyxl, another reader, opens the patched file.
  expect(
    python('import openpyxl, sys; print(len(openpyxl.load_workbook(sys.argv[1]).sheetnames))', patched).trim(),
  ).toBe(String(new Set([...a.keys()].filter((k) => k.endsWith('#state'))).size));
  return { patched, changed: changedEntries(readFileSync(input), readFileSync(patched)) };
}

test('a ledger saved by openpyxl: patched, the same as through ExcelJS', async () => {
  const file = join(dir, 'openpyxl.xlsx');
  python('import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])', ledger, file);
  const { changed } = await bothWays(file, 'openpyxl');
  // This openpyxl writes every text inline: the empty texts of the _log rows bring the package its shared strings;
  // the text format of _log's columns is a new style (openpyxl keeps only the styles cells use).
  expect(changed.filter((n) => !n.startsWith('xl/worksheets/sheet')).sort()).toEqual([
    '[Content_Types].xml',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
  ]);
});

const XLSXWRITER = `
import sys, datetime, openpyxl, xlsxwriter
src = openpyxl.load_workbook(sys.argv[1])
out = xlsxwriter.Workbook(sys.argv[2])
formats = {}
for ws in src.worksheets:
    dst = out.add_worksheet(ws.title)
    if ws.sheet_state == 'hidden':
        dst.hide()
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            f = c.number_format if c.number_format != 'General' else None
            fmt = formats.setdefault(f, out.add_format({'num_format': f})) if f else None
            if isinstance(c.value, datetime.datetime):
                dst.write_datetime(c.row - 1, c.column - 1, c.value, fmt)
            else:
                dst.write(c.row - 1, c.column - 1, c.value, fmt)
out.close()
`;

test('a ledger written by XlsxWriter: patched, the same as through ExcelJS', async () => {
  const file = join(dir, 'xlsxwriter.xlsx');
  python(XLSXWRITER, ledger, file);
  await bothWays(file, 'xlsxwriter');
});
