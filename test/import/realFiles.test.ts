/**
 * `rectify import` on the three real legacy ledgers (copies in a temp dir).
 * Source and output are both read back with openpyxl, not with our mapping
 * code, so "nothing is lost" is checked independently of how we map.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import { rectify } from '../helpers/cli';
import { checkWorkbook, isPlaceholder, parseRange } from '../../src/engine';
import { readSnapshot } from '../../src/xlsx';

const REAL = path.resolve(__dirname, '..', 'fixtures', 'real-world');
const FILES = ['A公司.xlsx', 'B公司.xlsx', 'C公司.xlsx'];
const DUMP = path.join(__dirname, 'dump_xlsx.py');

type Cells = [number, number, string][];
interface Dump {
  sheets: Record<string, { state: string; tables: string[]; cells: Cells }>;
}

function dump(file: string): Dump {
  return JSON.parse(execFileSync('/usr/bin/python3', [DUMP, file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A list sheet of the output as objects keyed by header. */
function table(d: Dump, sheet: string): Record<string, string>[] {
  const cells = d.sheets[sheet].cells;
  const header = new Map<number, string>();
  for (const [r, c, v] of cells) if (r === 1) header.set(c, v);
  const rows = new Map<number, Record<string, string>>();
  for (const [r, c, v] of cells) {
    if (r === 1) continue;
    const row = rows.get(r) ?? {};
    row[header.get(c)!] = v;
    rows.set(r, row);
  }
  return [...rows.values()];
}

/** Source data rows: every row below the header (row 1 in these files) with a value. */
function sourceRows(d: Dump): Map<number, Map<number, string>> {
  const first = Object.values(d.sheets)[0];
  const rows = new Map<number, Map<number, string>>();
  for (const [r, c, v] of first.cells) {
    if (r === 1) continue;
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(c, v);
  }
  return rows;
}

let dir: string;
let out: string;
let sources: Record<string, Dump>;
let first: { code: number; out: string; err: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rectify-import-'));
  for (const f of FILES) copyFileSync(path.join(REAL, f), path.join(dir, f));
  sources = Object.fromEntries(FILES.map((f) => [f, dump(path.join(dir, f))]));
  out = path.join(dir, 'all.xlsx');
  // --add-to-lists: the audit categories (应收款项, 合同管理…) become dropdown values, as the user asked.
  first = await rectify('import', ...FILES.map((f) => path.join(dir, f)), '-o', out, '--add-to-lists');
});

test('three units consolidate into one structured ledger: one problem, responsibility and task per source row', () => {
  expect(first.err).toBe('');
  expect(first.code).toBe(0);
  const expected = FILES.map((f) => sourceRows(sources[f]).size);
  expect(expected).toEqual([35, 39, 39]);
  const o = dump(out);
  expect(Object.keys(o.sheets)).toEqual(
    expect.arrayContaining(['问题清单', '责任清单', '任务清单', '_lists', '_settings']),
  );
  expect(o.sheets['问题清单'].tables).toEqual(['Problems']);
  for (const sheet of ['问题清单', '责任清单', '任务清单']) {
    const rows = table(o, sheet);
    expect(rows).toHaveLength(113);
    // Every source row exactly once, with its file and row.
    const keys = rows.map((r) => `${r['来源文件']}#${r['来源行']}`).sort();
    const want = FILES.flatMap((f) => [...sourceRows(sources[f]).keys()].map((r) => `${f}#${r}`)).sort();
    expect(keys).toEqual(want);
  }
  // Problem IDs are unique although B公司 and C公司 number their problems the same way.
  const ids = table(o, '问题清单').map((r) => r['问题编号']);
  expect(new Set(ids).size).toBe(113);
  expect(first.out).toContain('C公司.xlsx 中 39 个问题编号已被先前的文件或台账使用');
  expect(first.out).toMatch(/可能重复：C公司\.xlsx 第 2–40 行与 B公司\.xlsx 第 2–40 行内容相同/);
  // The audit categories became dropdown values.
  const lists = o.sheets['_lists'].cells.filter(([, c]) => c === 1).map(([, , v]) => v);
  expect(lists).toEqual(expect.arrayContaining(['应收款项', '合同管理', '档案管理']));
});

test('every non-empty source cell is in the output, in a mapped column or an extra column', () => {
  const o = dump(out);
  const bySource = new Map<string, Set<string>>();
  for (const sheet of ['问题清单', '责任清单', '任务清单']) {
    for (const row of table(o, sheet)) {
      const key = `${row['来源文件']}#${row['来源行']}`;
      const set = bySource.get(key) ?? new Set<string>();
      for (const v of Object.values(row)) set.add(v);
      bySource.set(key, set);
    }
  }
  // 是否整改完成 is the only column whose words are translated (the report lists it: 是→待审核, 否→整改中).
  const translated: Record<string, string> = { 是: '待审核', 否: '整改中' };
  let checked = 0;
  const missing: string[] = [];
  for (const f of FILES) {
    const header = new Map(
      Object.values(sources[f].sheets)[0]
        .cells.filter(([r]) => r === 1)
        .map(([, c, v]) => [c, v]),
    );
    for (const [r, cells] of sourceRows(sources[f])) {
      const found = bySource.get(`${f}#${r}`)!;
      for (const [c, v] of cells) {
        if (isPlaceholder(v)) continue;
        checked++;
        const want = header.get(c) === '是否整改完成' ? translated[v] : v;
        if (!found.has(want)) missing.push(`${f} R${r}C${c} ${header.get(c)}=${v}`);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(113 * 25);
});

test('the result passes check except for the feedback date the audit ledgers never had, and their own inconsistencies', async () => {
  const r = checkWorkbook(await readSnapshot(out), { today: '2025-06-30', lang: 'zh' });
  // Audit ledgers record no 反馈日期 (the day the clock starts): it is required, so every problem is flagged.
  // The sources also say 否 (not done) beside a completion date, or 是 (done) without one: those are warnings
  // (docs/STATUS.md), not silently counted as rectified. The measures they mark done name no evidence (佐证材料):
  // a warning (docs/EVIDENCE.md). Anything new here is a real regression of import or check.
  // Each inspected unit gets its 整改报告 row at import; without a feedback date its period cannot start, and check says so.
  const kinds = new Set(r.findings.map((f) => `${f.sheet}|${f.code}|${f.column}`));
  expect([...kinds].sort()).toEqual(
    [
      '任务清单|evidence.none|佐证材料',
      '问题清单|required|反馈日期',
      '问题清单|status.completedOpen|完成日期',
      '问题清单|status.pendingNoDate|完成日期',
      '整改报告|report.noFeedback|被巡察单位',
    ].sort(),
  );
  // …once, at the header, with the range: not 113 identical lines.
  const required = r.findings.filter((f) => f.code === 'required');
  expect(required).toHaveLength(1);
  expect(required[0]).toMatchObject({ sheet: '问题清单', row: 1, column: '反馈日期' });
  expect(required[0].message).toContain('全部 113 行');
  expect(r.findings.filter((f) => f.code.startsWith('status.')).every((f) => f.severity === 'warning')).toBe(true);
  expect(r.findings.filter((f) => f.code === 'evidence.none').every((f) => f.severity === 'warning')).toBe(true);
});

test('every cell the import wrote is traced in _log (全程留痕): in a range an import entry names, as when the pane imports', () => {
  const d = dump(out);
  const log = d.sheets['_log'].cells;
  // _log row r: 序号 · 时间 · 操作 · 工作表 · 单元格 · 原值 · 新值 · 操作人 · 校验码 (read by openpyxl, not by our code).
  const rows = new Map<number, Map<number, string>>();
  for (const [r, c, v] of log) {
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(c, v);
  }
  // A new sheet is one entry, the new rows a few per source file (docs/LOG.md): cells are traced by the ranges.
  const logged: { sheet: string; rect: ReturnType<typeof parseRange> }[] = [];
  for (const [r, cols] of rows)
    if (r > 1 && cols.get(3) === '导入') logged.push({ sheet: cols.get(4)!, rect: parseRange(cols.get(5)!) });
  const traced = (sheet: string, r: number, c: number) =>
    logged.some(
      (l) => l.sheet === sheet && l.rect.top <= r && r <= l.rect.bottom && l.rect.left <= c && c <= l.rect.right,
    );
  for (const sheet of ['问题清单', '责任清单', '任务清单']) {
    const written = d.sheets[sheet].cells.filter(([, , v]) => v !== '');
    expect(written.length).toBeGreaterThan(113);
    for (const [r, c] of written) if (!traced(sheet, r, c)) throw new Error(`${sheet}!R${r}C${c} is in no _log entry`);
  }
  // …in a few rows: not one per cell (113 problems wrote thousands of cells).
  expect([...rows.keys()].length).toBeLessThan(40);
});

test('--dry-run writes nothing and prints mapping, samples, counts and what it would not import', async () => {
  const a = path.join(dir, 'A公司.xlsx');
  const before = sha(a);
  const listing = readdirSync(dir).sort();
  const target = path.join(dir, 'dry.xlsx');
  const r = await rectify('import', a, '-o', target, '--dry-run', '--add-to-lists');
  expect(r.code).toBe(0);
  expect(sha(a)).toBe(before);
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(listing);
  expect(r.out).toContain('导入预览（--dry-run：未写入任何文件）');
  expect(r.out).toContain('E 问题简述 → 问题清单.问题描述（别名）；样例：应收账款存在回收风险');
  expect(r.out).toContain('I 是否整改完成 → 问题清单.整改状态（别名）');
  expect(r.out).toContain('否→整改中 ×21，是→待审核 ×14');
  expect(r.out).toContain('AG 目标设定完成时间 → 问题清单.整改期限（别名）；样例：2024-08-01');
  expect(r.out).toContain('A 序号 → 额外列“序号（原表）”');
  expect(r.out).toContain('合计：来源数据行 35；新增问题 35，责任 35，任务 35');
  expect(r.out).toContain('未按原样导入的值：无');
  // No source has the required 反馈日期: said once, before anything is written, with the way to fill it.
  expect(r.out).toContain('所有来源文件都没有必填的「反馈日期」列：导入后 35 个问题都缺少它');
  expect(r.out).toContain('--feedback-date');
});

test('--feedback-date fills the column the sources lack, and check has nothing left to say about it', async () => {
  const target = path.join(dir, 'dated.xlsx');
  const r = await rectify('import', path.join(dir, 'B公司.xlsx'), '-o', target, '--feedback-date', '2024/5/20');
  expect(r.code).not.toBe(2);
  expect(r.out).toMatch(/来源文件没有「反馈日期」列：\d+ 个问题的「反馈日期」填为指定的 2024-05-20。/);
  const checked = checkWorkbook(await readSnapshot(target), { today: '2025-06-30', lang: 'zh' });
  expect(checked.findings.filter((f) => f.code === 'required')).toEqual([]);
  const bad = await rectify(
    'import',
    path.join(dir, 'B公司.xlsx'),
    '-o',
    path.join(dir, 'x.xlsx'),
    '--feedback-date',
    '五月',
  );
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--feedback-date');
  expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
});

test('importing the same file again into the ledger is reported as already imported, not doubled', async () => {
  const before = table(dump(out), '问题清单').length;
  const r = await rectify('import', path.join(dir, 'A公司.xlsx'), '-o', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('台账已有且无变化 35 个');
  expect(r.out).toContain('新增问题 0，责任 0，任务 0');
  expect(table(dump(out), '问题清单')).toHaveLength(before);
  // The same file twice in one command: the second is a duplicate.
  const copy = path.join(dir, 'A公司-副本.xlsx');
  copyFileSync(path.join(dir, 'A公司.xlsx'), copy);
  const twice = await rectify('import', path.join(dir, 'A公司.xlsx'), copy, '--dry-run');
  expect(twice.out).toContain('A公司-副本.xlsx 与 A公司.xlsx 的数据完全相同（35 行），视为重复，未再次导入。');
  expect(twice.out).toContain('新增问题 35，责任 35，任务 35');
});

test('unreadable input and bad --map exit 2 with one clear line, and write nothing', async () => {
  const target = path.join(dir, 'bad.xlsx');
  const notXlsx = path.join(dir, 'notes.xlsx');
  require('fs').writeFileSync(notXlsx, 'not a workbook');
  const r1 = await rectify('import', notXlsx, '-o', target);
  expect(r1.code).toBe(2);
  expect(r1.err).toContain('notes.xlsx');
  const r2 = await rectify('import', path.join(dir, 'A公司.xlsx'), '-o', target, '--map', '没有这列=问题描述');
  expect(r2.code).toBe(2);
  expect(r2.err).toContain('没有这列');
  const r3 = await rectify('import', path.join(dir, 'A公司.xlsx'), '-o', path.join(dir, 'A公司.xlsx'));
  expect(r3.code).toBe(2);
  expect(existsSync(target)).toBe(false);
});
