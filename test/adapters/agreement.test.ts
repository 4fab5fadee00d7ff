/**
 * The two adapters agree: the same commands, run by the one command runner
 * through the Office.js port (on the fake Excel host) and through the .xlsx
 * file port, from the same starting workbook, plan the same finalised plans
 * and leave workbooks that are the same cell by cell and format by format:
 * values, formulas, number formats, column widths, validations (range and
 * list source), conditional formats (range, formula, fill, font, order),
 * notes, frozen panes, tables (name and range), visibility, protection and
 * defined names. Charts are the one thing left out: ExcelJS cannot write them.
 *
 * Scenarios: structure on a user's formatted workbook (their note, rule,
 * width, date format and frozen pane survive on both), refresh after a date
 * changed, the generated report sheets, and an import of a small legacy sheet.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  type Command,
  type CommandEnv,
  type WorkbookPort,
  importCommand,
  refreshCommand,
  reportCommand,
  runCommand,
  structureCommand,
} from '../../src/engine';
import { type Plan, emptyPlan } from '../../src/engine/core/plan';
import { type WorkbookSnapshot, emptySheet } from '../../src/engine/core/snapshot';
import { applyPlan as applyOffice, newStats, readSnapshot, widthToPoints } from '../../src/excel';
import { officePort } from '../../src/excel/port';
import { filePort, loadWorkbookFile, saveWorkbookAtomic } from '../../src/xlsx';
import { FakeExcel, FakeWorkbook, NEWEST_EXCEL_API } from '../fakeExcel';
import { writePlanToFile } from '../helpers/xlsxFiles';
import { type SheetModel, type WorkbookModel, modelOfExcelJS, modelOfFake } from './model';

const USER_DATE = 'yyyy"年"m"月"d"日"';
const USER_NOTE = '这一列写清楚问题是什么（我自己的说明）';
const USER_RULE = { range: 'A2:F4', formula: '$F2="整改中"', fill: '#FFF2CC', font: '#7F6000' };
const HEADERS = ['问题编号', '被巡察单位', '问题描述', '反馈日期', '整改时限', '整改状态'];

const env = (today: string): CommandEnv => ({ lang: 'zh', today, now: `${today} 09:30:00`, user: '测试员' });

/** A 问题清单 as someone keeps it by hand: some columns and rows, their own width, date format, note, rule and frozen pane. */
function usersWorkbook(): Plan {
  const plan = emptyPlan();
  plan.sheets.push({ name: '问题清单', create: true, freeze: { rows: 1, columns: 1 }, widths: { 4: 30 } });
  plan.writes.push({ sheet: '问题清单', row: 1, column: 1, values: [HEADERS] });
  plan.writes.push({
    sheet: '问题清单',
    row: 2,
    column: 1,
    values: [
      ['XC-01', '市住建局', '专题学习流于形式', 45400, '1个月', '整改中'],
      ['XC-02', '市住建局', '督查检查考核过多', 45420, '30天', '整改中'],
      ['XC-03', '市住建局', '会议记录不全', 45380, '立行立改', '已销号'],
    ],
    numberFormats: [null, null, null, USER_DATE, null, null],
  });
  plan.notes.push({ sheet: '问题清单', address: 'C1', text: USER_NOTE });
  plan.conditionalFormats.push({
    sheet: '问题清单',
    range: USER_RULE.range,
    formula: `=${USER_RULE.formula}`,
    fill: { background: USER_RULE.fill, font: USER_RULE.font },
    priority: 1,
    id: 'user',
    replaces: [],
  });
  return plan;
}

/** A flat legacy sheet, one header row, as offices keep them. */
function legacyBook(): WorkbookSnapshot {
  const sheet = emptySheet('Sheet1');
  sheet.values = [
    ['序号', '被巡察单位', '问题描述', '反馈日期', '整改时限', '整改措施', '责任人', '整改状态'],
    [1, '市教育局', '三重一大制度执行不严', 45300, '1个月', '修订议事规则', '张三', '整改中'],
    [2, '市教育局', '公车管理不规范', 45310, '立行立改', '建立用车台账', '李四', '已销号'],
    [3, '市教育局', '干部档案不全', 45320, '3个月', '补齐档案', '王五', '未启动'],
  ];
  return { sheets: [sheet], user: 'x', readAt: '2025-01-01T00:00:00.000Z' };
}

/** Records the finalised plan a port is given. */
function recording<A>(port: WorkbookPort<A>, plans: (Plan | null)[]): WorkbookPort<A> {
  plans.push(null);
  return {
    read: () => port.read(),
    apply: (plan, snapshot) => {
      plans[plans.length - 1] = plan;
      return port.apply(plan, snapshot);
    },
  };
}

/** The same workbook on both surfaces: the fake Excel host, and an .xlsx file. */
class Pair {
  readonly officePlans: (Plan | null)[] = [];
  readonly filePlans: (Plan | null)[] = [];

  private constructor(
    readonly host: FakeExcel,
    readonly file: string,
  ) {}

  /** Both surfaces start from the same workbook, built by the same plan (or empty). */
  static async start(name: string, start: Plan | null): Promise<Pair> {
    const file = join(mkdtempSync(join(tmpdir(), 'rl-agree-')), `${name}.xlsx`);
    // At the newest level, where the Office.js port writes notes as the file port does: the two agree on everything.
    const host = new FakeExcel(new FakeWorkbook(), { excelApi: NEWEST_EXCEL_API });
    if (start) {
      await host.run(async (ctx) => applyOffice(ctx, start, { snapshot: await readSnapshot(ctx) }));
      await writePlanToFile(start, file);
    }
    return new Pair(host, file);
  }

  async run<R>(command: Command<R>, e: CommandEnv): Promise<void> {
    await this.host.run((ctx) =>
      runCommand(recording(officePort(ctx, { stats: newStats(), user: e.user }), this.officePlans), command, e),
    );
    const input = existsSync(this.file) ? this.file : null;
    const port = filePort({ input, output: this.file, backup: false, user: e.user, readAt: `${e.today}T00:00:00Z` });
    await runCommand(recording(port, this.filePlans), command, e);
  }

  async models(): Promise<{ office: WorkbookModel; xlsx: WorkbookModel }> {
    return { office: modelOfFake(this.host.workbook), xlsx: modelOfExcelJS(await loadWorkbookFile(this.file)) };
  }

  /** Both models, after checking they agree in every aspect. */
  async agreed(): Promise<WorkbookModel> {
    const { office, xlsx } = await this.models();
    expectAgree(office, xlsx);
    expect(this.officePlans).toEqual(this.filePlans);
    return office;
  }
}

const ASPECTS: (keyof SheetModel)[] = [
  'visibility',
  'protected',
  'cells',
  'widths',
  'validations',
  'rules',
  'notes',
  'frozen',
  'tables',
  'merges',
  'print',
  'wrap',
];

/** Sheet by sheet and aspect by aspect, so a difference names where it is. */
function expectAgree(office: WorkbookModel, xlsx: WorkbookModel): void {
  expect(Object.keys(office.sheets)).toEqual(Object.keys(xlsx.sheets));
  for (const [name, sheet] of Object.entries(office.sheets)) {
    for (const aspect of ASPECTS) {
      expect([name, aspect, sheet[aspect]]).toEqual([name, aspect, xlsx.sheets[name][aspect]]);
    }
  }
  expect(office.names).toEqual(xlsx.names);
}

/** The user's own things on 问题清单, as they were set up. */
function expectUsersThings(p: SheetModel): void {
  expect(p.notes.C1).toBe(USER_NOTE);
  expect(p.rules).toContainEqual(USER_RULE);
  expect(p.widths[4]).toBe(widthToPoints(30));
  expect(p.frozen).toEqual({ rows: 1, columns: 1 });
  for (const a of ['D2', 'D3', 'D4']) expect([a, p.cells[a].format]).toEqual([a, USER_DATE]);
}

describe('the Office.js and .xlsx adapters agree', () => {
  let pair: Pair;

  beforeAll(async () => {
    pair = await Pair.start('ledger', usersWorkbook());
  });

  test('the starting workbook is the same on both', async () => {
    const start = await pair.agreed();
    expectUsersThings(start.sheets['问题清单']);
    expect(start.sheets['问题清单'].rules).toEqual([USER_RULE]);
  });

  test("structure on the user's formatted workbook: the same result, and the user's things survive on both", async () => {
    await pair.run(structureCommand(), env('2024-06-03'));
    const after = await pair.agreed();
    const p = after.sheets['问题清单'];
    expectUsersThings(p);
    expect(p.cells.A2).toEqual({ value: 'XC-01' });
    expect(p.cells.D2).toEqual({ value: 45400, format: USER_DATE });
    // Our rules come first, in the plan's order, and the user's rule after them.
    expect(p.rules.length).toBeGreaterThan(1);
    expect(p.rules[p.rules.length - 1]).toEqual(USER_RULE);
    expect(p.rules.slice(0, -1).every((r) => /RL_DUESOONDAYS|TODAY\(\)|已销号/i.test(r.formula))).toBe(true);
    // Our notes went only where there was none; widths only on the columns the user had not sized.
    expect(Object.keys(p.notes).length).toBeGreaterThan(1);
    expect(Object.keys(p.widths).length).toBeGreaterThan(1);
    expect(Object.keys(p.validations).length).toBeGreaterThan(0);
    expect(p.tables).toHaveLength(1);
    expect(Object.keys(after.names)).toContain('RL_DueSoonDays');
    expect(pair.officePlans[0]).not.toBeNull();
  });

  test('a second structure plans the same on both and changes nothing they hold', async () => {
    const before = await pair.models();
    await pair.run(structureCommand(), env('2024-06-03'));
    const after = await pair.agreed();
    expect(after.sheets['问题清单']).toEqual(before.office.sheets['问题清单']);
    const plan = pair.officePlans[pair.officePlans.length - 1];
    expect(plan?.writes ?? []).toEqual([]);
    expect(plan?.sheets.filter((s) => s.widths || s.freeze) ?? []).toEqual([]);
  });

  test('refresh after a date changed writes the same on both', async () => {
    pair.host.workbook.sheet('问题清单')!.type(2, 4, 45440);
    const wb = await loadWorkbookFile(pair.file);
    wb.getWorksheet('问题清单')!.getCell('D2').value = 45440;
    await saveWorkbookAtomic(wb, pair.file);
    await pair.run(refreshCommand(), env('2024-06-10'));
    const after = await pair.agreed();
    const p = after.sheets['问题清单'];
    expect(p.cells.D2).toEqual({ value: 45440, format: USER_DATE });
    expectUsersThings(p);
    expect(pair.officePlans[pair.officePlans.length - 1]?.writes.length).toBeGreaterThan(0);
  });

  test('report: the generated sheets are the same on both', async () => {
    await pair.run(reportCommand(), env('2024-06-10'));
    const after = await pair.agreed();
    for (const name of ['整改台账', '统计', '督办清单']) {
      expect([name, after.sheets[name]?.protected]).toEqual([name, true]);
      expect(Object.keys(after.sheets[name].cells).length).toBeGreaterThan(5);
    }
    expectUsersThings(after.sheets['问题清单']);
    // Printing, set on the sheets report created: A4 landscape one page across, banner and header on every page,
    // 整改台账's twelve core columns, long texts wrapped (the same on both, compared above).
    expect(after.sheets['整改台账'].print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      pagesWide: 1,
      titleRows: '1:3',
      area: 'A1:L1048576',
      texts: { leftHeader: '&A', rightHeader: '打印日期：&D', centerFooter: '第 &P 页，共 &N 页' },
    });
    expect(after.sheets['整改台账'].wrap).toMatch(/^A3:R\d+$/);
    // Row heights follow the wrapped text: Excel measures the data rows, the .xlsx carries estimated heights.
    expect(pair.host.workbook.sheet('整改台账')!.autofitRows).toEqual([{ first: 3, last: expect.any(Number) }]);
    expect(after.sheets['统计'].print).toMatchObject({ pagesWide: 1, titleRows: '', area: '' });
  });
});

test('import of a small legacy sheet into an empty workbook is the same on both', async () => {
  const pair = await Pair.start('import', null);
  await pair.run(importCommand([{ file: '旧台账.xlsx', snapshot: legacyBook() }], { lang: 'zh' }), env('2024-06-10'));
  const after = await pair.agreed();
  const p = after.sheets['问题清单'];
  expect(Object.values(p.cells).some((c) => c.value === '三重一大制度执行不严')).toBe(true);
  expect(p.tables).toHaveLength(1);
  expect(p.frozen).toEqual({ rows: 1, columns: 0 });
  expect(Object.keys(after.sheets)).toEqual(expect.arrayContaining(['问题清单', '任务清单', '_lists', '_log']));
});

test('a table name never takes a defined name, on both: the problem table is Problems2', async () => {
  const pair = await Pair.start('names', usersWorkbook());
  await pair.host.run(async (ctx) => {
    ctx.workbook.names.add('Problems', '=问题清单!$A$1');
    await ctx.sync();
  });
  const wb = await loadWorkbookFile(pair.file);
  wb.definedNames.add('问题清单!$A$1', 'Problems');
  await saveWorkbookAtomic(wb, pair.file);
  await pair.run(structureCommand(), env('2024-06-03'));
  const after = await pair.agreed();
  expect(after.sheets['问题清单'].tables.map((t) => t.name)).toEqual(['Problems2']);
});

test('rebuilding a generated sheet unmerges its cells, on both', async () => {
  const pair = await Pair.start('merges', usersWorkbook());
  await pair.run(structureCommand(), env('2024-06-03'));
  await pair.run(reportCommand(), env('2024-06-10'));
  pair.host.workbook.sheet('整改台账')!.merges = ['A5:C6'];
  const wb = await loadWorkbookFile(pair.file);
  wb.getWorksheet('整改台账')!.mergeCells('A5:C6');
  await saveWorkbookAtomic(wb, pair.file);
  expect((await pair.models()).xlsx.sheets['整改台账'].merges).toEqual(['A5:C6']);
  await pair.run(reportCommand(), env('2024-06-11'));
  const after = await pair.agreed();
  expect(after.sheets['整改台账'].merges).toEqual([]);
});
