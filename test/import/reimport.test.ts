/**
 * Importing again (docs/IMPORT.md): a problem is the same problem when its
 * unit and original ID match (or, without IDs, its unit and description),
 * whatever the file name or row. Every scenario runs the real import command
 * through the command runner, so `_log` holds what import wrote — the base of
 * the three-way update.
 */
import {
  type CellValue,
  type ImportResult,
  type LegacySource,
  type WorkbookSnapshot,
  importCommand,
  runCommand,
} from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';

function source(
  file: string,
  rows: CellValue[][],
  header = ['问题编号', '所属责任公司', '问题简述', '整改计划及措施', '整改责任人', '是否整改完成'],
): LegacySource {
  return {
    file,
    snapshot: {
      user: 't',
      readAt: '2025-06-30T00:00:00Z',
      sheets: [
        { name: '台账', visibility: 'visible', values: [header, ...rows], formulas: {}, tables: [], merges: [] },
      ],
    },
  };
}

const B_ROWS: CellValue[][] = [
  [36, 'B公司', '应收账款存在回收风险', '清收', '胡', '否'],
  [49, 'B公司', '未建立采购管理制度', '建制度', '合', '否'],
];
const C_ROWS: CellValue[][] = [
  [36, 'C公司', '资金审批不规范', '完善审批', '周', '否'],
  [50, 'C公司', '合同管理缺失', '建台账', '吴', '是'],
];

async function importInto(
  port: ReturnType<typeof memoryPort>,
  sources: LegacySource[],
  dryRun = false,
): Promise<ImportResult> {
  return (await runCommand(port, importCommand(sources, { lang: 'zh', dryRun }), ENV)).result;
}

const problemsOf = (s: WorkbookSnapshot) =>
  s.sheets
    .find((x) => x.name === '问题清单')!
    .values.slice(1)
    .filter((r) => r.length);
const cellOf = (s: WorkbookSnapshot, id: string, header: string) => {
  const sheet = s.sheets.find((x) => x.name === '问题清单')!;
  const col = sheet.values[0].indexOf(header);
  return sheet.values.find((r) => r[0] === id)?.[col];
};

const empty = (): WorkbookSnapshot => ({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });

test('an updated unit file: the new problem added at the top is added, a changed cell updated, nothing duplicated', async () => {
  const port = memoryPort(empty());
  await importInto(port, [source('B公司.xlsx', B_ROWS)]);
  expect(problemsOf(port.snapshot)).toHaveLength(2);
  const updated = [
    [12, 'B公司', '新发现：公车私用', '收回车辆', '钱', '否'],
    [36, 'B公司', '应收账款存在回收风险', '清收', '胡', '是'], // done now
    B_ROWS[1],
  ];
  const dry = await importInto(port, [source('B公司.xlsx', updated)], true);
  expect(dry.counts).toMatchObject({
    problems: 1,
    updatedProblems: 1,
    updatedCells: 2,
    alreadyImported: 1,
    conflicts: 0,
  });
  expect(problemsOf(port.snapshot)).toHaveLength(2); // the dry run wrote nothing
  const r = await importInto(port, [source('B公司.xlsx', updated)]);
  expect(r.counts).toMatchObject({ problems: 1, updatedProblems: 1, alreadyImported: 1 });
  expect(
    problemsOf(port.snapshot)
      .map((x) => x[0])
      .sort(),
  ).toEqual(['12', '36', '49']);
  expect(cellOf(port.snapshot, '36', '整改状态')).toBe('待审核');
});

test('a group ledger repeating its units adds nothing twice, and says where each repeat came from', async () => {
  const port = memoryPort(empty());
  await importInto(port, [source('B公司.xlsx', B_ROWS), source('C公司.xlsx', C_ROWS)]);
  expect(problemsOf(port.snapshot)).toHaveLength(4);
  const group = source('集团汇总.xlsx', [...B_ROWS, ...C_ROWS, [7, 'D公司', '新问题', '新措施', '郑', '否']]);
  const r = await importInto(port, [group]);
  expect(r.counts).toMatchObject({ problems: 1, alreadyImported: 4 });
  expect(problemsOf(port.snapshot)).toHaveLength(5);
  // In one run, the group file after its units: each repeated row is reported with its origin.
  const fresh = memoryPort(empty());
  const both = await importInto(fresh, [source('B公司.xlsx', B_ROWS), group]);
  expect(both.counts).toMatchObject({ problems: 5, repeated: 2 });
  const repeat = both.notices.find((n) => n.code === 'import.row.repeated')!;
  expect(repeat.params).toMatchObject({ other: 'B公司.xlsx', otherRow: 2 });
});

test('a renamed copy of a file is recognised by its content', async () => {
  const port = memoryPort(empty());
  await importInto(port, [source('B公司.xlsx', B_ROWS)]);
  const r = await importInto(port, [source('B公司 - 副本 (2).xlsx', B_ROWS)]);
  expect(r.counts).toMatchObject({ problems: 0, alreadyImported: 2, updatedCells: 0 });
  expect(problemsOf(port.snapshot)).toHaveLength(2);
});

test('where both the ledger and the source changed a cell, the ledger wins and the conflict is reported', async () => {
  const port = memoryPort(empty());
  await importInto(port, [source('B公司.xlsx', B_ROWS)]);
  // Someone edits the ledger: P36's measure is now more precise.
  const tasks = port.snapshot.sheets.find((x) => x.name === '任务清单')!;
  const measure = tasks.values[0].indexOf('整改措施');
  tasks.values[1][measure] = '清收并计提坏账';
  const changed = [[36, 'B公司', '应收账款存在回收风险', '清收欠款', '胡', '否'], B_ROWS[1]];
  const r = await importInto(port, [source('B公司.xlsx', changed)]);
  expect(r.counts.conflicts).toBe(1);
  expect(r.conflicts[0]).toMatchObject({ sheet: '任务清单', old: '清收并计提坏账', value: '清收欠款' });
  expect(r.notices.find((n) => n.code === 'import.cell.conflict')).toMatchObject({ cell: 'D2' });
  expect(tasks.values[1][measure]).toBe('清收并计提坏账');
  const after = port.snapshot.sheets.find((x) => x.name === '任务清单')!;
  expect(after.values[1][measure]).toBe('清收并计提坏账');
});

test('without IDs, the unit and the description identify a problem', async () => {
  const header = ['被巡察单位', '存在问题', '整改措施', '责任人'];
  const rows: CellValue[][] = [
    ['某局', '会议 多，文件多', '精简会议', '甲'],
    ['某局', '调研不深入', '改进调研', '乙'],
  ];
  const port = memoryPort(empty());
  await importInto(port, [source('某局.xlsx', rows, header)]);
  const again = await importInto(port, [
    source(
      '某局2.xlsx',
      [['某局', '会议多，文件多', '精简会议', '甲'], rows[1], ['某局', '新问题', '新措施', '丙']],
      header,
    ),
  ]);
  // The first row's description differs only in a space: the same problem, its description updated.
  expect(again.counts).toMatchObject({ problems: 1, alreadyImported: 1, updatedProblems: 1, updatedCells: 1 });
});
