/**
 * check lists at most LISTED_PER_CODE findings of one code and counts the rest, per sheet: a ledger with a
 * whole column of one mistake gets a readable list, exact totals, and memory that does not grow with them.
 */
import { LISTED_PER_CODE, checkReport, checkWorkbook } from '../../src/engine';
import { parseCheckReport } from '../helpers/checkReport';
import { formatFindings } from '../../src/cli/commands/check';
import type { CellValue } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';
import { sheet } from './ledger/fixture';

/** `n` problems, each with a task; every problem's category is outside the list, `badTasks` tasks' status too. */
function ledger(n: number, badTasks: number): WorkbookSnapshot {
  const fed = toExcelSerial('2025-06-01');
  const problems: CellValue[][] = [
    ['问题编号', '被巡察单位', '问题类别', '问题描述', '反馈日期', '整改时限', '问题状态'],
  ];
  const duty: CellValue[][] = [['问题编号', '牵头领导', '责任单位', '责任人']];
  const tasks: CellValue[][] = [['任务编号', '问题编号', '整改措施', '责任单位', '完成状态']];
  for (let i = 1; i <= n; i++) {
    problems.push([`P${i}`, '市教育局', '随便写', `问题${i}`, fed, '30天', '整改中']);
    duty.push([`P${i}`, '王建国', '办公室', '李敏']);
    tasks.push([`P${i}-1`, `P${i}`, `措施${i}`, '办公室', i <= badTasks ? '快好了' : '进行中']);
  }
  return {
    sheets: [sheet('问题清单', problems), sheet('责任清单', duty), sheet('任务清单', tasks)],
    user: 'tester',
    readAt: '2025-06-30T08:00:00Z',
  };
}

const listInvalid = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.code === 'list.invalid');

describe('check lists at most LISTED_PER_CODE of a code', () => {
  test('below the limit every finding is listed and nothing is omitted', () => {
    const r = checkWorkbook(ledger(20, 5), { today: '2025-06-30', lang: 'zh' });
    expect(listInvalid(r)).toHaveLength(25);
    expect(r.omitted).toEqual([]);
  });

  test('above it, the first are listed and the rest counted per sheet, and the summary counts them all', () => {
    const n = LISTED_PER_CODE + 37;
    const r = checkWorkbook(ledger(n, 3), { today: '2025-06-30', lang: 'zh' });
    const listed = listInvalid(r);
    expect(listed).toHaveLength(LISTED_PER_CODE);
    // Rules walk the sheets from the top: the listed ones are the first rows, in sheet order.
    expect(listed[0]).toMatchObject({ sheet: '问题清单', row: 2 });
    expect(listed.filter((f) => f.sheet === '问题清单')).toHaveLength(LISTED_PER_CODE);
    expect(r.omitted.filter((o) => o.code === 'list.invalid')).toEqual([
      { sheet: '问题清单', code: 'list.invalid', severity: 'error', count: 37 },
      { sheet: '任务清单', code: 'list.invalid', severity: 'error', count: 3 },
    ]);
    // Every task lacks its deadline: a warning per task, as many omitted as there are over the limit.
    expect(r.omitted.find((o) => o.code === 'deadline.missing')).toMatchObject({ severity: 'warning', count: 37 });
    const listedOf = (severity: string) => r.findings.filter((f) => f.severity === severity).length;
    const omittedOf = (severity: string) =>
      r.omitted.filter((o) => o.severity === severity).reduce((s, o) => s + o.count, 0);
    expect(r.summary.errors).toBe(listedOf('error') + omittedOf('error'));
    expect(r.summary.warnings).toBe(listedOf('warning') + omittedOf('warning'));
    expect(r.summary.errors).toBeGreaterThanOrEqual(n + 3);
    // The JSON report carries what was omitted, so a script can tell a short list from a clean one.
    const report = parseCheckReport(
      JSON.stringify(checkReport({ file: 'x.xlsx', asOf: '2025-06-30', lang: 'zh', ...r })),
    );
    expect(report.omitted.reduce((s, o) => s + o.count, 0)).toBe(77);
  });
});

describe('rectify check prints what it did not list', () => {
  test('after the listed findings of its sheet, with the count, in the language asked for', () => {
    const r = checkWorkbook(ledger(LISTED_PER_CODE + 37, 3), { today: '2025-06-30', lang: 'zh' });
    const report = { file: 'x.xlsx', asOf: '2025-06-30', lang: 'zh' as const, ...r };
    const zh = formatFindings(report, 'zh').split('\n');
    const line = zh.findIndex((l) => l.includes('另有 37 条同类问题未逐条列出'));
    expect(zh[line]).toBe(
      '  [错误] 另有 37 条同类问题未逐条列出（每类最多列出 1000 条；总数已计入下方合计）。  (list.invalid)',
    );
    // It closes 问题清单's group: the next line starts the next sheet (or another omitted line of this one).
    expect(zh.slice(0, line).lastIndexOf('问题清单')).toBeGreaterThan(zh.slice(0, line).lastIndexOf('任务清单'));
    const en = formatFindings(report, 'en');
    expect(en).toContain(
      '  [warning] 37 more of this kind not listed (at most 1000 of each kind are listed; all are counted below).  (deadline.missing)',
    );
  });
});
