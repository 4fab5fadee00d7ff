/**
 * What a newcomer hit on the command line: a folder that cannot be written
 * to was an "internal error" (exit 70); --in-place over a read-only file, or
 * a file Excel, WPS or LibreOffice holds open, went ahead silently; the help
 * and commander's errors were English in Chinese output. Now each is one
 * sentence in the user's language, exit code 2, and the file is untouched.
 */
import { createHash } from 'crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'rl-targets-'));
const f = (name: string) => join(dir, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  expect((await rectify('demo', f('台账.xlsx'), '--problems', '12', '--today', '2025-06-16')).code).toBe(0);
});

test('a report into a folder that does not exist: a sentence and exit 2, not an internal error', async () => {
  const missing = join(dir, '没有这个文件夹', '报告.docx');
  const zh = await rectify('progress', f('台账.xlsx'), '-o', missing, '--today', '2025-07-20');
  expect(zh.code).toBe(2);
  expect(zh.err).toBe(
    `无法写入 ${missing}：文件夹 ${join(dir, '没有这个文件夹')} 不存在。请先建立该文件夹，或用 -o 指定已有的文件夹。\n`,
  );
  const en = await rectify('progress', f('台账.xlsx'), '-o', missing, '--today', '2025-07-20', '--lang', 'en');
  expect(en.code).toBe(2);
  expect(en.err).toMatch(/^Cannot write .* the folder .* does not exist\./);
  // A path through a file (not a folder) is said as such.
  const through = await rectify('progress', f('台账.xlsx'), '-o', join(f('台账.xlsx'), 'x.docx'));
  expect([through.code, through.err.includes('不是文件夹')]).toEqual([2, true]);
});

describe('--in-place over a file that must not be written', () => {
  const file = f('在用.xlsx');
  beforeEach(() => writeFileSync(file, readFileSync(f('台账.xlsx'))));
  afterEach(() => chmodSync(file, 0o644));

  test('read-only: refused in both languages, the file untouched, no backup', async () => {
    chmodSync(file, 0o444);
    const before = sha(file);
    const zh = await rectify('refresh', file, '--in-place', '--today', '2025-09-01');
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`${file} 设为只读，不能改写。原文件未改动。请先取消它的只读属性，或用 -o 写到另一个文件。\n`);
    const en = await rectify('refresh', file, '--in-place', '--today', '2025-09-01', '--lang', 'en');
    expect([en.code, en.err]).toEqual([
      2,
      `${file} is read-only: it cannot be written over. Nothing was changed. Clear its read-only attribute first, or write to another file with -o.\n`,
    ]);
    expect(sha(file)).toBe(before);
    expect(rectifiedBackups()).toEqual([]);
  });

  test.each([
    ['~$在用.xlsx', 'Excel 或 WPS', 'Excel or WPS'],
    ['.~lock.在用.xlsx#', 'LibreOffice', 'LibreOffice'],
  ])('open elsewhere (lock file %s): refused, the file untouched', async (lock, zhApp, enApp) => {
    writeFileSync(f(lock), '');
    try {
      const before = sha(file);
      const zh = await rectify('refresh', file, '--in-place', '--today', '2025-09-01');
      expect(zh.code).toBe(2);
      expect(zh.err).toContain(`${file} 正在 ${zhApp} 中打开（旁边有它的锁文件 ${f(lock)}）`);
      const en = await rectify('report', file, '--in-place', '--today', '2025-09-01', '--lang', 'en');
      expect(en.code).toBe(2);
      expect(en.err).toContain(`${file} is open in ${enApp} (its lock file ${f(lock)} is beside it)`);
      // -o over an existing workbook is the same write: refused too.
      const over = await rectify('refresh', f('台账.xlsx'), '-o', file, '--today', '2025-09-01');
      expect(over.code).toBe(2);
      expect(sha(file)).toBe(before);
    } finally {
      rmSync(f(lock));
    }
    // Closed again: the same command goes ahead.
    expect((await rectify('refresh', file, '--in-place', '--today', '2025-09-01')).code).toBe(0);
  });

  const rectifiedBackups = () => readdirSync(dir).filter((n) => n.startsWith('在用.backup-'));
});

test('the help is Chinese in Chinese, commander’s words included', async () => {
  const top = await rectify('--help');
  expect(top.out).toContain('用法： rectify [选项] [命令]');
  expect(top.out).toContain('help [命令]');
  const letters = await rectify('letters', '--help');
  for (const english of ['[options]', '(default', 'display help', 'Usage', 'Options'])
    expect(letters.out).not.toContain(english);
  expect(letters.out).toContain('回复期限：几个工作日内报送（默认 5）\n');
  const en = await rectify('letters', '--help', '--lang', 'en');
  expect(en.out).toContain('Usage: rectify letters [options] <file.xlsx>');
});

test.each([
  [
    ['deadline', '--frm', '2025-01-01'],
    '错误：没有选项 --frm。\n（是不是 --from？）\n用 rectify deadline --help 查看用法。\n',
  ],
  [['import'], '错误：缺少参数 legacy.xlsx。\n用 rectify import --help 查看用法。\n'],
  [
    ['check', 'a.xlsx', 'b.xlsx'],
    '错误：check 的参数太多：应为 1 个，实际给了 2 个。\n用 rectify check --help 查看用法。\n',
  ],
  [['deadline', '--from'], '错误：选项 --from <date> 后面缺少取值。\n用 rectify deadline --help 查看用法。\n'],
  [['clue', 'sigh'], '错误：没有命令 sigh。\n（是不是 sign？）\n用 rectify clue --help 查看用法。\n'],
])('commander’s error for %j is Chinese, exit 2', async (args, message) => {
  const r = await rectify(...args);
  expect([r.code, r.err]).toEqual([2, message]);
});

test('commander’s errors stay as they are in English', async () => {
  const r = await rectify('deadline', '--frm', '2025-01-01', '--lang', 'en');
  expect([r.code, r.err]).toEqual([
    2,
    "error: unknown option '--frm'\n(Did you mean --from?)\nSee rectify deadline --help for the usage.\n",
  ]);
});
