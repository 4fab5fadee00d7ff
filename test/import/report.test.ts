/**
 * An import report a clerk can act on (docs/IMPORT.md): a changed cell names
 * its column, old and new value; the same notice for many rows is one line
 * with a count and the first rows; a re-import that changes nothing writes
 * nothing, backs nothing up and exits 0; formulas import their saved result
 * and check does not call a formula cell empty; a category outside the list
 * is kept and reported, added to the list only when asked; a bare number in a
 * date column is flagged, not shown as 1900-01-01; a 反馈日期 after today is
 * a warning; a required column not found comes with the column that looks
 * like it and the exact --map rule.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { createHash } from 'crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import { rectify } from '../helpers/cli';
import {
  type CellValue,
  type LegacySource,
  type WorkbookSnapshot,
  checkWorkbook,
  formatImportReport,
  importCommand,
  importLegacy,
  importNeedsLooking,
  planImport,
  runCommand,
  toExcelSerial,
} from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';

function source(rows: CellValue[][], file = '县财政局.xlsx', formulas: Record<string, string> = {}): LegacySource {
  return {
    file,
    snapshot: {
      user: 't',
      readAt: '2025-06-30T00:00:00Z',
      sheets: [{ name: '台账', visibility: 'visible', values: rows, formulas, tables: [], merges: [] }],
    },
  };
}

const empty = (): WorkbookSnapshot => ({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const HEADER = ['问题编号', '被巡察单位', '问题描述', '整改措施', '整改状态', '反馈日期'];
const ROWS: CellValue[][] = Array.from({ length: 12 }, (_, i) => [
  `C-${i + 1}`,
  '县财政局',
  `问题${i + 1}`,
  `措施${i + 1}`,
  '整改中',
  '2025-03-01',
]);

describe('what changed, and what is the same for many rows', () => {
  test('a re-import names every changed cell: the column, the old value and the new one', async () => {
    const port = memoryPort(empty());
    await runCommand(port, importCommand([source([HEADER, ...ROWS])], { lang: 'zh' }), ENV);
    const changed = ROWS.map((r, i) =>
      i === 2 ? ['C-3', '县财政局', '问题3', '措施3（已细化）', '待审核', '2025-03-01'] : r,
    );
    const r = (await runCommand(port, importCommand([source([HEADER, ...changed])], { lang: 'zh' }), ENV)).result;
    // The status, the measure, and the measure's status that follows the problem's.
    expect(r.counts).toMatchObject({ updatedProblems: 1, updatedCells: 3 });
    const text = formatImportReport(r, { dryRun: false, output: '台账.xlsx' });
    expect(text).toContain('整改状态 “待审核”（E4）：来源已改：台账 问题清单 K4 由“整改中”更新为“待审核”。');
    expect(text).toContain(
      '整改措施 “措施3（已细化）”（D4）：来源已改：台账 任务清单 C4 由“措施3”更新为“措施3（已细化）”。',
    );
    // The eleven unchanged rows are one line, with their rows and a count.
    expect(text).toMatch(/县财政局\.xlsx（第 2–3、5–13 行）：台账中已有（C-1、C-2、C-4、.*等 11 处），内容没有变化/);
    expect(text).toContain('完成状态 “已完成”（第 4 行）：来源已改：台账 任务清单 I4 由“进行中”更新为“已完成”。');
    expect(text.match(/台账中已有/g)).toHaveLength(1);
  });
});

describe('a re-import that changes nothing', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rectify-report-'));
    copyFileSync(path.join(__dirname, '..', 'fixtures', 'real-world', 'A公司.xlsx'), path.join(dir, 'A公司.xlsx'));
  });

  test('writes nothing, makes no backup, exits 0 and says so', async () => {
    const out = path.join(dir, '台账.xlsx');
    const src = path.join(dir, 'A公司.xlsx');
    const first = await rectify('import', src, '-o', out, '--add-to-lists', '--feedback-date', '2024-05-20');
    expect(first.code).toBe(0);
    const before = sha(out);
    const listing = readdirSync(dir).sort();
    const again = await rectify('import', src, '-o', out, '--feedback-date', '2024-05-20');
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(sha(out)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(listing); // no backup
    expect(again.out).toContain('没有新内容，也没有要更新的单元格');
    expect(again.out).toContain('未按原样导入的值：无');
  });
});

describe('values a clerk must look at', () => {
  test('a formula imports its saved result; check says a formula cell without one holds a formula, not that it is empty', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['C-1', '县财政局', '预算执行慢', '建立月报', '整改中', toExcelSerial('2025-03-01')],
    ];
    const r = importLegacy([source(rows, 'f.xlsx', { C2: '=Sheet2!A1' })], { lang: 'zh' });
    expect(r.rows.problems[0].values.description).toBe('预算执行慢');
    expect(r.notices).toEqual([]);
    // A ledger saved by a tool that does not calculate: three descriptions are formulas with no result.
    const plan = planImport(importLegacy([source([HEADER, ...ROWS.slice(0, 3)])], { lang: 'zh' }), null, 'zh');
    const ledger: WorkbookSnapshot = { user: 'u', readAt: '', sheets: [] };
    for (const s of plan.sheets)
      ledger.sheets.push({ name: s.name, visibility: 'visible', values: [], formulas: {}, tables: [], merges: [] });
    for (const w of plan.writes) {
      const sheet = ledger.sheets.find((x) => x.name === w.sheet)!;
      w.values.forEach((line, i) => (sheet.values[w.row - 1 + i] = [...line]));
    }
    const problems = ledger.sheets.find((s) => s.name === '问题清单')!;
    const desc = problems.values[0].indexOf('问题描述');
    for (const r2 of [1, 2, 3]) {
      problems.values[r2][desc] = null;
      problems.formulas[`${String.fromCharCode(65 + desc)}${r2 + 1}`] = `="问题"&${r2}`;
    }
    const findings = checkWorkbook(ledger, { today: '2025-06-30', lang: 'zh' }).findings;
    const onDesc = findings.filter((f) => f.column === '问题描述');
    expect(onDesc.map((f) => f.message)).toEqual(Array(3).fill(expect.stringContaining('这一格是公式')));
    expect(onDesc.some((f) => f.message.includes('为空'))).toBe(false);
  });

  const CATEGORY = ['问题编号', '问题描述', '问题类别', '反馈日期', '整改状态'];
  const CATEGORY_ROWS: CellValue[][] = [
    CATEGORY,
    ['X-1', '会议记录缺失', '党建建设', '2025-03-01', '整改中'],
    ['X-2', '制度不全', '组织建设', '2025-03-01', '整改中'],
    ['X-3', '档案缺失', '党建建设', '2025-03-01', '整改中'],
  ];

  test('a category outside the dropdown list is kept in its cell and reported, and the list does not grow', () => {
    const r = importLegacy([source(CATEGORY_ROWS)], { lang: 'zh' });
    expect(r.rows.problems.map((p) => p.values.category)).toEqual(['党建建设', '组织建设', '党建建设']);
    expect(r.unlistedCategories).toEqual(['党建建设']);
    expect(r.newCategories).toEqual([]);
    const text = formatImportReport(r, { dryRun: true });
    expect(text).toContain('县财政局.xlsx 问题类别 “党建建设”（C2、C4）：不在“问题类别”的下拉列表中');
    expect(text).toContain('--add-to-lists');
    const lists = planImport(r, null, 'zh').writes.find((w) => w.sheet === '_lists');
    expect(JSON.stringify(lists ?? null)).not.toContain('党建建设');
  });

  test('with --add-to-lists (the pane: a tick) the category joins the list', () => {
    const r = importLegacy([source(CATEGORY_ROWS)], { lang: 'zh', addToLists: true });
    expect(r.newCategories).toEqual(['党建建设']);
    expect(r.notices).toEqual([]);
    const lists = planImport(r, null, 'zh').writes.find((w) => w.sheet === '_lists')!;
    expect(JSON.stringify(lists.values)).toContain('党建建设');
  });

  test('a deadline typed as a bare number is flagged and kept as the text typed, not a date in 1900', () => {
    const rows: CellValue[][] = [
      ['问题编号', '问题描述', '整改期限', '整改时限', '反馈日期'],
      ['D-1', '甲', 1, 30, '2025-03-01'],
      ['D-2', '乙', 30, '30天', '2025-03-01'],
      ['D-3', '丙', '2025-05-31', '2个月', '2025-03-01'],
    ];
    const r = importLegacy([source(rows)], { lang: 'zh' });
    expect(r.rows.problems.map((p) => p.values.deadline)).toEqual(['1', '30', toExcelSerial('2025-05-31')]);
    expect(r.rows.problems[0].values.timeLimit).toBe('30');
    expect(r.notices.map((n) => [n.cell, n.code])).toEqual([
      ['C2', 'importReport.value.bareNumber'],
      ['D2', 'importReport.value.bareLimit'],
      ['C3', 'importReport.value.bareNumber'],
    ]);
    const text = formatImportReport(r, { dryRun: true });
    expect(text).not.toContain('1900-01');
    expect(text).toContain('是 30 天、30 个工作日还是 30 个月？');
  });

  test('a 反馈日期 after today is a warning at its cell', () => {
    const rows: CellValue[][] = [
      ['问题编号', '问题描述', '反馈日期'],
      ['F-1', '甲', '2025-03-01'],
      ['F-2', '乙', '2052-03-01'],
    ];
    const r = importLegacy([source(rows)], { lang: 'zh', today: '2025-06-30' });
    expect(r.notices.map((n) => [n.cell, n.code, n.params.date])).toEqual([
      ['C3', 'importReport.value.future', '2052-03-01'],
    ]);
  });

  test('no message is left with a {placeholder} in it, an unfilled template included', () => {
    const rows: CellValue[][] = [
      ['序号', '问题描述', '整改措施', '责任人'],
      [1, null, null, null],
      ['合计', null, null, null],
    ];
    for (const lang of ['zh', 'en'] as const) {
      const text = formatImportReport(importLegacy([source(rows, '模板.xlsx')], { lang }), { dryRun: true });
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('a required column not found', () => {
  const HAZARD: CellValue[][] = [
    ['序号', '隐患部位', '存在的安全隐患', '整改措施', '隐患状况'],
    [1, '二号楼', '脚手架连墙件缺失', '补设连墙件', '已闭合'],
    [2, '塔吊', '限位器失灵', '更换限位器', '未闭合'],
  ];

  test('the report lists the columns it saw, its best guess and the exact flag', () => {
    const r = importLegacy([source(HAZARD, '项目部.xlsx')], { lang: 'zh' });
    expect(r.guesses).toEqual([
      {
        file: '项目部.xlsx',
        source: '存在的安全隐患',
        target: { sheet: 'problems', key: 'description' },
        rule: '存在的安全隐患=问题描述',
      },
    ]);
    const text = formatImportReport(r, { dryRun: true });
    expect(text).toContain(
      '项目部.xlsx 没有「问题描述」列。它的列有：序号、隐患部位、存在的安全隐患、整改措施、隐患状况。',
    );
    expect(text).toContain('「存在的安全隐患」看起来是「问题描述」：--map 存在的安全隐患=问题描述');
  });

  test('the flag it gives works', () => {
    const r = importLegacy([source(HAZARD, '项目部.xlsx')], { lang: 'zh', map: ['存在的安全隐患=问题描述'] });
    expect(r.rows.problems.map((p) => p.values.description)).toEqual(['脚手架连墙件缺失', '限位器失灵']);
    expect(r.guesses.filter((g) => g.target.key === 'description')).toEqual([]);
  });
});

test('rows that are no problems (a total, a footnote) are for information: the import has nothing to look at', () => {
  const rows: CellValue[][] = [
    HEADER,
    ...ROWS.slice(0, 2),
    ['合计', null, null, null, null, null],
    ['说明：本表由各单位填报。', null, null, null, null, null],
  ];
  const r = importLegacy([source(rows)], { lang: 'zh' });
  expect(r.counts.problems).toBe(2);
  expect(r.notices.length).toBeGreaterThan(0);
  expect(importNeedsLooking(r)).toBe(false);
  const text = formatImportReport(r, { dryRun: true });
  expect(text).toContain('未按原样导入的值：无');
  expect(text).toContain('供参考');
});
