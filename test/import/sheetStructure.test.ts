/**
 * How import reads a sheet's structure (docs/IMPORT.md "Sheets, headers and
 * sections"), on hand-made snapshots shaped like the ledgers offices keep:
 * every ledger sheet of a workbook, the whole header block (titles,
 * `label：value` details, headers of up to four rows with groups), only
 * problems taken for problems (no footnote, total or lone 序号), section
 * headings in every style, cells merged across, dates in every form, and the
 * words of neighbouring (hazard, audit) ledgers.
 */
import { type CellValue, type ImportResult, type WorkbookSnapshot, findHeader, importLegacy } from '../../src/engine';
import type { SheetSnapshot } from '../../src/engine/core/snapshot';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';
import { cpuNow } from '../helpers/cpuClock';

function sheet(
  name: string,
  values: CellValue[][],
  merges: string[] = [],
  visibility: SheetSnapshot['visibility'] = 'visible',
): SheetSnapshot {
  return { name, visibility, values, formulas: {}, tables: [], merges };
}

function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { user: 't', readAt: '2025-01-01T00:00:00Z', sheets };
}

const run = (file: string, snapshot: WorkbookSnapshot, opts: { sheet?: string; lang?: 'zh' | 'en' } = {}) =>
  importLegacy([{ file, snapshot }], { lang: opts.lang ?? 'zh', sheet: opts.sheet });

const descriptions = (r: ImportResult) => r.rows.problems.map((p) => p.values.description ?? null);
const codesOf = (r: ImportResult) => r.notices.map((n) => [n.row, n.code]);
const d = (iso: string) => toExcelSerial(iso);

const _ = null;

/**
 * A construction site's hazard ledger as the field keeps it: a title, a `label：value` line, a four-row header
 * (整改责任单位 over 建设 / 设计 / 施工 / 监理, every other header cell merged down over the four rows), a measure
 * merged across I:M in every row, dates as serials, datetimes and text, a row with only its 序号, 小计 / 合计 rows,
 * footnotes, and rows whose description was left blank.
 */
const HAZARD_ROWS: CellValue[][] = [
  ['XX项目部2019年隐患排查治理台账', _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  [
    '项目名称：XX高速公路第三合同段',
    _,
    _,
    _,
    _,
    _,
    _,
    '填报人：王魁',
    _,
    _,
    _,
    '填报时间：2019年6月25日',
    _,
    _,
    _,
    _,
    _,
  ],
  [
    '序号',
    '排查日期',
    '隐患内容',
    '隐患级别',
    '整改责任单位',
    _,
    _,
    _,
    '整改措施与要求',
    _,
    _,
    _,
    _,
    '整改期限',
    '隐患状态',
    '复查日期',
    '复查人',
  ],
  [_, _, _, _, '建设', '设计', '施工', '监理', _, _, _, _, _, _, _, _, _],
  [_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  [_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  [1, 43613, '脚手架连墙件缺失', '一般', _, _, '√', _, '立即补设连墙件', _, _, _, _, 43620, '关闭', 43619.4375, '李工'],
  [
    2,
    '2019.5.29',
    '临边防护栏杆缺失',
    '重大',
    _,
    _,
    '中铁十局',
    '华安监理',
    '增设防护栏杆并挂安全网',
    _,
    _,
    _,
    _,
    '2019-06-05',
    '开放',
    _,
    _,
  ],
  [3, '2019-05-30 09:30', _, '一般', _, _, '√', _, '更换配电箱', _, _, _, _, 43622, '关闭', 43621, '李工'],
  [4, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  ['小计', _, '3项', _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  [5, 43640, '塔吊限位器失灵', '重大', '√', _, _, '√', '停用塔吊，更换限位器', _, _, _, _, 43650, '已销号', _, _],
  ['合计', _, '4项', _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  ['说明：1.隐患级别分一般、重大两级。', _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  ['2.整改期限以整改通知书为准。', _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
  ['填写要求：每月25日前报送安全部。', _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
];
const HAZARD_MERGES = [
  'A1:Q1',
  'A2:F2',
  'H2:J2',
  'L2:Q2',
  ...['A', 'B', 'C', 'D', 'N', 'O', 'P', 'Q'].map((c) => `${c}3:${c}6`),
  'E3:H3',
  'E4:E6',
  'F4:F6',
  'G4:G6',
  'H4:H6',
  'I3:M6',
  ...[7, 8, 9, 12].map((r) => `I${r}:M${r}`),
  'A14:Q14',
  'A15:Q15',
  'A16:Q16',
];

describe('the whole header block', () => {
  const s = sheet('2019年', HAZARD_ROWS, HAZARD_MERGES);

  test('titles are titles, label：value cells are details, four header rows give one name per column', () => {
    const h = findHeader(s)!;
    expect([h.firstRow, h.lastRow]).toEqual([3, 6]);
    expect(h.columns.map((c) => c.text)).toEqual([
      '序号',
      '排查日期',
      '隐患内容',
      '隐患级别',
      '整改责任单位/建设',
      '整改责任单位/设计',
      '整改责任单位/施工',
      '整改责任单位/监理',
      '整改措施与要求',
      // J–M: inside the merge of 整改措施与要求, no name of their own (dropped on import when empty).
      '整改措施与要求',
      '整改措施与要求',
      '整改措施与要求',
      '整改措施与要求',
      '整改期限',
      '隐患状态',
      '复查日期',
      '复查人',
    ]);
    expect(h.titles.map((t) => t.text)).toEqual(['XX项目部2019年隐患排查治理台账']);
    expect(h.details.map((x) => [x.label, x.value, x.kind, x.date])).toEqual([
      ['项目名称', 'XX高速公路第三合同段', 'project', undefined],
      ['填报人', '王魁', 'person', undefined],
      ['填报时间', '2019年6月25日', 'fillingDate', '2019-06-25'],
    ]);
  });

  const r = run('隐患台账.xlsx', book(s));

  test('only problems become problems; a blank description with other cells filled is a problem', () => {
    expect(r.rows.problems.map((p) => p.source.row)).toEqual([7, 8, 9, 12]);
    expect(descriptions(r)).toEqual(['脚手架连墙件缺失', '临边防护栏杆缺失', null, '塔吊限位器失灵']);
    expect(r.counts.sourceRows).toBe(4);
    expect(codesOf(r).filter(([, c]) => String(c).startsWith('importLayout.row'))).toEqual([
      [10, 'importLayout.row.numberOnly'],
      [11, 'importLayout.row.total'],
      [13, 'importLayout.row.total'],
      [14, 'importLayout.row.footnote'],
      [15, 'importLayout.row.footnote'],
      [16, 'importLayout.row.footnote'],
    ]);
    // Nothing lost: each row set aside is named with its text.
    expect(r.notices.find((n) => n.row === 16)).toMatchObject({
      cell: 'A16',
      value: '填写要求：每月25日前报送安全部。',
    });
  });

  test('the project named above the header is the unit of a file without a unit column', () => {
    expect(r.rows.problems.map((p) => p.values.inspectedUnit)).toEqual(Array(4).fill('XX高速公路第三合同段'));
    expect(r.events).toContainEqual({
      code: 'importLayout.unitFromDetails',
      params: { file: '隐患台账.xlsx', cell: 'A2', label: '项目名称', unit: 'XX高速公路第三合同段' },
    });
    expect(r.events.map((e) => e.code)).not.toContain('import.unitFromFile');
  });

  test('a measure merged across five columns is one column; dates in every form are dates', () => {
    const f = r.files[0];
    expect(f.columns.map((c) => c.header)).toEqual([
      '序号',
      '排查日期',
      '隐患内容',
      '隐患级别',
      '整改责任单位/建设',
      '整改责任单位/设计',
      '整改责任单位/施工',
      '整改责任单位/监理',
      '整改措施与要求',
      '整改期限',
      '隐患状态',
      '复查日期',
      '复查人',
    ]);
    expect(r.rows.tasks.map((t) => t.values.measure)).toEqual([
      '立即补设连墙件',
      '增设防护栏杆并挂安全网',
      '更换配电箱',
      '停用塔吊，更换限位器',
    ]);
    expect(r.rows.problems.map((p) => p.values.feedbackDate)).toEqual([
      d('2019-05-28'),
      d('2019-05-29'),
      d('2019-05-30'),
      d('2019-06-24'),
    ]);
    expect(r.rows.problems[0].values.closedOn).toBe(d('2019-06-03'));
    expect(r.events.map((e) => e.code)).toContain('importLayout.rowDateAsFeedback');
  });

  test('hazard words: the status of 开放 / 关闭 / 已销号, the reviewer of 复查人', () => {
    expect(r.rows.problems.map((p) => p.values.status)).toEqual(['已销号', '整改中', '已销号', '已销号']);
    expect(r.rows.problems[0].values.reviewer).toBe('李工');
    expect(r.rows.problems.map((p) => p.values.severity)).toEqual(['一般', '重大', '一般', '重大']);
  });

  test('responsible units in a group: one responsibility per unit, its role kept', () => {
    const resp = r.rows.responsibilities.map((x) => [x.source.row, x.values.unit, x.values.duty]);
    expect(resp).toEqual([
      [7, '施工', '施工'],
      [8, '中铁十局', '施工'],
      [8, '华安监理', '监理'],
      [9, '施工', '施工'],
      [12, '建设', '建设'],
      [12, '监理', '监理'],
    ]);
    expect(r.rows.responsibilities[2].values.problemId).toBe(r.rows.problems[1].values.id);
    expect(r.events.map((e) => e.code)).toContain('importLayout.roles');
    // The group's columns are not kept twice as extra columns.
    expect(r.extraColumns.problems.filter((c) => c.includes('整改责任单位'))).toEqual([]);
  });

  test('the details are reported, never a column name', () => {
    const ev = r.events.find((e) => e.code === 'importLayout.details')!;
    expect(ev.params.list).toBe('项目名称：XX高速公路第三合同段；填报人：王魁；填报时间：2019年6月25日');
    expect(r.files[0].columns.some((c) => c.header.includes('项目名称'))).toBe(false);
  });
});

describe('every sheet', () => {
  const HEADER = ['序号', '问题描述', '整改措施', '责任人'];
  const y2019 = sheet('2019年', [HEADER, [1, '制度不健全', '建立制度', '张三'], [2, '台账不全', '补齐台账', '李四']]);
  const y2020 = sheet('2020年', [HEADER, [3, '公车管理不规范', '建立台账', '王五']]);
  const notes = sheet('填表说明', [['填表说明'], ['1.每月报送一次。'], ['2.问题描述写清楚。']]);
  const hidden = sheet('旧版', [HEADER, [1, '旧问题', '旧措施', '赵六']], [], 'hidden');
  const stats = sheet('汇总表', [
    ['单位', '问题数'],
    ['县局', 3],
  ]);
  const empty = sheet('Sheet3', []);
  const wb = book(y2019, y2020, notes, hidden, stats, empty);

  test('a workbook whose sheets hold ledgers imports all of them, each row naming its sheet', () => {
    const r = run('台账.xlsx', wb);
    expect(descriptions(r)).toEqual(['制度不健全', '台账不全', '公车管理不规范']);
    expect(r.rows.problems.map((p) => [p.source.file, p.source.sheet, p.source.row])).toEqual([
      ['台账.xlsx › 2019年', '2019年', 2],
      ['台账.xlsx › 2019年', '2019年', 3],
      ['台账.xlsx › 2020年', '2020年', 2],
    ]);
    expect(r.files.map((f) => [f.file, f.sheet, f.dataRows])).toEqual([
      ['台账.xlsx › 2019年', '2019年', 2],
      ['台账.xlsx › 2020年', '2020年', 1],
    ]);
  });

  test('a sheet that is not a ledger is named with why it was skipped (an empty one holds nothing)', () => {
    const r = run('台账.xlsx', wb);
    const skipped = r.events.filter((e) => e.code.startsWith('importLayout.sheet.'));
    expect(skipped).toEqual([
      { code: 'importLayout.sheet.noHeader', params: { file: '台账.xlsx', sheet: '填表说明' } },
      { code: 'importLayout.sheet.hidden', params: { file: '台账.xlsx', sheet: '旧版' } },
      { code: 'importLayout.sheet.noHeader', params: { file: '台账.xlsx', sheet: '汇总表' } },
    ]);
  });

  test('--sheet still picks one sheet, read under the file name', () => {
    const r = run('台账.xlsx', wb, { sheet: '2020年' });
    expect(descriptions(r)).toEqual(['公车管理不规范']);
    expect(r.rows.problems[0].source).toEqual({ file: '台账.xlsx', sheet: '2020年', row: 2 });
    expect(r.events.filter((e) => e.code.startsWith('importLayout.sheet.'))).toEqual([]);
  });

  test('sheets named after units give the unit of a file without a unit column', () => {
    const r = run('汇总.xlsx', book(sheet('县财政局', y2019.values), sheet('县水利局', y2020.values)));
    expect(r.rows.problems.map((p) => p.values.inspectedUnit)).toEqual(['县财政局', '县财政局', '县水利局']);
  });

  test('a sheet with a header but no problem column is skipped when others are ledgers', () => {
    const people = sheet('联系人', [
      ['责任单位', '责任人', '联系电话'],
      ['县局', '张三', '13800000000'],
    ]);
    const r = run('台账.xlsx', book(y2019, people));
    expect(descriptions(r)).toEqual(['制度不健全', '台账不全']);
    expect(r.events).toContainEqual({
      code: 'importLayout.sheet.noProblems',
      params: { file: '台账.xlsx', sheet: '联系人' },
    });
  });
});

describe('sections in every style', () => {
  const H = ['序号', '问题描述', '整改措施', '责任人'];

  test('一、 merged across the row, （一） in the 问题 column: headings name the problems under them', () => {
    const s = sheet(
      '台账',
      [
        ['XX县委第一巡察组反馈问题整改台账', _, _, _],
        H,
        ['一、党的领导方面（共2项）', _, _, _],
        [1, '理论学习不深入', '制定学习计划', '张三'],
        [2, '三重一大执行不严', '修订议事规则', '李四'],
        ['二、党的建设方面', _, _, _],
        [_, '（一）组织建设', _, _],
        [3, '三会一课不规范', '建立记录', '王五'],
        [_, '（二）作风建设', _, _],
        [4, '公务接待超标', '退赔', '赵六'],
        ['注：本表由党办汇总。', _, _, _],
      ],
      ['A1:D1', 'A3:D3', 'A6:D6', 'A11:D11'],
    );
    const r = run('县局.xlsx', book(s));
    expect(descriptions(r)).toEqual(['理论学习不深入', '三重一大执行不严', '三会一课不规范', '公务接待超标']);
    expect(r.rows.problems.map((p) => p.values.category)).toEqual([
      '党的领导方面',
      '党的领导方面',
      '党的建设方面',
      '党的建设方面',
    ]);
    expect(r.rows.problems.map((p) => p.extras['原分组'])).toEqual([
      '一、党的领导方面（共2项）',
      '一、党的领导方面（共2项）',
      '二、党的建设方面 / （一）组织建设',
      '二、党的建设方面 / （二）作风建设',
    ]);
    expect(r.events).toContainEqual({
      code: 'importLayout.sections',
      params: { file: '县局.xlsx', count: 4, examples: '党的领导方面、党的建设方面', column: '原分组' },
    });
    // The headings are no problems: the only row set aside is the footnote.
    expect(r.notices.filter((n) => n.code.startsWith('importLayout')).map((n) => [n.row, n.code])).toEqual([
      [11, 'importLayout.row.footnote'],
    ]);
  });

  test.each([
    ['一 in the 序号 cell, its text beside', [['一', '党的领导方面', _, _]], '党的领导方面'],
    ['第一部分, unmerged, in the 序号 column', [['第一部分 巡察反馈问题', _, _, _]], '巡察反馈问题'],
    ['一是, in the 问题 column', [[_, '一是党的领导弱化', _, _]], '党的领导弱化'],
    ['1. with a count, in the 问题 column', [[_, '1.制度建设方面（共1项）', _, _]], '制度建设方面'],
    ['一、 with its count in a cell of its own', [['一、制度建设方面', _, '1项', _]], '制度建设方面'],
  ])('%s', (_name, heading, category) => {
    const s = sheet('台账', [H, ...heading, [1, '制度不健全', '建立制度', '张三']]);
    const r = run('县局.xlsx', book(s));
    expect(descriptions(r)).toEqual(['制度不健全']);
    expect(r.rows.problems[0].values.category).toBe(category);
  });

  test('a ledger with its own 问题类别 keeps it; the heading goes to 原分组', () => {
    const s = sheet(
      '台账',
      [
        ['序号', '问题类别', '问题描述', '整改措施'],
        ['一、巡视反馈问题', _, _, _],
        [1, '作风建设', '会议多', '精简会议'],
      ],
      ['A2:D2'],
    );
    const r = run('县局.xlsx', book(s));
    expect(r.rows.problems[0].values.category).toBe('作风建设');
    expect(r.rows.problems[0].extras['原分组']).toBe('一、巡视反馈问题');
    expect(r.events.map((e) => e.code)).toContain('importLayout.sectionsKept');
  });

  test('a heading announcing more items than it holds is reported at its row', () => {
    const s = sheet('台账', [H, ['一、党的领导方面（共3项）', _, _, _], [1, '甲', '措施', '张三']], ['A2:D2']);
    const r = run('县局.xlsx', book(s));
    expect(r.notices.find((n) => n.code === 'importLayout.section.countDiffers')).toMatchObject({
      row: 2,
      params: { count: 3, found: 1 },
    });
  });

  test('a footnote merged across the row under a short table is no header (说明 is also a column name)', () => {
    const s = sheet(
      '台账',
      [
        ['序号', '问题描述', '整改措施', '责任人', '整改时限', '进展情况', '整改状态', '督办意见'],
        [1, '甲', '措施一', '孙丽', '30天', '推进中', '整改中', '纳入督办'],
        [2, '乙', '措施二', '王魁', '年底前', '推进中', '未启动', '下月复核'],
        ['说明：', _, _, _, _, _, _, _],
        ['1.本表由各单位指定专人填报。', _, _, _, _, _, _, _],
        ['2.已销号问题不得删除。', _, _, _, _, _, _, _],
      ],
      ['A4:H4', 'A5:H5', 'A6:H6'],
    );
    expect([findHeader(s)!.firstRow, findHeader(s)!.lastRow]).toEqual([1, 1]);
    const r = run('县局.xlsx', book(s));
    expect(descriptions(r)).toEqual(['甲', '乙']);
    expect(r.notices.filter((n) => n.code === 'importLayout.row.footnote').map((n) => n.row)).toEqual([4, 5, 6]);
  });

  test('a problem typed alone in its row (no other cell filled) stays a problem', () => {
    const s = sheet('台账', [
      H,
      [_, '制度执行不严格，部分单位未按规定开展自查，问题整改不到位', _, _],
      [2, '乙', '措施', '李四'],
    ]);
    const r = run('县局.xlsx', book(s));
    expect(descriptions(r)).toEqual(['制度执行不严格，部分单位未按规定开展自查，问题整改不到位', '乙']);
  });
});

describe('a title line gives the file its details', () => {
  const s = sheet(
    '台账',
    [
      ['XX县委巡察反馈问题整改台账', _, _, _],
      ['被巡察单位：县财政局', _, '反馈时间：2024年3月5日', _],
      ['序号', '问题描述', '整改措施', '责任人'],
      [1, '制度不健全', '建立制度', '张三'],
    ],
    ['A1:D1', 'A2:B2', 'C2:D2'],
  );
  const r = importLegacy([{ file: 'x.xlsx', snapshot: book(s) }], { lang: 'zh' });

  test('the unit inspected fills 被巡察单位; the feedback date is offered with its cell', () => {
    expect(r.rows.problems[0].values.inspectedUnit).toBe('县财政局');
    expect(r.files[0].columns.map((c) => c.header)).toEqual(['序号', '问题描述', '整改措施', '责任人']);
    const details = findHeader(s)!.details;
    expect(details.map((x) => [x.label, x.kind, x.date, x.row, x.column])).toEqual([
      ['被巡察单位', 'inspectedUnit', undefined, 2, 1],
      ['反馈时间', 'feedbackDate', '2024-03-05', 2, 3],
    ]);
  });
});

describe('columns as people merge them, dates in every form', () => {
  test('a measure merged across columns under a one-row header is one column', () => {
    const s = sheet(
      '台账',
      [
        ['序号', '问题描述', '整改措施', _, _, '责任人'],
        [1, '甲', '措施一', _, _, '张三'],
        [2, '乙', '措施二', _, _, '李四'],
      ],
      ['C1:E1', 'C2:E2', 'C3:E3'],
    );
    const r = run('县局.xlsx', book(s));
    expect(r.files[0].columns.map((c) => c.header)).toEqual(['序号', '问题描述', '整改措施', '责任人']);
    expect(r.rows.tasks.map((t) => t.values.measure)).toEqual(['措施一', '措施二']);
    expect(r.extraColumns.problems).toEqual([]);
  });

  test('a date column mixing serials, datetimes and typed dates reads them all; extra columns too', () => {
    const s = sheet('台账', [
      ['问题编号', '问题描述', '整改完成时间', '督办日期', '备查'],
      ['A1', '甲', 43613, 43613, 43613],
      ['A2', '乙', 43613.5, 43613.75, 'x'],
      ['A3', '丙', '2019年5月28日', '2019/5/28 10:00', _],
      ['A4', '丁', '2019-05-28 08:30:00', '2019.5.28', _],
      ['A5', '戊', _, '待定', _],
    ]);
    const r = run('d.xlsx', book(s));
    const day = d('2019-05-28');
    expect(r.rows.problems.map((p) => p.values.completedOn ?? null)).toEqual([day, day, day, day, null]);
    expect(r.rows.problems.map((p) => p.extras['督办日期'])).toEqual([day, day, day, day, '待定']);
    // A column whose header names no date keeps its numbers as typed.
    expect(r.rows.problems[0].extras['备查']).toBe(43613);
    expect(r.extraDateColumns).toEqual(['督办日期']);
  });
});

describe('the words of neighbouring ledgers', () => {
  test('hazard and audit headers map to our columns', () => {
    const header = [
      '序号',
      '检查时间',
      '隐患问题描述',
      '整改要求（措施）',
      '责任科室',
      '牵头领导',
      '完成时限',
      '销号情况',
      '复查结果',
      '复查日期',
      '复查人',
      '整改进展情况',
    ];
    const s = sheet('台账', [
      header,
      [1, 45000, '消防通道堵塞', '清理通道', '安保科', '刘局', '3天', '已销号', '合格', 45003, '陈工', '已清理'],
    ]);
    const r = run('h.xlsx', book(s));
    const target = (h: string) =>
      r.files[0].columns.find((c) => c.header === h)!.targets.map((t) => `${t.sheet}.${t.key}`);
    expect(target('检查时间')).toEqual(['problems.feedbackDate']);
    expect(target('隐患问题描述')).toEqual(['problems.description']);
    expect(target('整改要求（措施）')).toEqual(['tasks.measure']);
    expect(target('责任科室')).toEqual(['responsibilities.unit', 'tasks.unit']);
    expect(target('牵头领导')).toEqual(['responsibilities.leader']);
    expect(target('完成时限')).toEqual(['problems.timeLimit', 'tasks.timeLimit']);
    expect(target('销号情况')).toEqual(['problems.status']);
    expect(target('复查结果')).toEqual(['problems.result']);
    expect(target('复查日期')).toEqual(['problems.closedOn']);
    expect(target('复查人')).toEqual(['problems.reviewer']);
    expect(target('整改进展情况')).toEqual(['tasks.progress']);
    expect(r.rows.problems[0].values).toMatchObject({
      description: '消防通道堵塞',
      status: '已销号',
      feedbackDate: 45000,
    });
  });

  test('status words map through the table; a word it does not know is kept and reported', () => {
    const words = ['开放', '关闭', '已整改', '未整改', '待整改', '已销号', '现场处置', '整改中', '未销号', '挂账'];
    const s = sheet('台账', [['序号', '隐患内容', '隐患状态'], ...words.map((w, i) => [i + 1, `隐患${i + 1}`, w])]);
    const r = run('h.xlsx', book(s));
    expect(r.rows.problems.map((p) => p.values.status)).toEqual([
      '整改中',
      '已销号',
      '待审核',
      '整改中',
      '未启动',
      '已销号',
      '待审核',
      '整改中',
      '整改中',
      '挂账',
    ]);
    expect(r.notices.filter((n) => n.code === 'import.value.notInList').map((n) => n.value)).toEqual(['挂账']);
    // What was typed is kept beside the status it became.
    expect(r.rows.problems[0].extras['隐患状态（原值）']).toBe('开放');
  });
});

describe('bounded work', () => {
  const long = '问'.repeat(32_767);
  const area = (rows: number) => Array.from({ length: rows }, () => Array<CellValue>(26).fill(long));
  const merges = Array.from({ length: 9 }, (_v, i) => `A${i * 3 + 1}:B${i * 3 + 3}`);

  // Reading such a header once took seconds (every cell normalised again for every candidate); now it is bounded.
  test('a 30×26 header area of 32,767-character cells is read in well under a second', () => {
    const values = [...area(28), ['序号', '问题描述', '整改措施'], [1, '甲', '乙']];
    const t0 = cpuNow();
    const r = run('big.xlsx', book(sheet('台账', values, merges)));
    expect(cpuNow() - t0).toBeLessThan(600);
    expect(r.files[0].headerRows).toEqual([29, 29]);
    expect(descriptions(r)).toEqual(['甲']);
  });

  test('and without any header it says so as quickly', () => {
    const t0 = cpuNow();
    expect(() => run('big.xlsx', book(sheet('台账', area(40), merges)))).toThrow();
    expect(cpuNow() - t0).toBeLessThan(600);
  });
});
