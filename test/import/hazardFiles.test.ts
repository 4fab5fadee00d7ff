/**
 * `rectify import` on ledgers of neighbouring fields, as offices keep them
 * (test/fixtures/hazard, written by openpyxl and XlsxWriter; make_fixtures.py
 * says how): a site's hazard ledger with one sheet per year, a four-row
 * grouped header, label：value lines, a measure merged over five columns,
 * footnotes, totals and numbers alone; a railway register with one sheet per
 * quarter in hazard words; a sectioned inspection ledger. The output is read
 * back with openpyxl, not with our code; every problem a person sees must
 * arrive with its text and measure, and nothing else may become a problem.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { rectify } from '../helpers/cli';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'hazard');
const DUMP = path.join(__dirname, 'dump_xlsx.py');
const FILES = ['隐患排查治理台账.xlsx', '铁路隐患登记表.xlsx', '巡察整改台账（分组）.xlsx'];

interface Expected {
  unit: string;
  feedbackDate?: string;
  sheets: Record<string, { row: number; description: string | null; measure: string; section?: string }[]>;
  skipped: string[];
}
const EXPECTED: Record<string, Expected> = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));

type Cells = [number, number, string][];
const dump = (file: string): Record<string, { cells: Cells }> =>
  JSON.parse(execFileSync('/usr/bin/python3', [DUMP, file], { encoding: 'utf8', maxBuffer: 64 << 20 })).sheets;

function table(sheets: ReturnType<typeof dump>, name: string): Record<string, string>[] {
  const header = new Map<number, string>();
  const rows = new Map<number, Record<string, string>>();
  for (const [r, c, v] of sheets[name].cells) {
    if (r === 1) header.set(c, v);
    else rows.set(r, { ...rows.get(r), [header.get(c) ?? String(c)]: v });
  }
  return [...rows.values()];
}

let dir: string;
let ledger: string;
let first: Awaited<ReturnType<typeof rectify>>;
let problems: Record<string, string>[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rectify-hazard-'));
  for (const f of FILES) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  ledger = path.join(dir, '台账.xlsx');
  first = await rectify('import', ...FILES.map((f) => path.join(dir, f)), '-o', ledger);
  problems = table(dump(ledger), '问题清单');
}, 60_000);

/** Where a problem of a sheet comes from, as 来源文件 says it: the file, or `file › sheet` for one of several. */
const sourceName = (file: string, sheet: string) =>
  Object.keys(EXPECTED[file].sheets).length > 1 ? `${file} › ${sheet}` : file;

test('every sheet holding a ledger is read; a sheet that is not one is named with why', () => {
  expect(first.err).toBe('');
  expect(new Set(problems.map((p) => p['来源文件']))).toEqual(
    new Set(FILES.flatMap((f) => Object.keys(EXPECTED[f].sheets).map((s) => sourceName(f, s)))),
  );
  expect(first.out).toContain('隐患排查治理台账.xlsx 的工作表“填表说明”不是台账');
});

test('every problem a person sees arrives once, with its text; nothing else becomes a problem', () => {
  const seen = new Set<string>();
  let repeats = 0;
  for (const f of FILES) {
    for (const [sheet, rows] of Object.entries(EXPECTED[f].sheets)) {
      for (const e of rows) {
        const at = problems.find((p) => p['来源文件'] === sourceName(f, sheet) && p['来源行'] === String(e.row));
        // The same hazard found again in a later sheet (same unit and text) is the same problem: it arrives once.
        const key = `${EXPECTED[f].unit}|${e.description}`;
        if (e.description && seen.has(key)) {
          expect(at).toBeUndefined();
          repeats++;
          continue;
        }
        seen.add(key);
        expect(at).toBeDefined();
        expect(at!['问题描述']).toBe(e.description ?? undefined);
        expect(at!['被巡察单位']).toBe(EXPECTED[f].unit);
      }
    }
  }
  const all = FILES.flatMap((f) => Object.values(EXPECTED[f].sheets).flat());
  expect(repeats).toBe(2);
  expect(problems).toHaveLength(all.length - repeats);
  // Hazards with no description but everything else are problems (check flags the blank).
  expect(problems.filter((p) => !p['问题描述'])).toHaveLength(2);
});

test('each measure once, merged over five columns or not', () => {
  const tasks = table(dump(ledger), '任务清单');
  const measures = tasks.map((t) => t['整改措施']);
  for (const f of FILES)
    for (const rows of Object.values(EXPECTED[f].sheets)) for (const e of rows) expect(measures).toContain(e.measure);
  const headers = new Set(tasks.flatMap((t) => Object.keys(t)).concat(problems.flatMap((p) => Object.keys(p))));
  expect([...headers].filter((h) => h.startsWith('整改措施与要求'))).toEqual([]);
  expect([...headers].filter((h) => h.includes('（原表）'))).toEqual([]);
});

test('dates in every form are dates; hazard words are statuses; sections are categories', () => {
  const site = problems.filter((p) => p['来源文件'].startsWith('隐患排查治理台账.xlsx'));
  expect(site.map((p) => p['反馈日期']).slice(0, 4)).toEqual(['2019-05-28', '2019-05-29', '2019-05-30', '2019-06-02']);
  expect(site.map((p) => p['整改状态']).slice(0, 6)).toEqual([
    '已销号',
    '整改中',
    '已销号',
    '已销号',
    '待审核',
    '未启动',
  ]);
  const sectioned = problems.filter((p) => p['来源文件'] === '巡察整改台账（分组）.xlsx');
  const want = EXPECTED['巡察整改台账（分组）.xlsx'].sheets['整改台账'];
  expect(sectioned.map((p) => p['原分组'])).toEqual(want.map((e) => e.section));
  expect(sectioned[0]['问题类别']).toBe('贯彻落实党的路线方针政策方面');
  expect(sectioned.every((p) => p['反馈日期'] === '2024-03-05')).toBe(true);
});

test('responsible units in a group become responsibilities with their roles', () => {
  const resp = table(dump(ledger), '责任清单').filter((r) => r['来源文件'] === '隐患排查治理台账.xlsx › 2019年');
  expect(resp.filter((r) => r['来源行'] === '8').map((r) => [r['责任单位'], r['职责分工']])).toEqual([
    ['中铁十局', '施工'],
    ['华安监理', '监理'],
  ]);
  expect(resp.filter((r) => r['来源行'] === '7').map((r) => [r['责任单位'], r['职责分工']])).toEqual([
    ['施工', '施工'],
  ]);
});

test('the rows set aside are each named in the report', () => {
  for (const text of [
    '“小计 3项”（A10）',
    '“7”（A14）',
    '“合计 6项”（A16）',
    '“说明：1.隐患级别分一般、重大两级。”（A17）',
    '“注：整改进展情况每月5日前更新。”（A13）',
  ])
    expect(first.out).toContain(text);
});

test('a second import of the same files adds nothing', async () => {
  const before = readFileSync(ledger);
  const again = await rectify('import', ...FILES.map((f) => path.join(dir, f)), '-o', ledger);
  expect(again.err).toBe('');
  // The first import asked to look at some values (exit 1); the second has nothing new to say: exit 0, untouched.
  expect([first.code, again.code]).toEqual([1, 0]);
  expect(readFileSync(ledger)).toEqual(before);
  expect(again.out).toContain('新增问题 0，责任 0，任务 0');
  expect(table(dump(ledger), '问题清单')).toHaveLength(problems.length);
});
