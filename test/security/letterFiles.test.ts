/**
 * Every unit's letter gets a file of its own: unit names that are one name once cleaned (`市局/一科`, `市局:一科`,
 * `市局 一科`, case, long names that differ only at the end) are numbered, control and right-to-left characters never
 * reach a file name, "N letters written" is the number of files on disk, and `--record` counts 督办次数 only once
 * every letter is written.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { rectify } from '../helpers/cli';
import { letterFileNames, uniqueFileNames } from '../../src/engine';

const dir = mkdtempSync(join(tmpdir(), 'rl-letters-'));
const f = (name: string) => join(dir, name);

const LONG = '市住房和城乡建设局'.repeat(10);
const HOSTILE = [
  '市局/一科',
  '市局:一科',
  '市局 一科',
  '市局\\一科',
  `${LONG}甲`,
  `${LONG}乙`,
  'Audit',
  'AUDIT',
  '\u202egpj.exe',
  'CON',
  '..',
];

/** The demo with its responsible units renamed, one hostile name for each unit in turn. */
async function hostileLedger(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('demo.xlsx'));
  const names = new Map<string, string>();
  for (const [sheet, col] of [
    ['责任清单', 3],
    ['任务清单', 4],
  ] as const) {
    const ws = wb.getWorksheet(sheet)!;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      // eslint-disable-next-line office-addins/load-object-before-read -- ExcelJS, not Office.js
      const unit = String(row.getCell(col).value ?? '');
      if (!unit) continue;
      if (!names.has(unit)) names.set(unit, HOSTILE[names.size % HOSTILE.length]);
      row.getCell(col).value = names.get(unit)!;
    }
  }
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  expect((await rectify('demo', f('demo.xlsx'), '--problems', '16', '--today', '2025-06-16')).code).toBe(0);
  await hostileLedger(f('hostile.xlsx'));
}, 60_000);

test('names that collide once cleaned are numbered; no control or bidirectional character survives', () => {
  const names = uniqueFileNames(HOSTILE, '.docx', { prefix: '提醒督办函-', suffix: '-2025-07-01' });
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(HOSTILE.length);
  expect(names.slice(0, 4)).toEqual([
    '提醒督办函-市局_一科-2025-07-01.docx',
    '提醒督办函-市局_一科-2025-07-01-2.docx',
    '提醒督办函-市局 一科-2025-07-01.docx',
    '提醒督办函-市局_一科-2025-07-01-3.docx',
  ]);
  expect(names[5]).toBe(names[4].replace('.docx', '-2.docx'));
  expect(names[7]).toBe('提醒督办函-AUDIT-2025-07-01-2.docx');
  expect(names[8]).toBe('提醒督办函-gpj.exe-2025-07-01.docx');
  // eslint-disable-next-line no-control-regex -- control characters are what must not be there
  expect(names.join('')).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069/\\:]/);
  // The same input, the same names (a second run replaces the first run's files, it does not add to them).
  expect(uniqueFileNames(HOSTILE, '.docx')).toEqual(uniqueFileNames(HOSTILE, '.docx'));
  expect(letterFileNames).toBeInstanceOf(Function);
});

test('"N letters written" equals the files on disk, and --record counts only what was written', async () => {
  const out = f('letters');
  const r = await rectify('letters', f('hostile.xlsx'), '-o', out, '--today', '2025-07-01', '--record', f('rec.xlsx'));
  expect([r.code, r.err]).toEqual([0, '']);
  const lines = r.out.split('\n').filter((l) => l.includes('→') && l.includes('.docx'));
  const files = readdirSync(out);
  expect(lines.length).toBeGreaterThanOrEqual(HOSTILE.length);
  expect(files.length).toBe(lines.length);
  expect(files.every((n) => n.endsWith('.docx') && !/[\u202a-\u202e]/.test(n))).toBe(true);
  for (const l of lines) expect(files).toContain(l.slice(l.lastIndexOf('/') + 1));
  expect(r.out).toMatch(/已记录督办：\d+ 个问题的督办次数加 1/);
}, 60_000);

test('a letter that cannot be written records nothing; a link planted under a letter name is not followed', async () => {
  const out = f('locked');
  mkdirSync(out);
  // A link named like the first letter, pointing at a file outside: it is replaced, the file it names untouched.
  writeFileSync(f('victim.txt'), 'keep');
  const first = (await rectify('letters', f('hostile.xlsx'), '-o', f('probe'), '--today', '2025-07-01')).out;
  const firstName = first.split('\n')[0].slice(first.indexOf('→') + 2);
  symlinkSync(f('victim.txt'), join(out, firstName.slice(firstName.lastIndexOf('/') + 1)));
  const ok = await rectify('letters', f('hostile.xlsx'), '-o', out, '--today', '2025-07-01');
  expect(ok.code).toBe(0);
  expect(readFileSync(f('victim.txt'), 'utf8')).toBe('keep');
  if (process.getuid?.() === 0) return; // root writes into a read-only folder
  const ro = f('readonly');
  mkdirSync(ro);
  chmodSync(ro, 0o500);
  const r = await rectify('letters', f('hostile.xlsx'), '-o', ro, '--today', '2025-07-01', '--record', f('rec2.xlsx'));
  chmodSync(ro, 0o700);
  expect(r.code).toBe(2);
  expect(r.err).toContain('督办次数未记录');
  expect(readdirSync(dir)).not.toContain('rec2.xlsx');
}, 60_000);
