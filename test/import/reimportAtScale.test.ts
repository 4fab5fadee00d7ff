/**
 * Re-importing after a first import that logged its rows by source file
 * (docs/LOG.md, "Rows added by import"), through `rectify import` on real
 * .xlsx files: the rows were written straight into the file (long blocks,
 * src/xlsx/apply/laterRows.ts) and read back, so the row checks must survive
 * the round trip. A cell the source changed on an untouched row is updated
 * (and logged old → new) — after a refresh too, whose alert texts the row
 * checks leave out; a row someone edited by hand keeps the ledger's values
 * and reports the conflict; `check` finds the log intact.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { rectify } from '../helpers/cli';
import type { CellValue } from '../../src/engine';
import { readSnapshot } from '../../src/xlsx';
import { flatRows } from '../helpers/flatLedger';

const dir = mkdtempSync(join(tmpdir(), 'rl-reimport-scale-'));
const ROWS = 800;

async function writeSource(file: string, rows: CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

test('a first import of 800 rows, then the source changed and the ledger edited by hand', async () => {
  const rows = flatRows(ROWS, 'A公司');
  const source = await writeSource('A公司.xlsx', rows);
  const ledger = join(dir, '台账.xlsx');
  const first = await rectify('import', source, '-o', ledger, '--lang', 'zh');
  expect(first.code).toBeLessThan(2);
  const log1 = (await readSnapshot(ledger)).sheets.find((s) => s.name === '_log')!.values.length - 1;
  expect(log1).toBeLessThan(20);

  // By hand, in the ledger: the measure of the 10th problem (task row 11).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ledger);
  const tasks = wb.getWorksheet('任务清单')!;
  const measureCol = (tasks.getRow(1).values as CellValue[]).indexOf('整改措施');
  tasks.getCell(11, measureCol).value = '改由财务科牵头';
  await wb.xlsx.writeFile(ledger);
  // Days later: refresh writes every deadline (logged cell by cell) and every alert (one summary per sheet).
  expect((await rectify('refresh', ledger, '--in-place', '--today', '2025-09-01')).code).toBe(0);

  // In the source: the 5th problem is done now (是), and the 10th problem's measure was reworded.
  rows[5][8] = '是';
  rows[10][5] = '完善制度，第10项措施（修订）';
  await writeSource('A公司.xlsx', rows);
  const again = await rectify('import', source, '-o', ledger, '--json', '--lang', 'zh');
  const result = JSON.parse(again.out);
  // The untouched row: updated from the source (是 → 待审核). The row edited by hand: kept, and the conflict said.
  expect(result.counts).toMatchObject({ problems: 0, updatedCells: 2, conflicts: 1 });
  expect(result.updates).toEqual([
    expect.objectContaining({ sheet: '问题清单', row: 6, old: '整改中', value: '待审核' }),
    expect.objectContaining({ sheet: '任务清单', row: 6, old: '进行中', value: '已完成' }),
  ]);
  expect(result.conflicts[0]).toMatchObject({ sheet: '任务清单', row: 11, old: '改由财务科牵头' });

  const after = await readSnapshot(ledger);
  const log = after.sheets.find((s) => s.name === '_log')!.values;
  // The update is logged cell by cell, old → new, as before.
  expect(log.slice(1 + log1).some((r) => r[3] === '问题清单' && r[5] === '整改中' && r[6] === '待审核')).toBe(true);
  expect(after.sheets.find((s) => s.name === '任务清单')!.values[10][measureCol - 1]).toBe('改由财务科牵头');
  const check = await rectify('check', ledger, '--json', '--today', '2025-06-30');
  expect(JSON.parse(check.out).findings.filter((f: { code: string }) => f.code === 'log.tampered')).toEqual([]);
}, 120_000);
