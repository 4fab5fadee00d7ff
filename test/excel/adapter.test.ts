/**
 * The Office.js adapter against the fake Excel host: what a plan says is what
 * the workbook holds afterwards, typed text survives exactly, reads and writes
 * cost a fixed number of round trips plus one per payload chunk, and no
 * request or response goes over Excel on the web's 5 MB limit.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { applyPlan, readSnapshot, newStats, widthToPoints } from '../../src/excel';
import { pointsToWidth } from '../../src/excel/read/layout';
import { emptyPlan, type Plan } from '../../src/engine/core/plan';
import { type WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { checkLog, finalizePlan } from '../../src/engine';
import { FakeExcel, FakeWorkbook, NEWEST_EXCEL_API } from '../fakeExcel';

const TRICKY = ['=1+1', '2024-03-05', '007', 'TRUE', '-整改', '+86 138', '50%', "'quoted", '#N/A', '3/5', '普通文本'];

function read(host: FakeExcel, stats = newStats()): Promise<WorkbookSnapshot> {
  return host.run((ctx) => readSnapshot(ctx, { stats, user: 'tester', now: () => new Date('2025-01-02T03:04:05Z') }));
}

describe('fake host behaves like Office.js where it matters', () => {
  /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read --
     this test reads before sync on purpose: the fake must throw as Office.js does */
  test('a property read before load + sync throws PropertyNotLoaded, after it works', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ A: [['x']] }));
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1');
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['x']]);
      // Writes are queued: nothing changes before sync.
      r.values = [['y']];
      expect(host.workbook.sheet('A')!.valueAt(1, 1)).toBe('x');
      await ctx.sync();
      expect(host.workbook.sheet('A')!.valueAt(1, 1)).toBe('y');
    });
  });

  /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read */

  test('a plain string is typed like Excel types it (this is what the adapter must avoid)', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ A: [[]] }));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:C1').values = [['=1+1', '2024-03-05', '007']];
      await ctx.sync();
    });
    const s = host.workbook.sheet('A')!;
    expect(s.cell(1, 1)!.formula).toBe('=1+1');
    expect(s.valueAt(1, 2)).toBe(45356);
    expect(s.valueAt(1, 3)).toBe(7);
  });

  test('requests over the payload limit fail at sync and change nothing', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ A: [[]] }), { payloadLimit: 1000 });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1:A100').values = Array.from({ length: 100 }, () => [
          '0123456789',
        ]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.workbook.sheet('A')!.cells.size).toBe(0);
  });
});

describe('readSnapshot', () => {
  test('reads values, real formulas, quote-prefixed text, tables, visibility and protection', async () => {
    const wb = FakeWorkbook.from({
      问题清单: [
        ['问题编号', '反馈日期', '备注'],
        ['P1', 45356, '=不是公式'],
        ['P2', 45357],
      ],
    });
    const s = wb.sheet('问题清单')!;
    s.cells.set(s.key(2, 3), { value: '=不是公式', quotePrefix: true });
    s.cells.set(s.key(3, 3), { value: 2, formula: '=1+1' });
    s.tables.push({ name: 'Problems', ref: 'A1:C3' });
    const hidden = wb.addSheet('_settings');
    hidden.visibility = 'Hidden';
    hidden.protection = { protected: true };
    const host = new FakeExcel(wb);
    const stats = newStats();
    const snap = await read(host, stats);
    expect(snap.sheets.map((x) => [x.name, x.visibility, !!x.protected])).toEqual([
      ['问题清单', 'visible', false],
      ['_settings', 'hidden', true],
    ]);
    const p = snap.sheets[0];
    expect(p.values).toEqual([
      ['问题编号', '反馈日期', '备注'],
      ['P1', 45356, '=不是公式'],
      ['P2', 45357, 2],
    ]);
    expect(p.formulas).toEqual({ C3: '=1+1' });
    expect(p.tables).toEqual([{ name: 'Problems', ref: 'A1:C3' }]);
    expect(snap.sheets[1].values).toEqual([]);
    expect(snap.user).toBe('tester');
    expect(snap.readAt).toBe('2025-01-02T03:04:05.000Z');
    expect(stats.syncs).toBe(host.syncs.length);
    // sheets + extents, one chunk of `formulas`, then the values of the two cells that start with '='.
    expect(stats.syncs).toBe(4);
    expect(stats.readChunks).toBe(2);
  });
});

describe("readSnapshot: the user's arrangement", () => {
  test('frozen panes and the widths of sized columns, with no extra round trip', async () => {
    const wb = FakeWorkbook.from({
      A: [['问题编号', '反馈日期', '备注']],
      B: [['x']],
      C: [['y', 'z']],
    });
    const a = wb.sheet('A')!;
    a.freeze = { rows: 1, columns: 0 };
    a.widths.set(2, widthToPoints(30));
    a.widths.set(9, widthToPoints(12)); // beyond the used columns: not read
    wb.sheet('B')!.freeze = { rows: 2, columns: 1 };
    wb.sheet('C')!.freeze = { rows: 0, columns: 2 };
    const host = new FakeExcel(wb);
    const stats = newStats();
    const snap = await read(host, stats);
    expect(snap.sheets.map((s) => [s.name, s.frozen, s.customWidths])).toEqual([
      ['A', { rows: 1, columns: 0 }, { 2: 30 }],
      ['B', { rows: 2, columns: 1 }, {}],
      ['C', { rows: 0, columns: 2 }, {}],
    ]);
    // Sheets, extents (with frozen panes), one chunk of `formulas` (with the widths).
    expect(stats.syncs).toBe(3);
    expect(widthToPoints(pointsToWidth(widthToPoints(8.43)))).toBe(widthToPoints(8.43));
  });
});

describe("applyPlan keeps what is the user's", () => {
  async function structured(setup: (wb: FakeWorkbook) => void) {
    const wb = FakeWorkbook.from({
      S: [
        ['编号', '状态'],
        ['P1', '整改中'],
        ['P2', '已销号'],
      ],
    });
    setup(wb);
    // Notes are ExcelApi 1.18: this Excel has them (the older one is tested below).
    const host = new FakeExcel(wb, { excelApi: NEWEST_EXCEL_API });
    const snapshot = await read(host);
    const plan = emptyPlan();
    plan.conditionalFormats.push(
      {
        sheet: 'S',
        range: 'A2:B3',
        formula: '=$B2="已销号"',
        fill: { background: '#E2F0D9', font: '#375623' },
        priority: 2,
        id: 'closed',
        replaces: ['$B2="已销号"', 'RL_DueSoonDays'],
      },
      {
        sheet: 'S',
        range: 'A2:B3',
        formula: '=$B2="整改中"',
        fill: { background: '#FDE9E7', font: '#9C0006' },
        priority: 1,
        id: 'open',
        replaces: ['$B2="整改中"'],
      },
    );
    plan.notes.push({ sheet: 'S', address: 'A1', text: '编号说明' }, { sheet: 'S', address: 'B1', text: '状态说明' });
    const result = await host.run((ctx) => applyPlan(ctx, plan, { snapshot }));
    return { host, sheet: wb.sheet('S')!, result };
  }

  test("conditional formats: earlier rules of ours are replaced, the user's stay, ours come first in order", async () => {
    const { sheet } = await structured((wb) => {
      const s = wb.sheet('S')!;
      s.reorderRules([
        {
          range: 'A2:B3',
          type: 'Custom',
          formula: '= $b2 = "已销号"',
          fill: '#000000',
          stopIfTrue: false,
          priority: 0,
        },
        { range: 'B2:B3', type: 'Custom', formula: '=LEN($B2)>5', fill: '#123456', stopIfTrue: false, priority: 1 },
        { range: 'A2:A3', type: 'DataBar', stopIfTrue: false, priority: 2 },
        {
          range: 'C2:C3',
          type: 'Custom',
          formula: '=$C2>RL_DueSoonDays',
          fill: '#111111',
          stopIfTrue: false,
          priority: 3,
        },
      ]);
    });
    expect(sheet.rulesInOrder().map((r) => [r.type, r.formula ?? null])).toEqual([
      ['Custom', '=$B2="整改中"'],
      ['Custom', '=$B2="已销号"'],
      ['Custom', '=LEN($B2)>5'],
      ['DataBar', null],
    ]);
  });

  test('notes: a cell that has a note keeps it, whatever it says; the others get ours; one request for them', async () => {
    const { sheet, result, host } = await structured((wb) => wb.sheet('S')!.notes.set('A1', '我的备注'));
    expect(Object.fromEntries(sheet.notes)).toEqual({ A1: '我的备注', B1: '状态说明' });
    expect(result.degraded).toEqual([]);
    // The read's 3, then prep, one write batch and the notes' own request.
    expect(host.syncs.length).toBe(3 + 3);
  });
});

describe('the fake host is as strict as Excel about conditional formats', () => {
  test('custom is only there on a custom format; a format moved by priority must be fetched again', async () => {
    const wb = FakeWorkbook.from({ S: [['x']] });
    wb.sheet('S')!.reorderRules([{ range: 'A1', type: 'DataBar', stopIfTrue: false, priority: 0 }]);
    const host = new FakeExcel(wb);
    await expect(
      host.run(async (ctx) => {
        const formats = ctx.workbook.worksheets.getItem('S').getRange().conditionalFormats;
        formats.load('items/custom/rule/formula');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      host.run(async (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1')
          .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        cf.priority = 1;
        cf.custom.rule.formula = '=TRUE';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

/** The sample plan as every command hands it to the adapter: its log entries already chained `_log` rows. */
function samplePlan(snapshot: WorkbookSnapshot): Plan {
  return finalizePlan(rawSamplePlan(), snapshot, {
    action: 'log.action.init',
    time: '2025-01-02T03:04:05Z',
    user: 'tester',
  }).plan;
}

function rawSamplePlan(): Plan {
  const plan = emptyPlan();
  plan.sheets.push(
    {
      name: '问题清单',
      create: true,
      freeze: { rows: 1, columns: 0 },
      widths: { 1: 12, 2: 40 },
      tabColor: '#1F6FB2',
      print: {
        orientation: 'landscape' as const,
        pagesWide: 2,
        titleRows: { first: 1, last: 1 },
        area: 'A:D',
        header: { left: '&A', right: '打印日期：&D' },
        footer: { center: '第 &P 页，共 &N 页' },
      },
      wrapBlock: { first: 2, last: 3, columns: 4 },
    },
    { name: '_lists', create: true, visibility: 'hidden' },
    { name: '_log', create: true, visibility: 'hidden', protect: { password: '' } },
  );
  plan.writes.push({ sheet: '_lists', row: 1, column: 1, values: [['整改状态'], ['未启动'], ['整改中'], ['已销号']] });
  plan.tables.push({
    sheet: '问题清单',
    name: 'Problems',
    ref: 'A1:D3',
    headers: ['问题编号', '问题描述', '反馈日期', '整改状态'],
  });
  plan.writes.push({
    sheet: '问题清单',
    row: 2,
    column: 1,
    values: [
      ['P-001', TRICKY.join(' | '), 45356, '整改中'],
      ['=1+1', '2024-03-05', 45357, null],
    ],
    numberFormats: [null, null, 'yyyy-mm-dd', null],
  });
  plan.writes.push({ sheet: '问题清单', row: 6, column: 1, values: [TRICKY] });
  plan.validations.push({
    sheet: '问题清单',
    range: 'D2:D3',
    listFormula: '=_lists!$A$2:$A$4',
    allowBlank: true,
    errorTitle: '整改状态',
    errorMessage: '请从下拉列表中选择',
  });
  plan.conditionalFormats.push(
    {
      sheet: '问题清单',
      range: 'A2:D3',
      formula: '=$D2="已销号"',
      fill: { background: '#E2F0D9', font: '#375623' },
      priority: 2,
      id: 'closed',
      replaces: ['$D2="已销号"'],
    },
    {
      sheet: '问题清单',
      range: 'A2:D3',
      formula: '=AND($C2<>"",$C2<TODAY())',
      fill: { background: '#FDE9E7', font: '#9C0006' },
      priority: 1,
      id: 'overdue',
      stopIfTrue: true,
      replaces: ['$C2<TODAY()'],
    },
  );
  plan.names.push({ name: 'RL_DueSoonDays', ref: '=_settings!$B$2' });
  plan.notes.push({ sheet: '问题清单', address: 'A1', text: '每个问题一个唯一编号' });
  plan.log.push({
    sheet: '问题清单',
    address: 'A1',
    oldValue: null,
    newValue: '=danger',
  });
  return plan;
}

describe('applyPlan', () => {
  test('writes what the plan says: table, values kept exactly as typed, formats, dropdowns, colours, names, notes, log', async () => {
    const host = new FakeExcel(new FakeWorkbook(), { excelApi: NEWEST_EXCEL_API });
    host.workbook.addSheet('Sheet1');
    const snapshot = await read(host);
    const plan = samplePlan(snapshot);
    const result = await host.run((ctx) => applyPlan(ctx, plan, { snapshot }));
    const wb = host.workbook;
    const p = wb.sheet('问题清单')!;
    expect(p.tables).toEqual([{ name: 'Problems', ref: 'A1:D3' }]);
    expect(p.row(1).slice(0, 4)).toEqual(['问题编号', '问题描述', '反馈日期', '整改状态']);
    // Every string is stored as the text the plan had: no formula, no date, no number.
    expect(p.row(2).slice(0, 4)).toEqual(['P-001', TRICKY.join(' | '), 45356, '整改中']);
    expect(p.row(3).slice(0, 4)).toEqual(['=1+1', '2024-03-05', 45357, '']);
    expect(p.row(6).slice(0, TRICKY.length)).toEqual(TRICKY);
    expect([...p.cells.values()].filter((c) => c.formula)).toEqual([]);
    expect(p.cell(2, 3)!.numberFormat).toBe('yyyy-mm-dd');
    expect(p.validations).toEqual([
      {
        range: 'D2:D3',
        rule: { list: { inCellDropDown: true, source: '=_lists!$A$2:$A$4' } },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: 'Stop', title: '整改状态', message: '请从下拉列表中选择' },
      },
    ]);
    const cfs = [...p.conditionalFormats].sort((a, b) => a.priority - b.priority);
    expect(cfs.map((c) => [c.formula, c.fill, c.font, c.stopIfTrue])).toEqual([
      ['=AND($C2<>"",$C2<TODAY())', '#FDE9E7', '#9C0006', true],
      ['=$D2="已销号"', '#E2F0D9', '#375623', false],
    ]);
    expect(p.freeze).toEqual({ rows: 1, columns: 0 });
    expect(p.widths.get(2)).toBe(widthToPoints(40));
    // 40 characters = 280 px = 210 pt, the width ExcelJS stores for the .xlsx surface.
    expect(widthToPoints(40)).toBe(210);
    expect(p.tabColor).toBe('#1F6FB2');
    // Printing as the plan says: A4, two pages across, the header row on every page, columns A–D, page texts.
    expect(p.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      titleRows: '1:1',
      printArea: { top: 1, left: 1, bottom: 1048576, right: 4 },
      texts: { leftHeader: '&A', rightHeader: '打印日期：&D', centerFooter: '第 &P 页，共 &N 页' },
    });
    expect(p.formatBlocks).toEqual([{ address: 'A2:D3', wrapText: true, verticalAlignment: 'Top' }]);
    expect(p.autofitRows).toEqual([{ first: 2, last: 3 }]);
    expect(p.notes.get('A1')).toBe('每个问题一个唯一编号');
    expect(wb.sheet('_lists')!.visibility).toBe('Hidden');
    expect(wb.names.get('RL_DueSoonDays')).toBe('=_settings!$B$2');
    const log = wb.sheet('_log')!;
    expect(log.protection.protected).toBe(true);
    // The engine's hash-chained row (序号 … 校验码); the adapter only wrote the cells.
    expect(log.row(1).slice(0, 9)).toEqual([
      '序号',
      '时间',
      '操作',
      '工作表',
      '单元格',
      '原值',
      '新值',
      '操作人',
      '校验码',
    ]);
    expect(log.row(2).slice(0, 9)).toEqual([
      1,
      '2025-01-02T03:04:05Z',
      '建立结构',
      '问题清单',
      'A1',
      '',
      '=danger',
      'tester',
      expect.stringMatching(/^[0-9a-f]{14}$/),
    ]);
    expect(result.degraded).toEqual([]);
    expect(host.calculationSuspensions).toBeGreaterThanOrEqual(1);

    // Read back: the snapshot holds exactly what the plan wrote.
    const again = await read(host);
    const sp = again.sheets.find((s) => s.name === '问题清单')!;
    expect(sp.values[2]).toEqual(['=1+1', '2024-03-05', 45357]);
    expect(sp.values[5]).toEqual(TRICKY.map((t) => (t === '#N/A' ? { error: '#N/A' } : t)));
    expect(sp.formulas).toEqual({});
    expect(checkLog(again, 'zh')).toEqual([]);
  });

  test('a second run of the same plan appends to _log behind the protected rows and does not stack rules', async () => {
    const host = new FakeExcel(new FakeWorkbook());
    host.workbook.addSheet('Sheet1');
    const again = async () =>
      host.run(async (ctx) => {
        const snapshot = await readSnapshot(ctx);
        return applyPlan(ctx, samplePlan(snapshot), { snapshot });
      });
    await again();
    const log = host.workbook.sheet('_log')!;
    const rows = log.grid().length; // header + the sample's entry + every cell the first run filled
    await again();
    const p = host.workbook.sheet('问题清单')!;
    expect(p.conditionalFormats).toHaveLength(2);
    expect(p.tables).toHaveLength(1);
    // The second run changes no cell: only the plan's own entry is appended, numbered on from the first run's.
    expect(log.grid().length).toBe(rows + 1);
    expect(log.row(rows + 1).slice(0, 3)).toEqual([rows, '2025-01-02T03:04:05Z', '建立结构']);
    expect(checkLog(await read(host), 'zh')).toEqual([]);
    expect(log.protection.protected).toBe(true);
  });

  test('co-authoring guard: a cell changed since the read stops the command before anything is written', async () => {
    const host = new FakeExcel(
      FakeWorkbook.from({
        问题清单: [
          ['问题编号', '整改期限'],
          ['P1', 45000],
        ],
      }),
    );
    const snapshot = await read(host);
    host.workbook.sheet('问题清单')!.type(2, 2, 45001); // a colleague types meanwhile
    const plan = emptyPlan();
    plan.writes.push({ sheet: '问题清单', row: 2, column: 2, values: [[45100]] });
    plan.expect = [{ sheet: '问题清单', address: 'B2', value: 45000 }];
    await expect(host.run((ctx) => applyPlan(ctx, plan, { snapshot }))).rejects.toMatchObject({
      code: 'excel.stale',
      params: { sheet: '问题清单', cell: 'B2', count: 1 },
    });
    expect(host.workbook.sheet('问题清单')!.valueAt(2, 2)).toBe(45001);
  });

  test('an older Excel without the notes API (ExcelApi 1.8) still gets everything else and a message', async () => {
    const host = new FakeExcel(new FakeWorkbook(), { excelApi: '1.8' });
    host.workbook.addSheet('Sheet1');
    host.install();
    try {
      const snapshot = await read(host);
      const result = await host.run((ctx) => applyPlan(ctx, samplePlan(snapshot), { snapshot }));
      expect(result.degraded.map((d) => d.key)).toEqual(['excel.degraded.notes']);
      expect(host.workbook.sheet('问题清单')!.notes.size).toBe(0);
      expect(host.workbook.sheet('问题清单')!.tables).toHaveLength(1);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
      delete (globalThis as Record<string, unknown>).Excel;
    }
  });
});
