/**
 * The pure import engine on hand-built snapshots shaped like real legacy
 * ledgers: title rows, merged two-row headers, placeholders, text dates,
 * problems merged over several measures, --map, duplicates.
 */
import { CellValue, EngineError, importLegacy, findHeader, formatImportReport, planImport } from '../../src/engine';
import { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';

function book(values: CellValue[][], merges: string[] = [], name = '台账'): WorkbookSnapshot {
  return {
    user: 't',
    readAt: '2025-01-01T00:00:00Z',
    sheets: [
      { name: 'Sheet0', visibility: 'visible', values: [], formulas: {}, tables: [], merges: [] },
      { name, visibility: 'visible', values, formulas: {}, tables: [], merges },
    ],
  };
}

/** A ledger as offices make them: a merged title, a date line, a two-row header with a merged group. */
const LEGACY: CellValue[][] = [
  ['某区委第三巡察组反馈问题整改台账', null, null, null, null, null, null, null],
  ['填报日期：2024年6月', null, null, null, null, null, null, null],
  ['序号', '问题简述', '整改措施', '整改责任', null, '完成时限', '是否整改完成', '督办意见'],
  [null, null, null, '领导', '责任人', null, null, null],
  [1, '三重一大制度执行不严', '修订议事规则', '张三', '李四', '2024/7/31', '是', '\\'],
  [2, '公车管理不规范', '建立台账', '王五', ' /', '尽快', '否', '已约谈'],
  [3, '干部档案不全', '补齐档案', '—', '赵六', '2024年8月15日', '否', null],
];
const MERGES = ['A1:H1', 'A2:H2', 'D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'G3:G4', 'H3:H4'];

describe('header row', () => {
  test('skips merged title rows and reads a two-row header with a merged group', () => {
    const h = findHeader(book(LEGACY, MERGES).sheets[1])!;
    expect([h.firstRow, h.lastRow]).toEqual([3, 4]);
    expect(h.columns.map((c) => c.text)).toEqual([
      '序号',
      '问题简述',
      '整改措施',
      '整改责任/领导',
      '整改责任/责任人',
      '完成时限',
      '是否整改完成',
      '督办意见',
    ]);
  });

  test('a sheet with no known headers is refused with the file named', () => {
    const s = book([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(() => importLegacy([{ file: 'x.xlsx', snapshot: s }], { lang: 'zh' })).toThrow(EngineError);
    try {
      importLegacy([{ file: 'x.xlsx', snapshot: s }], { lang: 'en' });
    } catch (e) {
      expect((e as EngineError).code).toBe('import.noLedgerSheet');
      expect((e as EngineError).params.file).toBe('x.xlsx');
    }
  });
});

describe('splitting rows', () => {
  const r = importLegacy([{ file: '东区.xlsx', snapshot: book(LEGACY, MERGES) }], { lang: 'zh' });

  test('one problem, one responsibility and one task per source row, each with source file and row', () => {
    expect(r.counts).toMatchObject({ sourceRows: 3, problems: 3, responsibilities: 3, tasks: 3 });
    expect(r.rows.problems.map((p) => [p.values.id, p.values.description, p.source.row])).toEqual([
      ['1', '三重一大制度执行不严', 5],
      ['2', '公车管理不规范', 6],
      ['3', '干部档案不全', 7],
    ]);
    // No unit column: the unit is the file's name, and the report says so.
    expect(r.rows.problems[0].values.inspectedUnit).toBe('东区');
    expect(r.events.map((e) => e.code)).toContain('import.unitFromFile');
    expect(r.rows.responsibilities[0].values).toMatchObject({
      problemId: '1',
      leader: '张三',
      person: '李四',
      unit: '东区',
    });
    expect(r.rows.tasks[0].values).toMatchObject({
      id: '1-1',
      problemId: '1',
      measure: '修订议事规则',
      status: '已完成',
    });
  });

  test('placeholders become empty, 是/否 become statuses, time limits and dates are read', () => {
    const [p1, p2, p3] = r.rows.problems;
    expect(p1.values.status).toBe('待审核');
    expect(p2.values.status).toBe('整改中');
    expect(r.rows.responsibilities[1].values.person).toBeUndefined();
    expect(r.rows.responsibilities[2].values.leader).toBeUndefined();
    expect(p1.extras['督办意见']).toBe('\\'); // an extra column keeps what was typed, placeholders included
    expect(p2.extras['督办意见']).toBe('已约谈');
    expect(p1.values.timeLimit).toBe('2024/7/31');
    expect(p3.values.timeLimit).toBe('2024年8月15日');
    const col = r.files[0].columns.find((c) => c.header === '是否整改完成')!;
    expect(col.translations).toEqual([
      { from: '是', to: '待审核', count: 1 },
      { from: '否', to: '整改中', count: 2 },
    ]);
  });

  test('a value that fits nowhere is kept as typed and reported at its cell', () => {
    expect(r.rows.problems[1].values.timeLimit).toBe('尽快');
    const n = r.notices.find((x) => x.value === '尽快')!;
    expect(n).toMatchObject({ cell: 'F6', column: '完成时限', code: 'import.value.notLimit', file: '东区.xlsx' });
    expect(formatImportReport(r, { dryRun: true })).toContain('尽快');
  });

  test('unreadable dates stay in the date column as text and are reported', () => {
    const s = book([
      ['问题编号', '问题描述', '整改完成时间'],
      ['A1', '甲', '2024-13-01'],
      ['A2', '乙', 45000],
      ['A3', '丙', 12],
    ]);
    const x = importLegacy([{ file: 'd.xlsx', snapshot: s }], { lang: 'zh' });
    // A bare number is kept as the text typed: as a number in a date cell it would show as 1900-01-12.
    expect(x.rows.problems.map((p) => p.values.completedOn)).toEqual(['2024-13-01', 45000, '12']);
    expect(x.notices.map((n) => [n.cell, n.code])).toEqual([
      ['C2', 'import.value.notDate'],
      ['C4', 'importReport.value.bareNumber'],
    ]);
  });

  test('a problem merged over several rows becomes one problem with several tasks', () => {
    const s = book(
      [
        ['问题编号', '问题描述', '整改措施', '责任人', '进展'],
        ['P1', '问题一', '措施一', '甲', '已完成一半'],
        [null, null, '措施二', '乙', '刚开始'],
        ['P2', '问题二', '措施三', '丙', null],
      ],
      ['A2:A3', 'B2:B3'],
    );
    const x = importLegacy([{ file: 'm.xlsx', snapshot: s }], { lang: 'zh' });
    expect(x.counts).toMatchObject({ sourceRows: 3, problems: 2, tasks: 3 });
    expect(x.rows.tasks.map((t) => [t.values.id, t.values.problemId, t.values.measure, t.values.person])).toEqual([
      ['P1-1', 'P1', '措施一', '甲'],
      ['P1-2', 'P1', '措施二', '乙'],
      ['P2-1', 'P2', '措施三', '丙'],
    ]);
  });
});

describe('mapping', () => {
  const s = book([
    ['序号', '问题编号', '问题分类', '问题类型', '问题详情', '责任领导'],
    [1, 'X-1', '党建', '整改', '会议记录缺失', '孙'],
  ]);

  test('an exact header beats an alias; the loser stays as an extra column under a name that cannot be misread', () => {
    const x = importLegacy([{ file: 's.xlsx', snapshot: s }], { lang: 'zh' });
    const p = x.rows.problems[0];
    expect(p.values.id).toBe('X-1');
    expect(p.values.category).toBe('党建');
    expect(p.extras).toEqual({ '序号（原表）': 1, '问题类型（原表）': '整改', 问题详情: '会议记录缺失' });
    expect(x.extraColumns.problems).toEqual(['序号（原表）', '问题类型（原表）', '问题详情']);
  });

  test('--map sends a column to a target, or keeps one as extra', () => {
    const x = importLegacy([{ file: 's.xlsx', snapshot: s }], {
      lang: 'zh',
      map: ['问题详情=问题描述', '问题分类=额外列'],
    });
    const p = x.rows.problems[0];
    expect(p.values.description).toBe('会议记录缺失');
    // With 问题分类 set aside, the next alias (问题类型) fills the category.
    expect(p.values.category).toBe('整改');
    expect(p.extras['问题分类（原表）']).toBe('党建');
    expect(x.files[0].columns.find((c) => c.header === '问题详情')!.how).toBe('map');
  });

  test('bad --map rules are refused with what to write', () => {
    const run = (map: string[]) => () => importLegacy([{ file: 's.xlsx', snapshot: s }], { lang: 'zh', map });
    expect(run(['问题详情'])).toThrow('import.map.syntax');
    expect(run(['问题详情=不存在的列'])).toThrow('import.map.unknownTarget');
    expect(run(['没有这列=问题描述'])).toThrow('import.map.unknownSource');
  });
});

describe('consolidating files', () => {
  const unitFile = (unit: string, extraRow: CellValue[] = []) =>
    book([
      ['问题编号', '所属责任公司', '问题简述', '整改计划及措施', '整改责任人'],
      [36, unit, '应收账款存在回收风险', '清收', '胡'],
      [49, unit, '未建立采购管理制度', '建制度', '合'],
      ...(extraRow.length ? [extraRow] : []),
    ]);

  test('the same IDs in two units are made unique and the copy-like rows are reported, all rows kept', () => {
    const x = importLegacy(
      [
        { file: 'B公司.xlsx', snapshot: unitFile('B公司') },
        { file: 'C公司.xlsx', snapshot: unitFile('C公司') },
      ],
      { lang: 'zh' },
    );
    expect(x.counts.problems).toBe(4);
    expect(x.rows.problems.map((p) => p.values.id)).toEqual(['36', '49', 'C公司-36', 'C公司-49']);
    expect(x.rows.problems[2].extras['原问题编号']).toBe('36');
    expect(x.rows.tasks.map((t) => t.values.problemId)).toEqual(['36', '49', 'C公司-36', 'C公司-49']);
    const codes = x.events.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['import.id.qualified', 'import.possibleDuplicate']));
    const dup = x.events.find((e) => e.code === 'import.possibleDuplicate')!;
    expect(dup.params).toMatchObject({ file: 'C公司.xlsx', other: 'B公司.xlsx', rows: '2–3', count: 2 });
  });

  test('the same file given twice is reported as a duplicate, not doubled', () => {
    const x = importLegacy(
      [
        { file: 'B公司.xlsx', snapshot: unitFile('B公司') },
        { file: 'B公司 (1).xlsx', snapshot: unitFile('B公司') },
      ],
      { lang: 'zh' },
    );
    expect(x.counts.problems).toBe(2);
    expect(x.files[1].duplicateOf).toBe('B公司.xlsx');
    expect(x.events[0]).toMatchObject({ code: 'import.duplicateFile' });
  });
});

describe('output', () => {
  test('new list sheets get the layout headers, source columns and extras; dates as real dates', () => {
    const s = book([
      ['问题编号', '问题描述', '目标设定完成时间', '备查'],
      ['Q1', '甲', '2024-08-01', 'x'],
    ]);
    const x = importLegacy([{ file: 'o.xlsx', snapshot: s }], { lang: 'en' });
    const plan = planImport(x, null, 'en');
    expect(plan.sheets.map((p) => p.name)).toEqual(['Problems', 'Responsibilities', 'Tasks']);
    const header = plan.writes[0].values[0] as string[];
    // The rows are a block of their own, logged by source file (docs/LOG.md), not cell by cell.
    const rows = plan.writes[1];
    expect(rows.summarisedInLog).toBe(true);
    expect(header.slice(0, 2)).toEqual(['Problem ID', 'Round']);
    expect(header.slice(-3)).toEqual(['Source file', 'Source row', '备查']);
    const dl = header.indexOf('Deadline');
    expect(rows.values[0][dl]).toBe(toExcelSerial('2024-08-01'));
    expect(rows.numberFormats![dl]).toBe('yyyy-mm-dd');
  });
});
