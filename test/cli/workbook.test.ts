/**
 * `rectify demo | init | check | refresh` as a user runs them (in-process
 * through run(), and once through the real bin/rectify.js).
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import { CHECK_CODES, isEmptyValue } from '../../src/engine';
import { UNPLANTABLE_CODES } from '../../src/demo';
import { rectify } from '../helpers/cli';
import { parseCheckReport } from '../helpers/checkReport';
import { readSnapshot, saveWorkbookAtomic } from '../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
const f = (name: string) => join(dir, name);
const root = join(__dirname, '../..');
const realWorld = join(root, 'test/fixtures/real-world');

test('demo then check --json prints valid JSON with no errors', async () => {
  expect((await rectify('demo', f('d.xlsx'), '--today', '2025-06-30')).code).toBe(0);
  const r = await rectify('check', f('d.xlsx'), '--json', '--today', '2025-06-30');
  expect(r.code).toBe(0);
  const report = parseCheckReport(r.out);
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0, problems: 40 });
  expect(report.findings).toEqual([]);
});

test('demo --mistakes: check lists every planted violation at its cell and nothing else', async () => {
  const d = await rectify('demo', f('m.xlsx'), '--today', '2025-06-30', '--mistakes');
  expect(d.code).toBe(0);
  // The written line, the clue and report counts, the title; then one line per mistake.
  const planted = d.out
    .split('\n')
    .slice(3)
    .filter(Boolean)
    .map((line) => {
      const [code, sheet, cell] = line.trim().split(/\s+/);
      return `${code}|${sheet}|${cell.startsWith('#') ? '' : cell}`;
    })
    .sort();
  expect(planted).toHaveLength(CHECK_CODES.length - UNPLANTABLE_CODES.length);
  const r = await rectify('check', f('m.xlsx'), '--json', '--today', '2025-06-30');
  expect(r.code).toBe(1);
  const report = parseCheckReport(r.out);
  // The command line looks for the evidence files beside the ledger, which the demo does not write: the entry
  // planted without a fingerprint is a missing file there (docs/EVIDENCE.md).
  const beside = planted.map((x) => x.replace(/^evidence\.noFingerprint\|/, 'evidence.missing|')).sort();
  expect(report.findings.map((x) => `${x.code}|${x.sheet}|${x.cell}`).sort()).toEqual(beside);
  for (const x of report.findings) {
    expect(x.message).toContain(x.sheet);
    if (x.cell) expect(x.message).toContain(x.cell);
  }
  // human output groups by sheet, in English too
  const human = await rectify('check', f('m.xlsx'), '--today', '2025-06-30', '--lang', 'en');
  expect(human.code).toBe(1);
  expect(human.out).toMatch(/^问题清单$/m);
  expect(human.out).toMatch(/^_settings$/m);
  expect(human.out).toContain('27 errors, 15 warnings');
});

test('English layout with --lang en', async () => {
  expect((await rectify('demo', f('en.xlsx'), '--today', '2025-06-30', '--lang', 'en', '--problems', '15')).code).toBe(
    0,
  );
  const snap = await readSnapshot(f('en.xlsx'));
  expect(snap.sheets.map((s) => s.name)).toEqual([
    'Problems',
    'Responsibilities',
    'Tasks',
    'Transferred clues',
    'Unit reports',
    '_lists',
    '_calendar',
    '_settings',
    '_log',
  ]);
  const r = await rectify('check', f('en.xlsx'), '--json', '--today', '2025-06-30', '--lang', 'en');
  expect(JSON.parse(r.out).summary.errors).toBe(0);
});

test('init on copies of the real-world ledgers keeps every original cell; a second init changes nothing', async () => {
  for (const name of readdirSync(realWorld).filter((n) => n.endsWith('.xlsx'))) {
    const src = f(`rw-${name}`);
    copyFileSync(join(realWorld, name), src);
    const before = await readSnapshot(src, { readAt: 'x' });
    const once = await rectify('init', src, '-o', f(`rw1-${name}`));
    expect([name, once.code]).toEqual([name, 0]);
    // They are legacy ledgers: init says so and points to import (test/cli/safeOutput.test.ts).
    expect(once.err).toContain('看起来是一份旧台账');
    const after = await readSnapshot(f(`rw1-${name}`), { readAt: 'x' });
    for (const s of before.sheets) {
      const t = after.sheets.find((x) => x.name === s.name)!;
      expect(t.visibility).toBe(s.visibility);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!isEmptyValue(v)) expect([name, s.name, r, c, t.values[r]?.[c]]).toEqual([name, s.name, r, c, v]);
        }),
      );
    }
    const twice = await rectify('init', f(`rw1-${name}`), '-o', f(`rw2-${name}`));
    expect(twice.out).toMatch(/新建工作表 0 个，补充列 0 个，写入单元格 0 个/);
    expect(await readSnapshot(f(`rw2-${name}`), { readAt: 'x' })).toEqual(after);
    expect(readFileSync(src)).toEqual(readFileSync(join(realWorld, name))); // input untouched
  }
});

test('init on a legacy list sheet maps aliases, adds missing columns at the right, keeps extra columns', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题清单');
  ws.addRow(['序号', '问题简述', '被巡视单位', '反馈时间', '是否整改完成', '红黑榜事项']);
  ws.addRow([1, '制度不健全', '市教育局', new Date(Date.UTC(2025, 2, 1)), '整改中', '是']);
  ws.addRow([2, '=不是公式', '市民政局', '2025年3月5日', '未启动', '否']);
  await saveWorkbookAtomic(wb, f('legacy.xlsx'));
  const r = await rectify('init', f('legacy.xlsx'), '-o', f('legacy1.xlsx'));
  expect(r.code).toBe(0);
  const snap = await readSnapshot(f('legacy1.xlsx'));
  const s = snap.sheets.find((x) => x.name === '问题清单')!;
  expect(s.values[0].slice(0, 6)).toEqual(['序号', '问题简述', '被巡视单位', '反馈时间', '是否整改完成', '红黑榜事项']);
  expect(s.values[0]).toContain('整改期限');
  expect(s.values[0].indexOf('整改期限')).toBeGreaterThan(5);
  expect(s.values[2][1]).toBe('=不是公式');
  expect(s.formulas).toEqual({});
  expect(s.tables).toHaveLength(1);
  expect(s.tables[0].ref.startsWith('A1:')).toBe(true);
  // refresh computes nothing for rows without a time limit, but alerts appear where it can
  const c = await rectify('check', f('legacy1.xlsx'), '--json', '--today', '2025-06-30');
  const codes = new Set(JSON.parse(c.out).findings.map((x: { code: string }) => x.code));
  expect(codes).toContain('problem.noTask');
  expect(codes).toContain('deadline.missing');
});

test('refresh: recomputes for another day, writes only what changes, keeps a typed deadline, logs, backs up', async () => {
  await rectify('demo', f('r.xlsx'), '--today', '2025-06-30', '--problems', '30');
  // a deadline typed by hand on an empty limit
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('r.xlsx'));
  const ws = wb.getWorksheet('问题清单')!;
  ws.getCell('I5').value = null;
  ws.getCell('J5').value = new Date(Date.UTC(2025, 0, 2));
  await wb.xlsx.writeFile(f('r.xlsx'));

  const same = await rectify('refresh', f('r.xlsx'), '--in-place', '--today', '2025-06-30');
  expect(same.code).toBe(0);
  const before = statSync(f('r.xlsx')).mtimeMs;
  const r = await rectify('refresh', f('r.xlsx'), '--in-place', '--today', '2025-07-20');
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/backup/);
  expect(readdirSync(dir).some((n) => n.startsWith('r.backup-') && n.endsWith('.xlsx'))).toBe(true);
  expect(statSync(f('r.xlsx')).mtimeMs).toBeGreaterThanOrEqual(before);
  const snap = await readSnapshot(f('r.xlsx'));
  const p = snap.sheets.find((s) => s.name === '问题清单')!;
  expect(p.values[4][9]).toBe(45659); // 2025-01-02 kept
  const log = snap.sheets.find((s) => s.name === '_log')!;
  expect(log.values.length).toBeGreaterThan(1);
  expect(log.values[1][0]).toBe(1); // 序号
  expect(log.values[1][2]).toBe('刷新');
  const n = Number(/更新单元格 (\d+) 个/.exec(r.out)![1]);
  // Changed deadlines are logged cell by cell; the day's alert texts as one summary row per sheet (docs/LOG.md).
  const rows = log.values.slice(1).filter((row) => row.length > 0);
  const summaries = rows.filter((row) => String(row[4]).includes(':'));
  const singles = rows.filter((row) => !String(row[4]).includes(':'));
  expect(summaries.length).toBeGreaterThan(0);
  expect(summaries.length).toBeLessThanOrEqual(8); // at most one per list sheet with alerts (4) and run (2)
  expect(summaries.every((row) => /^预警更新 \d+ 处$/.test(String(row[6])))).toBe(true);
  // The first refresh also gave each inspected unit without one its 整改报告 row: 被巡察单位, 巡察轮次, 整改期满日 (A, B, D).
  const reportRows = singles.filter((row) => row[3] === '整改报告');
  expect(reportRows.every((row) => /^[ABD]\d+$/.test(String(row[4])))).toBe(true);
  const listed = singles.filter((row) => row[3] !== '整改报告');
  expect(listed.every((row) => /^[JG]\d+$/.test(String(row[4])))).toBe(true); // 整改期限 (J) and 计划完成日期 (G) cells
  expect(rows.length).toBeLessThan(n);
  const again = await rectify('refresh', f('r.xlsx'), '--in-place', '--today', '2025-07-20');
  expect(again.out).toContain('无需更新');
});

test('unreadable input: exit 2, a located message, nothing written', async () => {
  writeFileSync(f('bad.xlsx'), 'not a workbook');
  for (const cmd of [
    ['check', f('bad.xlsx')],
    ['init', f('bad.xlsx'), '-o', f('bad-out.xlsx')],
    ['refresh', f('bad.xlsx'), '-o', f('bad-out.xlsx')],
  ]) {
    const r = await rectify(...cmd);
    expect([cmd[0], r.code]).toEqual([cmd[0], 2]);
    expect(r.err).toContain('bad.xlsx');
  }
  expect(existsSync(f('bad-out.xlsx'))).toBe(false);
  // a workbook that is not a ledger
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
  await saveWorkbookAtomic(wb, f('plain.xlsx'));
  const c = await rectify('check', f('plain.xlsx'));
  expect(c.code).toBe(2);
  expect(c.err).toContain('rectify init');
  // merged header cells
  const m = new ExcelJS.Workbook();
  const ms = m.addWorksheet('问题清单');
  ms.getCell('A1').value = '问题编号';
  ms.mergeCells('A1:C1');
  await saveWorkbookAtomic(m, f('merged.xlsx'));
  const mr = await rectify('init', f('merged.xlsx'), '-o', f('merged-out.xlsx'));
  expect(mr.code).toBe(2);
  expect(mr.err).toContain('A1:C1');
  expect(existsSync(f('merged-out.xlsx'))).toBe(false);
  // never over the input without --in-place
  const same = await rectify('init', f('plain.xlsx'), '-o', f('plain.xlsx'));
  expect(same.code).toBe(2);
  expect((await rectify('init', f('plain.xlsx'))).code).toBe(2);
  expect((await rectify('demo', f('x.xlsx'), '--problems', 'lots')).code).toBe(2);
  expect((await rectify('demo', f('x.xlsx'), '--today', '2025-13-01')).code).toBe(2);
});

test('the real command line: npx-style bin/rectify.js demo + check --json', () => {
  const bin = join(root, 'bin', 'rectify.js');
  execFileSync(process.execPath, [bin, 'demo', f('bin.xlsx'), '--today', '2025-06-30', '--problems', '12'], {
    encoding: 'utf8',
  });
  const r = spawnSync(process.execPath, [bin, 'check', f('bin.xlsx'), '--json', '--today', '2025-06-30'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  expect(parseCheckReport(r.stdout).summary.errors).toBe(0);
  expect(basename(f('bin.xlsx'))).toBe('bin.xlsx');
});
