/**
 * Refresh written by patching the file: the result reads, through an
 * independent reader (ExcelJS), exactly as the same refresh written through
 * ExcelJS; every part the plan does not touch is the same bytes; openpyxl
 * opens it. On our own ledger, and on one with what other writers do (inline
 * strings, rows and cells without `r`, shared formulas); writers.test.ts has
 * files saved by openpyxl and XlsxWriter.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readZip, withData, writeZip } from '../../../src/xlsx/patch/zip';
import {
  FIRST_REFRESH,
  REFRESH_DAY,
  changedEntries,
  differences,
  entryText,
  python,
  refresh,
  seen,
  writeDemo,
} from './helpers';

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

test('our own ledger: the same workbook as through ExcelJS, only the written sheets changed', async () => {
  const { patched, changed } = await bothWays(ledger, 'ours');
  // The lists whose alerts change, _settings (the copy of the log's seal), _log (its rows) and the shared strings
  // (an empty text of a _log row); nothing else — not the comments, tables, styles, theme or workbook.
  expect(changed.sort()).toEqual([
    'xl/sharedStrings.xml',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet3.xml',
    'xl/worksheets/sheet4.xml',
    'xl/worksheets/sheet5.xml',
    'xl/worksheets/sheet8.xml',
    'xl/worksheets/sheet9.xml',
  ]);
  expect(readZip(readFileSync(patched)).map((e) => e.name)).toEqual(readZip(readFileSync(ledger)).map((e) => e.name));
  const log = entryText(readFileSync(patched), 'xl/worksheets/sheet9.xml');
  // The part's elements stay in the schema's order: protection after the cells, before the margins.
  expect(log.indexOf('</sheetData><sheetProtection')).toBeGreaterThan(0);
});

/**
 * What other writers do, put into a sheet's XML: texts as inline strings (the
 * alert column of rows 2–20, which refresh rewrites), rows 3–6 without `r` and
 * their first cell without it, and a shared formula (Z2 the master, Z3–Z4 its
 * copies).
 */
function likeOtherWriters(xml: string): string {
  let out = xml;
  for (let r = 2; r <= 20; r++) {
    const at = out.indexOf(`<c r="S${r}"`);
    const end = out.indexOf('</c>', at) + 4;
    if (at >= 0) out = `${out.slice(0, at)}<c r="S${r}" t="inlineStr"><is><t>旧预警</t></is></c>${out.slice(end)}`;
  }
  for (let r = 3; r <= 6; r++) out = out.replace(`<row r="${r}"`, '<row').replace(`<c r="A${r}"`, '<c');
  const formula = (r: number, f: string) =>
    out.replace(new RegExp(`<c r="Z${r}"><f>A${r}</f><v>[^<]{0,40}</v></c>`), f);
  out = formula(2, '<c r="Z2"><f t="shared" ref="Z2:Z4" si="0">A2</f></c>');
  out = formula(3, '<c r="Z3"><f t="shared" si="0"/></c>');
  return formula(4, '<c r="Z4"><f t="shared" si="0"/></c>');
}

test('inline strings, rows and cells without r, shared formulas, as other writers leave them', async () => {
  const file = join(dir, 'other.xlsx');
  python(
    `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['问题清单']
for r in range(2, 5):
    ws.cell(row=r, column=26).value = '=A%d' % r
wb.save(sys.argv[2])
`,
    ledger,
    file,
  );
  const entries = readZip(readFileSync(file));
  const i = entries.findIndex((e) => e.name === 'xl/worksheets/sheet1.xml');
  const xml = likeOtherWriters(entryText(readFileSync(file), entries[i].name));
  expect(xml).toContain('<f t="shared" ref="Z2:Z4" si="0">A2</f>');
  expect(xml).toContain('<c r="Z4"><f t="shared" si="0"/></c>');
  expect(xml).toContain('t="inlineStr"><is><t>旧预警</t></is>');
  expect(xml).not.toContain('<row r="4"');
  entries[i] = withData(entries[i], Buffer.from(xml, 'utf8'));
  writeFileSync(file, writeZip(entries));
  const { patched } = await bothWays(file, 'other');
  const out = entryText(readFileSync(patched), 'xl/worksheets/sheet1.xml');
  // The shared formula is kept as it was, and no old alert is left.
  expect(out).toContain('<c r="Z2"><f t="shared" ref="Z2:Z4" si="0">A2</f></c>');
  expect(out).not.toContain('旧预警');
});
