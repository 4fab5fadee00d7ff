/**
 * `rectify clue import`: an old clue-transfer ledger as offices keep them
 * (a merged title, 序号, 线索来源, 问题线索, 移交单位, 移交时间, 签收时间,
 * 办理时限, 办结时间, 办理情况, 备注; dates in several forms, placeholders,
 * one date nobody can read) lands in the demo's 移交清单: every value kept as
 * typed, a status word made the list's, a missing status inferred from the
 * dates, IDs made up, the bodies added to the 移交对象 list; check then finds
 * only the unreadable date; importing again adds nothing; everything logged.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { type CellValue, fromExcelSerial } from '../../../src/engine';
import { rectify } from '../../helpers/cli';
import { readSnapshot } from '../../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'clue-import-'));
const f = (name: string) => join(dir, name);

const HEADER = [
  '序号',
  '线索来源',
  '问题线索',
  '移交单位',
  '移交时间',
  '签收时间',
  '办理时限',
  '办结时间',
  '办理情况',
  '备注',
];
const ROWS: CellValue[][] = [
  [
    1,
    '第一轮巡察 区住建局',
    '反映某科长收受礼金',
    '区纪委监委',
    '2025/3/5',
    '2025-03-06',
    '3个月',
    '2025-05-20',
    '已办结，给予党内警告处分',
    null,
  ],
  [
    2,
    '第一轮巡察 区住建局',
    '干部任用程序不规范',
    '区委组织部',
    '2025年4月1日',
    '/',
    '30个工作日',
    '/',
    '未签收',
    '已电话催办',
  ],
  [
    3,
    '第二轮巡察 区水利局',
    '工程款拨付不规范',
    '区审计局',
    '2025.5.10',
    '2025-05-12',
    '2个月',
    null,
    '正在办理',
    null,
  ],
  [4, '第二轮巡察 区水利局', '违规发放补贴', '区纪委监委', '2025-13-01', null, '30天', null, null, '日期待核'],
];

beforeAll(async () => {
  expect((await rectify('demo', f('demo.xlsx'), '--today', '2025-06-30')).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('移交线索台账');
  ws.addRow(['XX区委巡察移交问题线索台账']);
  ws.mergeCells('A1:J1');
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  await wb.xlsx.writeFile(f('old.xlsx'));
});

test('an old clue ledger lands in 移交清单, kept as typed, and a second import adds nothing', async () => {
  const r = await rectify('clue', 'import', f('demo.xlsx'), f('old.xlsx'), '-o', f('in.xlsx'), '--today', '2025-06-30');
  expect([r.code, r.err]).toEqual([0, '']);
  // Each column of 移交清单 by its name in the output's language, not its key.
  expect(r.out).toContain('移交单位 → 移交对象');
  expect(r.out).not.toMatch(/→ [a-z]/);
  expect(r.out).toContain(
    '导入线索 4 条；已在台账中的 0 条未重复导入；按日期推定状态 2 条，补编线索编号 4 个；无法识别的日期 1 处',
  );
  const snap = await readSnapshot(f('in.xlsx'));
  const sheet = snap.sheets.find((s) => s.name === '移交清单')!;
  const header = sheet.values[0].map(String);
  const rows = sheet.values.slice(1).filter((x) => String(x[0]).startsWith('XS-导入'));
  const get = (row: CellValue[], h: string) => row[header.indexOf(h)];
  const day = (v: CellValue) => (typeof v === 'number' ? fromExcelSerial(v) : v);
  expect(
    rows.map((x) => [
      get(x, '线索编号'),
      get(x, '移交对象'),
      day(get(x, '移交日期')),
      get(x, '状态'),
      get(x, '办理结果'),
    ]),
  ).toEqual([
    ['XS-导入-001', '区纪委监委', '2025-03-05', '已办结', '已办结，给予党内警告处分'],
    ['XS-导入-002', '区委组织部', '2025-04-01', '待签收', '未签收'],
    ['XS-导入-003', '区审计局', '2025-05-10', '办理中', '正在办理'],
    ['XS-导入-004', '区纪委监委', '2025-13-01', '待签收', null],
  ]);
  expect(
    rows.map((x) => [get(x, '序号'), get(x, '线索来源'), get(x, '备注'), get(x, '来源文件'), get(x, '来源行')])[1],
  ).toEqual([2, '第一轮巡察 区住建局', '已电话催办', 'old.xlsx', 4]);
  const lists = snap.sheets.find((s) => s.name === '_lists')!;
  const receivers = lists.values.map((x) => x[lists.values[0].indexOf('移交对象')]).filter(Boolean);
  expect(receivers).toEqual(expect.arrayContaining(['区纪委监委', '区委组织部', '区审计局']));
  const log = snap.sheets.find((s) => s.name === '_log')!.values.slice(1);
  expect(log.some((x) => x[2] === '导入移交台账' && x[3] === '移交清单')).toBe(true);

  const c = await rectify('check', f('in.xlsx'), '--json', '--today', '2025-06-30');
  const findings = JSON.parse(c.out).findings as { code: string; sheet: string; column: string }[];
  expect(findings.map((x) => [x.code, x.sheet, x.column])).toEqual([['date.invalid', '移交清单', '移交日期']]);

  const again = await rectify(
    'clue',
    'import',
    f('in.xlsx'),
    f('old.xlsx'),
    '-o',
    f('again.xlsx'),
    '--today',
    '2025-06-30',
  );
  expect(again.out).toContain('导入线索 0 条；已在台账中的 4 条未重复导入');
});

test('a file with no clue ledger is refused in words', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
  await wb.xlsx.writeFile(f('none.xlsx'));
  const r = await rectify('clue', 'import', f('demo.xlsx'), f('none.xlsx'), '-o', f('x.xlsx'));
  expect(r.code).toBe(2);
  expect(r.err).toContain('文件“none.xlsx”中找不到移交线索台账');
});

test('rectify import recognises an old clue ledger: alone it goes into 移交清单; beside problem ledgers it is refused, named', async () => {
  const { copyFileSync, readdirSync } = await import('fs');
  copyFileSync(f('demo.xlsx'), f('routed.xlsx'));
  const r = await rectify('import', f('old.xlsx'), '-o', f('routed.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out).toContain('导入线索 4 条');
  expect(r.err).toContain('原文件已备份为'); // the ledger as it was, kept
  expect(readdirSync(dir).some((x) => x.startsWith('routed.backup-'))).toBe(true);
  const sheet = (await readSnapshot(f('routed.xlsx'))).sheets.find((s) => s.name === '移交清单')!;
  expect(sheet.values.filter((x) => String(x[0]).startsWith('XS-导入'))).toHaveLength(4);

  // With a problem ledger beside it, the problem import stops at the clue ledger, before anything is written.
  const legacy = new ExcelJS.Workbook();
  legacy.addWorksheet('台账').addRows([
    ['问题编号', '问题描述', '整改措施', '责任人', '是否整改完成'],
    ['D-1', '会议记录缺失', '补记录', '张三', '否'],
  ]);
  await legacy.xlsx.writeFile(f('problems.xlsx'));
  const mixed = await rectify('import', f('problems.xlsx'), f('old.xlsx'), '-o', f('mixed.xlsx'));
  expect(mixed.code).toBe(2);
  expect(mixed.err).toContain('old.xlsx 的工作表「移交线索台账」看起来是移交线索台账');
  expect(mixed.err).toContain('rectify clue import');
  expect(readdirSync(dir)).not.toContain('mixed.xlsx');
});
