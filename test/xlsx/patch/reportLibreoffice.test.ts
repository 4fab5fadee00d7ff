/**
 * The patched report on a ledger saved by LibreOffice (its own writer: its
 * styles, shared strings, no `spans`, its page settings): the generated
 * sheets cleared and written anew read as through ExcelJS; LibreOffice opens
 * the result and converts 整改台账 to CSV with its rows; openpyxl opens it.
 * Slow (LibreOffice starts twice): the one LibreOffice test of the patched report.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEMO_DAY, differences, entryText, python, seen, soffice, writeDemo } from './helpers';
import { looks, report } from './reportHelpers';

jest.setTimeout(240_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-report-lo-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a reported ledger saved by LibreOffice: reported again by patching, opened by LibreOffice and openpyxl', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  const reported = join(dir, 'reported.xlsx');
  await report(demo, reported, DEMO_DAY, false);
  const lo = join(dir, 'lo');
  soffice(dir, 'xlsx:Calc MS Excel 2007 XML', reported, lo);
  const input = join(dir, 'libreoffice.xlsx');
  copyFileSync(join(lo, 'reported.xlsx'), input);

  const patched = join(dir, 'patched.xlsx');
  const done = await report(input, patched, '2025-08-15');
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  const whole = join(dir, 'whole.xlsx');
  await report(input, whole, '2025-08-15', false);
  const cells = await seen(patched);
  expect(differences(cells, await seen(whole))).toEqual([]);
  // A cell without a style of its own: ExcelJS gives it its default font (Calibri 11, theme colour 1, scheme minor),
  // the patched file keeps the workbook's default style, which LibreOffice wrote as Calibri 11 in black (charset 1):
  // the same text on screen. 整改台账's print area: this report does not set it (the sheet exists), the patched file
  // keeps LibreOffice's '整改台账!$A:$L' as it was, which ExcelJS reads as "ANaN:LNaN" and writes back broken.
  const same = (m: Map<string, string>) =>
    new Map(
      [...m]
        .filter(([k]) => k !== '整改台账#print')
        .map(([k, v]) => [
          k,
          v.replace('"charset":1,', '').replace(',"scheme":"minor"', '').replace('{"theme":1}', '{"argb":"FF000000"}'),
        ]),
    );
  const mine = same(await looks(patched));
  const theirs = same(await looks(whole));
  expect(mine.get('整改台账#freeze')).toBe('0,3');
  expect(differences(mine, theirs)).toEqual([]);

  expect(entryText(readFileSync(patched), 'xl/workbook.xml')).toContain('整改台账!$A:$L');

  // Every sheet to CSV (filter token 12: -1), one file each: 整改台账's rows are there.
  const csvDir = join(dir, 'csv');
  soffice(dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', patched, csvDir);
  const csv = readFileSync(join(csvDir, 'patched-整改台账.csv'), 'utf8');
  const banner = JSON.parse(cells.get('整改台账!A1') ?? '{}').value as string;
  expect(csv).toContain(banner.slice(0, 20));
  // The date of this report is on the sheet and in LibreOffice's reading of it.
  const dated = [...cells]
    .filter(([k]) => k.startsWith('整改台账!'))
    .map(([, v]) => String(JSON.parse(v).value))
    .find((v) => v.includes('2025-08-15'));
  expect(dated).toBeTruthy();
  expect(csv).toContain(dated!);
  const problem = JSON.parse(cells.get('整改台账!B4') ?? '{}').value as string;
  expect(problem).toBeTruthy();
  expect(csv).toContain(problem);
  expect(
    python('import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1])["整改台账"].max_row)', patched).trim(),
  ).toBe(
    String(
      Math.max(...[...cells.keys()].filter((k) => k.startsWith('整改台账!')).map((k) => Number(k.replace(/\D+/g, '')))),
    ),
  );
});
