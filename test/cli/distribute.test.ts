/**
 * `rectify distribute` on files: the packages land in --out only; an existing package, a linked folder or an
 * unknown unit stop everything before the ledger is written (exit 2); --force writes a new round that says what
 * changed; `rectify collect --dry-run` reports and writes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'distribute-cli-'));
const f = (name: string) => join(dir, name);

jest.setTimeout(120_000);

test('distribute: targets checked before anything is written; a second round says what changed', async () => {
  expect((await rectify('demo', f('l.xlsx'), '--today', '2025-06-30')).code).toBe(0);
  const first = await rectify(
    'distribute',
    f('l.xlsx'),
    '--out',
    f('out'),
    '--in-place',
    '--due',
    '2025-07-10',
    '--today',
    '2025-06-30',
  );
  expect(first.code).toBe(0);
  const files = readdirSync(f('out')).sort();
  expect(files.length).toBeGreaterThan(2);
  expect(first.out).toContain('第 1 轮下发，交回截止：2025-07-10');

  // An existing package: exit 2, the ledger byte for byte, nothing added to the folder.
  const bytes = readFileSync(f('l.xlsx'));
  const again = await rectify('distribute', f('l.xlsx'), '--out', f('out'), '--in-place', '--today', '2025-06-30');
  expect(again.code).toBe(2);
  expect(again.err).toContain('已存在');
  expect(readFileSync(f('l.xlsx')).equals(bytes)).toBe(true);
  expect(readdirSync(f('out')).sort()).toEqual(files);

  // A linked folder, an unknown unit: exit 2.
  mkdirSync(f('real'));
  symlinkSync(f('real'), f('link'));
  const linked = await rectify(
    'distribute',
    f('l.xlsx'),
    '--out',
    f('link'),
    '-o',
    f('x.xlsx'),
    '--today',
    '2025-06-30',
  );
  expect([linked.code, linked.err.includes('符号链接'), existsSync(f('x.xlsx'))]).toEqual([2, true, false]);
  const unknown = await rectify('distribute', f('l.xlsx'), '--out', f('u'), '-o', f('y.xlsx'), '--unit', '不存在的科');
  expect([unknown.code, unknown.err.includes('办公室')]).toEqual([2, true]);

  // --force: round 2, each unit unchanged since round 1.
  const forced = await rectify(
    'distribute',
    f('l.xlsx'),
    '--out',
    f('out'),
    '--in-place',
    '--force',
    '--today',
    '2025-07-01',
  );
  expect(forced.code).toBe(0);
  expect(forced.out).toContain('第 2 轮下发');
  expect(forced.out.match(/与第 1 轮相比没有变化/g)).toHaveLength(files.length);

  // collect --dry-run of a package sent back untouched: nothing new, nothing written.
  const before = readFileSync(f('l.xlsx'));
  const dry = await rectify('collect', f('l.xlsx'), join(f('out'), files[0]), '--dry-run', '--today', '2025-07-02');
  expect(dry.code).toBe(0);
  expect(dry.out).toContain('--dry-run');
  expect(readFileSync(f('l.xlsx')).equals(before)).toBe(true);
});
