/**
 * Identity at the door (docs/IMPORT.md): 序号 counts rows, it
 * names nothing. When it starts again in each part of a ledger, repeats or is
 * blank, a problem is known by its 问题编号, else by its unit and text; two
 * rows with one 编号 and different content are two problems (the second
 * `A-03~2`), two identical rows are one. Importing the same file again
 * changes nothing.
 */
import {
  type CellValue,
  type ImportResult,
  type LegacySource,
  type WorkbookSnapshot,
  formatImportReport,
  importCommand,
  importLegacy,
  runCommand,
} from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';

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

const empty = (): WorkbookSnapshot => ({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });

async function importInto(port: ReturnType<typeof memoryPort>, sources: LegacySource[]) {
  return runCommand(port, importCommand(sources, { lang: 'zh' }), ENV);
}

const problemCount = (s: WorkbookSnapshot) =>
  s.sheets.find((x) => x.name === '问题清单')!.values.filter((r, i) => i > 0 && r.some((v) => v !== null)).length;

/** A ledger in two parts, 序号 starting again at 1 in the second (its headings are another reader's concern). */
const RESTARTING: CellValue[][] = [
  ['序号', '被巡察单位', '问题描述', '整改措施', '整改状态'],
  [1, '县水利局', '理论学习不深入', '制定学习计划', '整改中'],
  [2, '县水利局', '民主生活会质量不高', '重开民主生活会', '整改中'],
  [1, '县水利局', '公车管理不规范', '建立派车台账', '待审核'],
  [2, '县水利局', '采购程序不规范', '修订采购办法', '整改中'],
  [3, '县水利局', '档案管理混乱', '整理档案', '整改中'],
];

describe('序号 is a row counter, not an identity', () => {
  test('a 序号 starting again keeps every problem; repeated numbers get a suffix and the report says why', () => {
    const r = importLegacy([source('水利局.xlsx', RESTARTING)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 5, tasks: 5, repeated: 0 });
    expect(r.rows.problems.map((p) => [p.values.id, p.values.description])).toEqual([
      ['1', '理论学习不深入'],
      ['2', '民主生活会质量不高'],
      ['1~2', '公车管理不规范'],
      ['2~2', '采购程序不规范'],
      ['3', '档案管理混乱'],
    ]);
    // The number as typed is kept beside the ID it gave.
    expect(r.rows.problems[2].extras['原问题编号']).toBe('1');
    const restarts = r.events.find((e) => e.code === 'importReport.counter.restarts')!;
    expect(restarts.params).toMatchObject({ file: '水利局.xlsx', column: '序号', count: 2 });
    expect(formatImportReport(r, { dryRun: true })).toContain('“序号”是行序号');
  });

  test('a blank 序号 is no reason to drop a problem or merge two', () => {
    const rows = RESTARTING.map((row, i) => (i === 0 ? row : [null, ...row.slice(1)]));
    const r = importLegacy([source('水利局.xlsx', rows)], { lang: 'zh' });
    expect(r.counts.problems).toBe(5);
    expect(new Set(r.rows.problems.map((p) => p.values.id)).size).toBe(5);
  });

  test('where the file has 问题编号 too, it is the identity and 序号 is kept as an extra column', () => {
    const rows: CellValue[][] = [
      ['序号', '问题编号', '被巡察单位', '问题描述', '整改措施'],
      [1, 'SL-01', '县水利局', '理论学习不深入', '制定学习计划'],
      [1, 'SL-02', '县水利局', '公车管理不规范', '建立派车台账'],
    ];
    const r = importLegacy([source('水利局.xlsx', rows)], { lang: 'zh' });
    expect(r.rows.problems.map((p) => p.values.id)).toEqual(['SL-01', 'SL-02']);
    expect(r.rows.problems.map((p) => p.extras['序号（原表）'])).toEqual([1, 1]);
  });

  test('importing the same restarting file again adds nothing, changes nothing and writes nothing', async () => {
    const port = memoryPort(empty());
    await importInto(port, [source('水利局.xlsx', RESTARTING)]);
    expect(problemCount(port.snapshot)).toBe(5);
    const before = JSON.stringify(port.snapshot);
    const again = await importInto(port, [source('水利局.xlsx', RESTARTING)]);
    expect(again.result.counts).toMatchObject({ problems: 0, tasks: 0, alreadyImported: 5, updatedCells: 0 });
    expect(again.applied).toBeNull();
    expect(JSON.stringify(port.snapshot)).toBe(before);
  });

  test('reordered and renumbered, the same problems are still found by their text', async () => {
    const port = memoryPort(empty());
    await importInto(port, [source('水利局.xlsx', RESTARTING)]);
    const renumbered = [
      RESTARTING[0],
      ...RESTARTING.slice(1)
        .reverse()
        .map((r, i) => [i + 1, ...r.slice(1)]),
    ];
    const again = await importInto(port, [source('水利局.xlsx', renumbered)]);
    expect(again.result.counts).toMatchObject({ problems: 0, alreadyImported: 5, updatedCells: 0 });
  });
});

describe('nothing dropped on a duplicate ID', () => {
  const DUP: CellValue[][] = [
    ['问题编号', '被巡察单位', '问题描述', '整改措施', '整改责任人'],
    ['A-01', '县财政局', '预算执行慢', '建立月报', '甲'],
    ['A-03', '县财政局', '公务接待超标', '退还超标费用', '乙'],
    ['A-03', '县财政局', '会议费报销不规范', '修订报销办法', '丙'],
    ['A-01', '县财政局', '预算执行慢', '建立月报', '甲'],
  ];

  test('two rows with one 编号 and different content are both kept; the second gets A-03~2; the report names both rows and what differs', () => {
    const r = importLegacy([source('财政局.xlsx', DUP)], { lang: 'zh' });
    expect(r.rows.problems.map((p) => [p.values.id, p.values.description])).toEqual([
      ['A-01', '预算执行慢'],
      ['A-03', '公务接待超标'],
      ['A-03~2', '会议费报销不规范'],
    ]);
    expect(r.rows.problems[2].extras['原问题编号']).toBe('A-03');
    expect(r.rows.tasks.map((t) => t.values.problemId)).toEqual(['A-01', 'A-03', 'A-03~2']);
    const twice = r.notices.find((n) => n.code === 'importReport.id.twice')!;
    expect(twice).toMatchObject({ row: 4, cell: 'A4', params: { otherRow: 3, id: 'A-03~2' } });
    expect(twice.params.differs).toContain('问题描述 “公务接待超标”（已导入）/“会议费报销不规范”（此行）');
    expect(twice.params.differs).toContain('整改责任人');
  });

  test('an identical repeated row is kept once and reported', () => {
    const r = importLegacy([source('财政局.xlsx', DUP)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 3, repeated: 1 });
    expect(r.notices.find((n) => n.code === 'importReport.row.sameInFile')).toMatchObject({
      row: 5,
      params: { otherRow: 2 },
    });
  });

  test('importing it again is a no-op: each row finds its own problem, A-03~2 included', async () => {
    const port = memoryPort(empty());
    await importInto(port, [source('财政局.xlsx', DUP)]);
    const again = await importInto(port, [source('财政局.xlsx', DUP)]);
    expect(again.result.counts).toMatchObject({ problems: 0, alreadyImported: 3, updatedCells: 0, conflicts: 0 });
    expect(again.applied).toBeNull();
  });

  test('the same problem in another unit is another problem, not a duplicate', () => {
    const rows = [DUP[0], DUP[1], ['A-01', '县教育局', '预算执行慢', '建立月报', '丁']];
    const r = importLegacy([source('汇总.xlsx', rows)], { lang: 'zh' });
    expect(r.rows.problems.map((p) => p.values.id)).toEqual(['A-01', '县教育局-A-01']);
    expect(r.notices.filter((n) => n.code === 'importReport.id.twice')).toEqual([]);
  });
});

describe('a group ledger repeating its units', () => {
  const HEADER = ['序号', '问题编号', '所属责任公司', '问题简述', '整改计划及措施', '是否整改完成'];
  const UNIT: CellValue[][] = [HEADER, [1, 36, 'B公司', '应收账款存在回收风险', '清收', '否']];

  test('rows that differ only in 序号 are the same row: reported once as a repeat, nothing to check', () => {
    const group = [HEADER, [17, 36, 'B公司', '应收账款存在回收风险', '清收', '否']];
    const r: ImportResult = importLegacy([source('B公司.xlsx', UNIT), source('集团.xlsx', group)], { lang: 'zh' });
    expect(r.counts).toMatchObject({ problems: 1, repeated: 1 });
    expect(r.notices.map((n) => n.code)).toEqual(['import.row.repeated']);
  });

  test('a repeat that says something else names the column and both values; a column only it has is added', () => {
    const group = [
      [...HEADER, '备注'],
      [17, 36, 'B公司', '应收账款存在回收风险', '清收', '是', '已约谈'],
    ];
    const r = importLegacy([source('B公司.xlsx', UNIT), source('集团.xlsx', group)], { lang: 'zh' });
    const n = r.notices.find((x) => x.code === 'importReport.repeat.differs')!;
    expect(n.params).toMatchObject({ other: 'B公司.xlsx', otherRow: 2, filled: '备注' });
    expect(n.params.differs).toContain('是否整改完成 “整改中”（已导入）/“待审核”（此行）');
    expect(n.params.differs).not.toContain('序号');
    // Nothing typed is lost: the remark only the group ledger has is on the problem.
    expect(r.rows.problems[0].values.notes).toBe('已约谈');
  });
});
