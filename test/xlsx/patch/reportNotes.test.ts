/**
 * A generated sheet the user added a note to: the patched report clears it
 * and keeps the note (its comments part and drawing stay, with the sheet's
 * relationships), as ExcelJS keeps a note on a cleared cell; the result reads
 * as the report written through ExcelJS.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadWorkbookFile } from '../../../src/xlsx/file';
import { DEMO_DAY, differences, seen, writeDemo } from './helpers';
import { looks, report } from './reportHelpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-report-notes-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a generated sheet with a note the user added is cleared with its note kept, as through ExcelJS', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo);
  const first = join(dir, 'reported.xlsx');
  await report(demo, first, DEMO_DAY, false);
  const wb = await loadWorkbookFile(first);
  wb.getWorksheet('统计')!.getCell('A1').note = '请核对口径';
  const noted = join(dir, 'noted.xlsx');
  await wb.xlsx.writeFile(noted);

  const patched = join(dir, 'patched.xlsx');
  const whole = join(dir, 'exceljs.xlsx');
  const done = await report(noted, patched, '2025-08-15');
  expect(`${done.via} ${done.debug}`).toBe('patch ');
  await report(noted, whole, '2025-08-15', false);
  expect(differences(await seen(patched), await seen(whole))).toEqual([]);
  const shown = await looks(patched);
  expect(differences(shown, await looks(whole))).toEqual([]);
  expect(shown.get('统计!A1 note')).toContain('请核对口径');
});
