/**
 * A failed write leaves nothing behind: whatever fails — ExcelJS serialising
 * the workbook, the disk filling up, no permission, the target held by
 * another program, the rename — the folder holds exactly the files it held,
 * byte for byte, with no temporary file and no backup, and the user is told
 * what happened in their language (docs/FILES.md).
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { createHash } from 'crypto';
import fs, { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { EngineError } from '../../src/engine';
import { copyFileAtomic, saveWorkbookAtomic } from '../../src/xlsx';
import { rectify } from '../files/corpus';

const REAL = join(__dirname, '..', 'fixtures', 'real-world', 'A公司.xlsx');

let n = 0;
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), `rl-write-${n++}-`));
  copyFileSync(REAL, join(d, 'ledger.xlsx'));
  return d;
}

/** Every file of the folder and its hash. */
function state(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    out[f] = fs.statSync(p).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof EngineError ? e.code : `other: ${(e as Error).message}`;
  }
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = '新内容';
  return wb;
}

afterEach(() => jest.restoreAllMocks());

test('ExcelJS failing to serialise: no file is touched', async () => {
  const dir = folder();
  const before = state(dir);
  const wb = workbook();
  jest
    .spyOn(wb.xlsx, 'writeBuffer')
    .mockRejectedValue(new TypeError("Cannot read properties of null (reading 'theme')"));
  expect(await codeOf(saveWorkbookAtomic(wb, join(dir, 'ledger.xlsx')))).toBe('xlsx.cannotSerialize');
  expect(state(dir)).toEqual(before);
});

test.each([
  ['the disk fills up while writing', 'writeSync', 'ENOSPC', 'xlsx.diskFull'],
  ['no permission to create a file in the folder', 'openSync', 'EACCES', 'xlsx.writeDenied'],
  ['a read-only file system', 'openSync', 'EROFS', 'xlsx.writeDenied'],
  ['the target is held open by another program', 'renameSync', 'EBUSY', 'xlsx.writeBusy'],
  ['an input/output error at the rename', 'renameSync', 'EIO', 'xlsx.writeFailed'],
] as const)('%s: the folder is left exactly as it was', async (_what, fn, code, key) => {
  const dir = folder();
  const before = state(dir);
  jest.spyOn(fs, fn).mockImplementation(() => {
    throw errno(code);
  });
  expect(await codeOf(saveWorkbookAtomic(workbook(), join(dir, 'ledger.xlsx')))).toBe(key);
  jest.restoreAllMocks();
  expect(state(dir)).toEqual(before);
});

test('the backup of --in-place is removed again when the write fails', async () => {
  const dir = folder();
  const before = state(dir);
  jest.spyOn(fs, 'renameSync').mockImplementation(() => {
    throw errno('EBUSY');
  });
  const target = join(dir, 'ledger.xlsx');
  expect(await codeOf(saveWorkbookAtomic(workbook(), target, { backupOf: target }))).toBe('xlsx.writeBusy');
  jest.restoreAllMocks();
  expect(state(dir)).toEqual(before);
});

test('a target that is a folder, and a folder that does not exist', async () => {
  const dir = folder();
  mkdirSync(join(dir, 'out.xlsx'));
  const before = state(dir);
  expect(await codeOf(saveWorkbookAtomic(workbook(), join(dir, 'out.xlsx')))).toBe('xlsx.targetIsFolder');
  expect(await codeOf(saveWorkbookAtomic(workbook(), join(dir, 'missing', 'out.xlsx')))).toBe('xlsx.noFolder');
  expect(() => copyFileAtomic(join(dir, 'ledger.xlsx'), join(dir, 'out.xlsx'))).toThrow(EngineError);
  expect(state(dir)).toEqual(before);
});

test('through the command line: init --in-place on a file another program holds says so in Chinese and English, and changes nothing', async () => {
  const dir = folder();
  const before = state(dir);
  const realRename = fs.renameSync;
  // Only the final rename over the ledger fails (as Windows does while Excel has the file open).
  jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    if (String(to).endsWith('ledger.xlsx')) throw errno('EBUSY');
    return realRename(from, to);
  });
  const zh = await rectify('init', join(dir, 'ledger.xlsx'), '--in-place');
  const en = await rectify('init', join(dir, 'ledger.xlsx'), '--in-place', '--lang', 'en');
  jest.restoreAllMocks();
  expect([zh.code, en.code]).toEqual([2, 2]);
  expect(zh.err).toContain('正被其他程序（如 Excel 或 WPS）打开。原文件未改动');
  expect(en.err).toContain('another program (such as Excel or WPS) has it open. Nothing was changed');
  expect(zh.err + en.err).not.toMatch(/EBUSY|simulated|\n\s+at /);
  expect(state(dir)).toEqual(before);
});

test('a successful write keeps the permissions of the file it replaces', async () => {
  const dir = folder();
  const target = join(dir, 'ledger.xlsx');
  fs.chmodSync(target, 0o600);
  await saveWorkbookAtomic(workbook(), target);
  expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  expect(readdirSync(dir)).toEqual(['ledger.xlsx']);
});
