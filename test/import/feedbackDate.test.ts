/**
 * A ledger's 反馈日期, per file and per round (docs/IMPORT.md): from its
 * column, else from a title line such as `反馈时间：2024年3月5日`, else from
 * `--feedback-date FILE=DATE`, and only last from one `--feedback-date DATE`.
 * The report says which was used for each file.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { rectify } from '../helpers/cli';
import { type CellValue, type LegacySource, formatImportReport, importLegacy, toExcelSerial } from '../../src/engine';

function source(file: string, rows: CellValue[][], merges: string[] = []): LegacySource {
  return {
    file,
    snapshot: {
      user: 't',
      readAt: '2025-06-30T00:00:00Z',
      sheets: [{ name: '台账', visibility: 'visible', values: rows, formulas: {}, tables: [], merges }],
    },
  };
}

const HEADER = ['序号', '被巡察单位', '问题描述', '整改措施', '整改状态'];
const body = (unit: string): CellValue[][] => [
  [1, unit, `${unit}问题一`, '措施一', '整改中'],
  [2, unit, `${unit}问题二`, '措施二', '整改中'],
];

/** 甲 has a 反馈日期 column; 乙 a title line; 丙 and 丁 nothing of their own. */
const WITH_COLUMN = source('甲局.xlsx', [[...HEADER, '反馈日期'], ...body('甲局').map((r) => [...r, '2024-01-10'])]);
const WITH_TITLE = source(
  '乙局.xlsx',
  [['乙局巡察整改台账'], ['填报单位：乙局    反馈时间：2024年3月5日'], HEADER, ...body('乙局')],
  ['A1:E1', 'A2:E2'],
);
const BARE = (unit: string) => source(`${unit}.xlsx`, [HEADER, ...body(unit)]);

const dates = (r: ReturnType<typeof importLegacy>, file: string) =>
  r.rows.problems.filter((p) => p.source.file === file).map((p) => p.values.feedbackDate);

test('each file takes its date in order: its column, its title line, FILE=DATE, then the one DATE', () => {
  const r = importLegacy([WITH_COLUMN, WITH_TITLE, BARE('丙局'), BARE('丁局')], {
    lang: 'zh',
    defaults: {
      feedbackDate: '2024-06-01',
      feedbackDates: { '甲局.xlsx': '2023-12-31', 乙局: '2023-12-31', '丙局.xlsx': '2024-04-01' },
    },
  });
  expect(dates(r, '甲局.xlsx')).toEqual(Array(2).fill(toExcelSerial('2024-01-10')));
  expect(dates(r, '乙局.xlsx')).toEqual(Array(2).fill(toExcelSerial('2024-03-05')));
  expect(dates(r, '丙局.xlsx')).toEqual(Array(2).fill(toExcelSerial('2024-04-01')));
  expect(dates(r, '丁局.xlsx')).toEqual(Array(2).fill(toExcelSerial('2024-06-01')));
  expect(r.files.map((f) => f.feedbackDate?.from)).toEqual(['column', 'title', 'fileOption', 'option']);
  // The report says which, for each file.
  const text = formatImportReport(r, { dryRun: true });
  expect(text).toContain('反馈日期：取自“反馈日期”列');
  expect(text).toContain('反馈日期：取自标题行 A2“反馈时间”：2024-03-05');
  expect(text).toContain('反馈日期：取自 --feedback-date 丙局.xlsx=2024-04-01');
  expect(text).toContain('反馈日期：取自 --feedback-date 2024-06-01');
  expect(text).toContain('乙局.xlsx 没有反馈日期列：2 个问题的反馈日期取自标题行 A2“反馈时间：2024-03-05”。');
});

test('a file with no date of its own, and no option for it, is named with the flag that would give it one', () => {
  const r = importLegacy([WITH_COLUMN, BARE('丙局')], { lang: 'zh' });
  expect(r.files.map((f) => f.feedbackDate?.from)).toEqual(['column', 'none']);
  const text = formatImportReport(r, { dryRun: true });
  expect(text).toContain('丙局.xlsx 没有反馈日期');
  expect(text).toContain('--feedback-date "丙局.xlsx=2025-07-01"');
});

test('the English report says the same', () => {
  const r = importLegacy([WITH_TITLE], { lang: 'en' });
  expect(formatImportReport(r, { dryRun: true })).toContain(
    'Feedback date: from the title line A2 (“反馈时间”): 2024-03-05',
  );
});

describe('rectify import --feedback-date', () => {
  let dir: string;
  async function write(file: string, rows: CellValue[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    for (const r of rows) ws.addRow(r);
    const p = path.join(dir, file);
    await wb.xlsx.writeFile(p);
    return p;
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rectify-feedback-'));
  });

  test('FILE=DATE for one file, DATE for the others, each said per file', async () => {
    const a = await write('丙局.xlsx', [HEADER, ...body('丙局')]);
    const b = await write('丁局.xlsx', [HEADER, ...body('丁局')]);
    const r = await rectify(
      'import',
      a,
      b,
      '--dry-run',
      '--feedback-date',
      '丙局.xlsx=2024/4/1',
      '--feedback-date',
      '2024-06-01',
    );
    expect(r.err).toBe('');
    expect(r.out).toContain('反馈日期：取自 --feedback-date 丙局.xlsx=2024-04-01');
    expect(r.out).toContain('反馈日期：取自 --feedback-date 2024-06-01');
  });

  test('a FILE that is not imported, or two bare dates, are refused before anything is read into a ledger', async () => {
    const a = await write('丙局.xlsx', [HEADER, ...body('丙局')]);
    const typo = await rectify('import', a, '--dry-run', '--feedback-date', '丙居.xlsx=2024-04-01');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('丙居.xlsx 不是要导入的文件。要导入的文件：丙局.xlsx');
    const two = await rectify(
      'import',
      a,
      '--dry-run',
      '--feedback-date',
      '2024-04-01',
      '--feedback-date',
      '2024-05-01',
    );
    expect(two.code).toBe(2);
    expect(two.err).toContain('只能给一个不带文件名的日期');
    const twice = await rectify(
      'import',
      a,
      '--dry-run',
      '--feedback-date',
      '丙局=2024-04-01',
      '--feedback-date',
      '丙局.xlsx=2024-05-01',
    );
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('一个文件只能有一个反馈日期');
    const bad = await rectify('import', a, '--dry-run', '--feedback-date', '丙局.xlsx=四月');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--feedback-date');
  });
});
