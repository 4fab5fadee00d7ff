/**
 * Outputs land only where they should: an output that is the input under another name (a link, `./`, `..`, a
 * hard link) is refused; a Word document is written only to a .docx name, and never half; `--in-place` on a link
 * writes the file the link points to (the link stays a link); a backup is never written through a name that
 * already exists, a dangling link included.
 */
import { createHash } from 'crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'rl-outputs-'));
const f = (name: string) => join(dir, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let ledger: Buffer;
beforeAll(async () => {
  expect((await rectify('demo', f('台账.xlsx'), '--problems', '8', '--today', '2025-06-16')).code).toBe(0);
  ledger = readFileSync(f('台账.xlsx'));
});

test('-o naming the input through a link, ./ and .., or a hard link is refused; the ledger is untouched', async () => {
  const file = f('甲.xlsx');
  writeFileSync(file, ledger);
  symlinkSync(file, f('甲-别名.xlsx'));
  linkSync(file, f('甲-硬链接.xlsx'));
  mkdirSync(f('子'));
  const before = sha(file);
  for (const [input, output] of [
    [f('甲-别名.xlsx'), file],
    [file, f('甲-别名.xlsx')],
    [file, join(dir, '子', '..', '.', '甲.xlsx')],
    [file, f('甲-硬链接.xlsx')],
  ]) {
    const r = await rectify('refresh', input, '-o', output, '--today', '2025-07-01');
    expect([r.code, r.err]).toEqual([2, '输出文件与输入文件相同。要改写原文件请用 --in-place（会先保留备份）。\n']);
  }
  expect(sha(file)).toBe(before);
});

test('a progress report goes only to a .docx that is not the ledger', async () => {
  const file = f('乙.xlsx');
  writeFileSync(file, ledger);
  symlinkSync(file, f('乙-别名.xlsx'));
  const before = sha(file);
  const alias = await rectify('progress', f('乙-别名.xlsx'), '-o', file, '--today', '2025-07-01');
  expect(alias.code).toBe(2);
  expect(alias.err).toContain('不是 .docx');
  const same = await rectify('progress', file, '-o', f('乙-别名.docx'), '--today', '2025-07-01');
  expect(same.code).toBe(0);
  symlinkSync(file, f('乙-链接.docx'));
  const throughLink = await rectify('progress', file, '-o', f('乙-链接.docx'), '--today', '2025-07-01');
  expect([throughLink.code, throughLink.err]).toEqual([
    2,
    '输出文件与输入文件相同。要改写原文件请用 --in-place（会先保留备份）。\n',
  ]);
  expect(sha(file)).toBe(before);
  // The report itself is a complete Word file (a zip), written through a temporary file that is gone.
  expect(readFileSync(f('乙-别名.docx')).subarray(0, 2).toString()).toBe('PK');
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('--in-place on a link writes the file it points to, names it, and leaves the link a link', async () => {
  mkdirSync(f('真'));
  const real = join(dir, '真', '丙.xlsx');
  writeFileSync(real, ledger);
  symlinkSync(real, f('丙-链接.xlsx'));
  const r = await rectify('refresh', f('丙-链接.xlsx'), '--in-place', '--today', '2025-09-01');
  expect(r.code).toBe(0);
  expect(r.err).toContain(`已改写它指向的文件 ${real}`);
  expect(lstatSync(f('丙-链接.xlsx')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(f('丙-链接.xlsx'))).toBe(real);
  expect(sha(real)).not.toBe(sha(f('台账.xlsx')));
  // Its backup is beside the real file.
  expect(readdirSync(join(dir, '真')).some((n) => n.startsWith('丙.backup-'))).toBe(true);
});

test('a planted link with the next backup name is not followed: the backup takes another name', async () => {
  mkdirSync(f('丁'));
  const file = join(dir, '丁', '丁.xlsx');
  writeFileSync(file, ledger);
  const victim = join(dir, '丁', '别处.xlsx');
  // Every name the next minutes' backups could take, planted as dangling links to the victim.
  const now = Date.now();
  for (let s = -5; s < 120; s++) {
    const stamp = new Date(now + s * 1000).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
    symlinkSync(victim, join(dir, '丁', `丁.backup-${stamp}.xlsx`));
  }
  const r = await rectify('refresh', file, '--in-place', '--today', '2025-09-01');
  expect(r.code).toBe(0);
  expect(() => lstatSync(victim)).toThrow();
  const backups = readdirSync(join(dir, '丁')).filter((n) => /^丁\.backup-.*-2\.xlsx$/.test(n));
  expect(backups).toHaveLength(1);
  expect(sha(join(dir, '丁', backups[0]))).toBe(sha(f('台账.xlsx')));
});
