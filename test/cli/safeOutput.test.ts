/**
 * What `rectify` does around the user's files, as a user runs it: import onto
 * a workbook that already exists keeps a copy of it first; init on a legacy
 * ledger points to import; a reader that closes the pipe early (`| head`)
 * ends the command quietly.
 */
import { spawn } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { rectify } from '../helpers/cli';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'safe-output-'));
const fixture = (name: string) => join(root, 'test', 'fixtures', 'real-world', name);

test('import -o onto an existing workbook that is not a ledger keeps the original as a backup first', async () => {
  const other = join(dir, '其他单位.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('花名册').addRows([
    ['姓名', '电话'],
    ['王五', '13800000000'],
  ]);
  await wb.xlsx.writeFile(other);
  const before = readFileSync(other);
  const r = await rectify('import', fixture('A公司.xlsx'), '-o', other);
  expect(r.code).not.toBe(2);
  const backups = readdirSync(dir).filter((f) => f.startsWith('其他单位.backup-'));
  expect(backups).toHaveLength(1);
  expect(readFileSync(join(dir, backups[0]))).toEqual(before);
  expect(r.err).toContain(`原文件已备份为 ${join(dir, backups[0])}`);
  // The user's sheet is still there, beside the imported lists.
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(other);
  expect(after.getWorksheet('花名册')!.getCell('A2').value).toBe('王五');
  expect(after.getWorksheet('问题清单')!.rowCount).toBeGreaterThan(30);
});

test('init on a legacy ledger says it looks like one and gives the import command', async () => {
  const legacy = join(dir, 'B公司.xlsx');
  copyFileSync(fixture('B公司.xlsx'), legacy);
  const r = await rectify('init', legacy, '-o', join(dir, 'B-init.xlsx'));
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/工作表「.+」看起来是一份旧台账（表头在第 \d+ 行）/);
  expect(r.err).toContain(`rectify import ${legacy} -o 新台账.xlsx`);
  // Not on a workbook that is already a ledger (its lists are what init works on).
  const again = await rectify('init', join(dir, 'B-init.xlsx'), '-o', join(dir, 'B-init2.xlsx'));
  expect(again.err).not.toContain('旧台账');
  const en = await rectify('init', legacy, '-o', join(dir, 'B-en.xlsx'), '--lang', 'en');
  expect(en.err).toContain('looks like a legacy ledger');
});

test('a reader that closes the pipe early ends the command quietly (no EPIPE stack trace)', async () => {
  const ledger = join(dir, 'demo.xlsx');
  expect((await rectify('demo', ledger, '--problems', '60', '--mistakes', '--today', '2025-06-30')).code).toBe(0);
  const child = spawn(process.execPath, [join(root, 'bin', 'rectify.js'), 'check', ledger, '--today', '2025-06-30']);
  child.stdout.destroy(); // like `| head -0`: nobody reads what check prints
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect([0, 1]).toContain(code);
}, 60_000);
