/**
 * A ledger saved by LibreOffice, refreshed by patching: the same workbook as
 * the refresh written through ExcelJS, and LibreOffice opens the patched file
 * and shows the refreshed alerts (converted to CSV). Slow (LibreOffice starts
 * twice): the one LibreOffice test of the patcher.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { differences, FIRST_REFRESH, refresh, REFRESH_DAY, seen, soffice, writeDemo } from './helpers';

jest.setTimeout(240_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-lo-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a LibreOffice-saved ledger: patched like ExcelJS writes it, and LibreOffice opens the result', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  const ledger = join(dir, 'ledger.xlsx');
  await refresh(demo, ledger, FIRST_REFRESH, false);
  // LibreOffice re-saves the ledger as .xlsx (its own writer: its styles, shared strings, no `spans`…).
  const lo = join(dir, 'lo');
  soffice(dir, 'xlsx:Calc MS Excel 2007 XML', ledger, lo);
  const input = join(dir, 'libreoffice.xlsx');
  copyFileSync(join(lo, 'ledger.xlsx'), input);

  const patched = join(dir, 'patched.xlsx');
  const done = await refresh(input, patched, REFRESH_DAY);
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  const whole = join(dir, 'whole.xlsx');
  await refresh(input, whole, REFRESH_DAY, false);
  expect(differences(await seen(patched), await seen(whole))).toEqual([]);

  // LibreOffice reads the patched file: its first sheet (问题清单) as CSV has the alerts as of the refresh.
  const csvDir = join(dir, 'csv');
  soffice(dir, 'csv:Text - txt - csv (StarCalc):44,34,76', patched, csvDir); // 76: UTF-8
  const csv = readFileSync(join(csvDir, 'patched.csv'), 'utf8');
  const cells = await seen(patched);
  const alert = JSON.parse(cells.get('问题清单!S2') ?? '{}').value as string;
  expect(alert).toMatch(/天|期|常/);
  expect(csv).toContain(alert);
});
