/**
 * Merged cells in a ledger file, through `rectify` as a user runs it: check
 * names the merge; refresh writes neither into the hidden cell nor into the
 * neighbouring column, reports no false "changed since read", and its _log
 * names exactly the cells that changed; init refuses with the merge's place.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { rectify } from '../helpers/cli';
import { TODAY, smallSnapshot } from '../engine/ledger/fixture';

const dir = mkdtempSync(join(tmpdir(), 'merged-'));

/** The fixture ledger as a plain file (no tables), P1's 督办次数 R2 merged with its 预警 S2, a value under the merge. */
async function ledgerWithMerge(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of smallSnapshot().sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
  }
  const ws = wb.getWorksheet('问题清单')!;
  ws.getCell('R2').value = 2;
  ws.getCell('S2').value = '旧预警';
  ws.mergeCells('R2:S2');
  await wb.xlsx.writeFile(file);
}

test('check names the merge; refresh leaves it alone and logs only what it wrote; init refuses', async () => {
  const file = join(dir, 'ledger.xlsx');
  await ledgerWithMerge(file);

  const check = await rectify('check', file, '--today', TODAY);
  expect(check.out).toContain('R2:S2');
  expect(check.out).toContain('(merge.inList)');

  const out = join(dir, 'refreshed.xlsx');
  const r = await rectify('refresh', file, '-o', out, '--today', TODAY);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('问题清单')!;
  expect(ws.getCell('R2').value).toBe(2); // the neighbouring 督办次数 keeps its value
  expect(ws.getCell('S3').value).toBe('临期3天'); // other rows are refreshed
  const logged = (wb.getWorksheet('_log')!.getSheetValues() as unknown[][])
    .slice(2)
    .map((row) => `${row?.[4]}!${row?.[5]}`);
  expect(logged).not.toContain('问题清单!S2');
  expect(logged).not.toContain('问题清单!R2');

  const init = await rectify('init', file, '-o', join(dir, 'init.xlsx'));
  expect(init.code).toBe(2);
  expect(init.err).toContain('R2:S2');
});
