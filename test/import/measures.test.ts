/**
 * A problem is the sum of its measures (docs/IMPORT.md): measures written one
 * per row under the problem (its cells merged down or left blank), or as
 * numbered lines in one cell, each become a task of that problem. The
 * problem's own status and deadline stay as typed; a second import of the
 * same file changes nothing.
 */
import {
  type CellValue,
  type LegacySource,
  type WorkbookSnapshot,
  importCommand,
  importLegacy,
  runCommand,
} from '../../src/engine';
import { splitNumbered } from '../../src/engine/import/measures';
import { ENV, memoryPort } from '../helpers/memoryPort';
import { cpuNow } from '../helpers/cpuClock';

function source(rows: CellValue[][], merges: string[] = [], file = '县审计局.xlsx'): LegacySource {
  return {
    file,
    snapshot: {
      user: 't',
      readAt: '2025-06-30T00:00:00Z',
      sheets: [{ name: '台账', visibility: 'visible', values: rows, formulas: {}, tables: [], merges }],
    },
  };
}

const empty = (): WorkbookSnapshot => ({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });

async function twice(src: LegacySource) {
  const port = memoryPort(empty());
  const first = await runCommand(port, importCommand([src], { lang: 'zh' }), ENV);
  const again = await runCommand(port, importCommand([src], { lang: 'zh' }), ENV);
  return { first: first.result, again };
}

describe('numbered lines in one cell', () => {
  test.each([
    ['1.建立制度 2.开展培训 3.专项检查', ['1.建立制度', '2.开展培训', '3.专项检查']],
    ['1、建立制度；2、开展培训', ['1、建立制度', '2、开展培训']],
    ['（1）建立制度\n（2）开展培训', ['（1）建立制度', '（2）开展培训']],
    ['(1)建立制度 (2)开展培训', ['(1)建立制度', '(2)开展培训']],
    ['①建立制度②开展培训', ['①建立制度', '②开展培训']],
    ['（1）建立台账并定期更新（2）更换防护设施', ['（1）建立台账并定期更新', '（2）更换防护设施']],
    ['1. 2023年6月召开研讨会\n2. 2024.3.5前完成整改', ['1. 2023年6月召开研讨会', '2. 2024.3.5前完成整改']],
  ])('%j is %j', (text, items) => {
    expect(splitNumbered(text)).toEqual(items);
  });

  test.each([
    '1. 2023年6月召开经营研讨会', // one item
    '清收欠款2.5万元，3.1日前完成', // amounts and dates, not items
    '建立制度 1.完善 2.落实', // the list does not start the cell
    '1.建立制度 3.开展培训', // not in order
    '2024.3.5 召开会议',
  ])('%j is not a list', (text) => {
    expect(splitNumbered(text)).toBeNull();
  });

  test('a long cell with many numbers is read in one pass', () => {
    const text = Array.from({ length: 900 }, (_, i) => `${i + 1}.措施${'很长的措施'.repeat(30)}`).join(' ');
    const start = cpuNow();
    expect(splitNumbered(text)).toHaveLength(900);
    expect(cpuNow() - start).toBeLessThan(1000);
  });

  const CELL: CellValue[][] = [
    ['问题编号', '问题描述', '整改措施', '进展情况', '责任人', '整改状态'],
    [
      'SJ-1',
      '专项资金使用不规范',
      '1.建立台账 2.追回资金 3.约谈责任人',
      '1.已建立 2.追回一半 3.已约谈',
      '甲',
      '整改中',
    ],
    ['SJ-2', '采购程序不规范', '修订采购办法', '起草中', '乙', '整改中'],
  ];

  test('each numbered measure becomes a task, its progress split alongside, the person on each', () => {
    const r = importLegacy([source(CELL)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 2, tasks: 4 });
    expect(r.rows.tasks.map((t) => [t.values.id, t.values.measure, t.values.progress, t.values.person])).toEqual([
      ['SJ-1-1', '1.建立台账', '1.已建立', '甲'],
      ['SJ-1-2', '2.追回资金', '2.追回一半', '甲'],
      ['SJ-1-3', '3.约谈责任人', '3.已约谈', '甲'],
      ['SJ-2-1', '修订采购办法', '起草中', '乙'],
    ]);
    const split = r.notices.find((n) => n.code === 'importReport.measures.split')!;
    expect(split).toMatchObject({ cell: 'C2', params: { n: 3, first: 'SJ-1-1', last: 'SJ-1-3' } });
  });

  test('importing it again changes nothing', async () => {
    const { first, again } = await twice(source(CELL));
    expect(first.counts.tasks).toBe(4);
    expect(again.result.counts).toMatchObject({ problems: 0, tasks: 0, updatedCells: 0, alreadyImported: 2 });
    expect(again.applied).toBeNull();
  });
});

describe('measures in rows under their problem', () => {
  const BLANK_BELOW: CellValue[][] = [
    ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
    [1, '专项资金使用不规范', '建立资金台账', '甲', '2025-03-31', '待审核'],
    [null, null, '追回违规资金', '乙', '2025-06-30', null],
    [null, null, '约谈相关责任人', '丙', null, null],
    [2, '采购程序不规范', '修订采购办法', '丁', '2025-04-30', '整改中'],
  ];

  test('rows with the problem cells left blank are further measures of the problem above', () => {
    const r = importLegacy([source(BLANK_BELOW)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 2, tasks: 4 });
    expect(r.rows.tasks.map((t) => [t.values.id, t.values.measure, t.values.person])).toEqual([
      ['1-1', '建立资金台账', '甲'],
      ['1-2', '追回违规资金', '乙'],
      ['1-3', '约谈相关责任人', '丙'],
      ['2-1', '修订采购办法', '丁'],
    ]);
    // The problem's own status is kept as typed; the rule over all its measures is the ledger's.
    expect(r.rows.problems[0].values.status).toBe('待审核');
    expect(r.rows.problems.map((p) => p.source.row)).toEqual([2, 5]);
  });

  test('a description merged down over rows numbered by 序号 is one problem with a measure per row', () => {
    const rows: CellValue[][] = [
      ['序号', '问题描述', '整改措施', '责任人'],
      [1, '专项资金使用不规范', '建立资金台账', '甲'],
      [2, null, '追回违规资金', '乙'],
      [3, '采购程序不规范', '修订采购办法', '丁'],
    ];
    const r = importLegacy([source(rows, ['B2:B3'])], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 2, tasks: 3 });
    expect(r.rows.tasks.map((t) => t.values.problemId)).toEqual(['1', '1', '3']);
  });

  test('a problem whose description was left blank but whose other cells are filled is still a problem', () => {
    const rows: CellValue[][] = [
      ['序号', '问题描述', '整改措施', '反馈日期', '整改状态'],
      [1, '专项资金使用不规范', '建立资金台账', '2025-01-10', '整改中'],
      [2, null, '补充佐证材料', '2025-01-10', '整改中'],
    ];
    const r = importLegacy([source(rows)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 2, tasks: 2 });
  });

  test('importing them again changes nothing', async () => {
    const { first, again } = await twice(source(BLANK_BELOW));
    expect(first.counts.tasks).toBe(4);
    expect(again.result.counts).toMatchObject({ problems: 0, tasks: 0, updatedCells: 0, conflicts: 0 });
    expect(again.applied).toBeNull();
  });

  test('a new measure row under a problem already in the ledger is added to it', async () => {
    const port = memoryPort(empty());
    await runCommand(port, importCommand([source(BLANK_BELOW)], { lang: 'zh' }), ENV);
    const more = [...BLANK_BELOW.slice(0, 4), [null, null, '开展专项检查', '戊', null, null], BLANK_BELOW[4]];
    const r = (await runCommand(port, importCommand([source(more)], { lang: 'zh' }), ENV)).result;
    expect(r.counts).toMatchObject({ problems: 0, tasks: 1 });
    expect(r.rows.tasks[0].values).toMatchObject({ id: '1-4', problemId: '1', measure: '开展专项检查' });
  });
});
