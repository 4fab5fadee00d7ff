/**
 * The fake Excel host is as strict as Excel where Excel is stricter than a
 * lenient fake would be. Each test shows one documented rule (the sources are
 * cited beside the rules in test/fakeExcel/), so an adapter that relies on
 * leniency fails here as it would in Excel.
 *
 * @timezone the fake host reads '3/5' in the current year of the machine's local date
 */
import { FakeExcel, FakeWorkbook, MAX_CELL_CHARS, NEWEST_EXCEL_API, PAYLOAD_LIMIT } from '../fakeExcel';

/* eslint-disable office-addins/call-sync-before-read --
   these tests drive the fake host directly, some of them into errors on purpose */

type Ctx = Excel.RequestContext;

function twoSheets(): FakeExcel {
  const wb = FakeWorkbook.from({
    Data: [
      ['编号', '状态'],
      ['P1', '整改中'],
    ],
    Other: [['x']],
  });
  wb.active = 1; // the user is looking at "Other"
  return new FakeExcel(wb, { excelApi: NEWEST_EXCEL_API });
}

const fails = (host: FakeExcel, work: (ctx: Ctx) => void) =>
  host.run(async (ctx) => {
    work(ctx);
    await ctx.sync();
  });

describe('addresses without a sheet name are on the active sheet', () => {
  test('tables.add("A1:B2") of another sheet lands on the active sheet; a Range object on its own sheet', async () => {
    const host = twoSheets();
    await fails(host, (ctx) => void ctx.workbook.worksheets.getItem('Data').tables.add('A1:B2', true));
    expect(host.workbook.sheet('Other')!.tables).toHaveLength(1);
    expect(host.workbook.sheet('Data')!.tables).toHaveLength(0);
    await fails(host, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.tables.add(ws.getRange('A1:B2'), true);
    });
    expect(host.workbook.sheet('Data')!.tables).toHaveLength(1);
  });

  test('notes.add("A1") is on the active sheet; resize("A1:B3") of a table on another sheet fails', async () => {
    const host = twoSheets();
    await fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').notes.add('A1', 'n'));
    expect(host.workbook.sheet('Other')!.notes.get('A1')).toBe('n');
    host.workbook.sheet('Data')!.tables.push({ name: 'T', ref: 'A1:B2' });
    await expect(fails(host, (ctx) => ctx.workbook.tables.getItem('T').resize('A1:B3'))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });
});

describe('null objects', () => {
  test('a *OrNullObject look-up of a missing item is a null object; a method called on it fails', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ Blank: [] }), { excelApi: NEWEST_EXCEL_API });
    await host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
      used.load('address');
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
    await expect(
      fails(host, (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
        used.getMergedAreasOrNullObject().load('areas/items/address');
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('merged areas', () => {
  function merged(n: number): FakeExcel {
    const wb = FakeWorkbook.from({ S: [['a']] });
    wb.sheet('S')!.merges = Array.from({ length: n }, (_, i) => `A${i + 2}:B${i + 2}`);
    return new FakeExcel(wb, { excelApi: NEWEST_EXCEL_API });
  }
  const read = (host: FakeExcel, address: string) =>
    host.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject();
      areas.load('areas/items/address');
      await ctx.sync();
      return areas.isNullObject ? [] : areas.areas.items.map((a) => a.address);
    });

  test('more than 512 in the range fail; 512 do not', async () => {
    await expect(read(merged(513), 'A1:B600')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(await read(merged(512), 'A1:B600')).toHaveLength(512);
  });

  test('only areas whose top-left cell is in the range are returned', async () => {
    expect(await read(merged(3), 'B2:B4')).toEqual([]);
    expect(await read(merged(3), 'A3:A9')).toEqual(['S!A3:B3', 'S!A4:B4']);
  });
});

describe('tables', () => {
  test('a table cannot cover merged cells or another table (MergedRangeConflict), nor take a defined name', async () => {
    const host = twoSheets();
    const data = host.workbook.sheet('Data')!;
    data.merges = ['A2:B2'];
    const add = (ref: string) =>
      fails(host, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Data');
        ws.tables.add(ws.getRange(ref), true);
      });
    await expect(add('A1:B2')).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    data.merges = [];
    await add('A1:B2');
    await expect(add('B1:C2')).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    host.workbook.names.set('Problems', '=Data!$A$1');
    await expect(
      fails(host, (ctx) => void (ctx.workbook.tables.getItem('Table1').name = 'problems')),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(fails(host, (ctx) => void ctx.workbook.names.add('TABLE1', '=Data!$A$1'))).rejects.toMatchObject({
      code: 'ItemAlreadyExists',
    });
  });
});

describe('protection', () => {
  test('a protected sheet refuses values, formats, validation, rules, notes, freezing; widths only when allowed', async () => {
    const host = twoSheets();
    host.workbook.sheet('Data')!.protection = { protected: true, password: 'pw' };
    const refused = (f: (ws: Excel.Worksheet) => void) =>
      expect(fails(host, (ctx) => f(ctx.workbook.worksheets.getItem('Data')))).rejects.toMatchObject({
        code: 'AccessDenied',
      });
    await refused((ws) => void (ws.getRange('A3').values = [['x']]));
    await refused((ws) => void (ws.getRange('A3').numberFormat = [['@']]));
    await refused(
      (ws) => void (ws.getRange('A3').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }),
    );
    await refused((ws) => void ws.getRange('A3').conditionalFormats.add('Custom' as Excel.ConditionalFormatType));
    await refused((ws) => ws.notes.add(ws.getRange('A3'), 'n'));
    await refused((ws) => ws.freezePanes.freezeRows(1));
    await refused((ws) => void (ws.getRange('A:A').format.columnWidth = 100));
    host.workbook.sheet('Data')!.protection.options = { allowFormatColumns: true };
    await fails(host, (ctx) => void (ctx.workbook.worksheets.getItem('Data').getRange('A:A').format.columnWidth = 100));
  });

  test('protecting a protected sheet fails; a wrong password is BadPassword', async () => {
    const host = twoSheets();
    host.workbook.sheet('Data')!.protection = { protected: true, password: 'pw' };
    await expect(
      fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').protection.protect()),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').protection.unprotect('nope')),
    ).rejects.toMatchObject({ code: 'BadPassword' });
  });
});

describe('selection and hidden sheets', () => {
  test('a hidden sheet cannot be activated and its cells cannot be selected', async () => {
    const host = twoSheets();
    host.workbook.sheet('Data')!.visibility = 'Hidden';
    await expect(fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').activate())).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').getRange('A1').select())).rejects.toThrow(
      /hidden/,
    );
  });

  test('with several ranges selected getSelectedRange throws; getSelectedRanges gives them all', async () => {
    const host = twoSheets();
    host.workbook.selection = { sheet: 'Data', address: 'B2:C3,E5' };
    await expect(fails(host, (ctx) => ctx.workbook.getSelectedRange().load('address'))).rejects.toMatchObject({
      code: 'InvalidSelection',
    });
    await host.run(async (ctx) => {
      const areas = ctx.workbook.getSelectedRanges();
      areas.areas.load('items/address,items/rowIndex');
      await ctx.sync();
      expect(areas.areas.items.map((r) => [r.address, r.rowIndex])).toEqual([
        ['Data!B2:C3', 1],
        ['Data!E5', 4],
      ]);
    });
  });
});

describe('errors of the host and limits', () => {
  test('cell-edit mode and a workbook out of focus fail every request with their codes', async () => {
    const host = twoSheets();
    host.faults.cellEditMode = true;
    await expect(fails(host, () => undefined)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    host.faults = { inactiveWorkbook: true };
    await expect(fails(host, () => undefined)).rejects.toMatchObject({ code: 'InactiveWorkbook' });
  });

  test('5,000,000 bytes a request and a response; a read of more than 5,000,000 cells is refused', async () => {
    expect(PAYLOAD_LIMIT).toBe(5_000_000);
    const host = twoSheets();
    const big = 'x'.repeat(30_000);
    await expect(
      fails(
        host,
        (ctx) => void (ctx.workbook.worksheets.getItem('Data').getRange('A1:A170').values = Array(170).fill([big])),
      ),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const s = host.workbook.sheet('Data')!;
    for (let r = 1; r <= 170; r++) s.cells.set(s.key(r, 3), { value: big });
    await expect(
      fails(host, (ctx) => void ctx.workbook.worksheets.getItem('Data').getRange('C1:C170').load('values')),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      fails(host, (ctx) => void ctx.workbook.worksheets.getItem('Data').getRange('A1:E1000001').load('formulas')),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  test('1,048,576 rows, 16,384 columns, 32,767 characters a cell', async () => {
    const host = twoSheets();
    await expect(
      fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').getRange('A1048577').load('values')),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(
      fails(host, (ctx) => ctx.workbook.worksheets.getItem('Data').getRange('XFE1').load('values')),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(
      fails(
        host,
        (ctx) =>
          void (ctx.workbook.worksheets.getItem('Data').getRange('A3').values = [['x'.repeat(MAX_CELL_CHARS + 1)]]),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe("Excel's typing of text written through range.values", () => {
  const TYPED: [string, unknown, Record<string, unknown>?][] = [
    ['007', 7],
    ['50%', 0.5],
    ['1,234.5', 1234.5],
    ['(12)', -12],
    ['1e3', 1000],
    ['TRUE', true],
    ['2024-03-05', 45356],
    ['2024年3月5日', 45356],
    ['#N/A', '#N/A', { error: true }],
    ['=1+1', 0, { formula: '=1+1' }],
    ['+86 138', 0, { formula: '=+86 138' }],
    ['-整改', 0, { formula: '=-整改' }],
    ['@SUM(A1)', 0, { formula: '=SUM(A1)' }],
    ["'007", '007', { quotePrefix: true }],
    ['普通文本', '普通文本'],
  ];

  test('numbers, percentages, dates, booleans, errors and formulas; an apostrophe keeps text', async () => {
    const host = twoSheets();
    await fails(
      host,
      (ctx) =>
        void (ctx.workbook.worksheets.getItem('Data').getRange(`A3:A${TYPED.length + 2}`).values = TYPED.map((t) => [
          t[0],
        ])),
    );
    const s = host.workbook.sheet('Data')!;
    TYPED.forEach(([input, value, extra], i) =>
      expect([input, s.cell(i + 3, 1)]).toEqual([input, { value, ...extra }]),
    );
  });

  test("'3/5' is the fifth of March of the current year", async () => {
    const host = twoSheets();
    await fails(host, (ctx) => void (ctx.workbook.worksheets.getItem('Data').getRange('A3').values = [['3/5']]));
    const year = new Date().getFullYear();
    expect(host.workbook.sheet('Data')!.valueAt(3, 1)).toBe(
      (Date.UTC(year, 2, 5) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
  });

  test("a cell formatted as Text ('@') keeps what is written exactly, apostrophe and '=' included", async () => {
    const host = twoSheets();
    await fails(host, (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A3:A5');
      r.numberFormat = '@' as unknown as string[][];
      r.values = [["'45356"], ['=1+1'], ['007']];
    });
    expect(
      host.workbook
        .sheet('Data')!
        .grid()
        .slice(2)
        .map((r) => r[0]),
    ).toEqual(["'45356", '=1+1', '007']);
  });
});

describe('conditional formats and names', () => {
  test('a rule whose formula uses a name that does not exist is refused; once the name exists it is taken', async () => {
    const host = twoSheets();
    const add = () =>
      fails(host, (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem('Data')
          .getRange('A2:B2')
          .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        cf.custom.rule.formula = '=AND($B2<>"",$B2-TODAY()<=RL_DueSoonDays)';
      });
    await expect(add()).rejects.toMatchObject({ code: 'InvalidArgument' });
    host.workbook.names.set('RL_DueSoonDays', '=Data!$A$1');
    await add();
    // The refused request stopped at the formula: the format added before it is there, without a rule.
    expect(host.workbook.sheet('Data')!.conditionalFormats.map((cf) => cf.formula ?? null)).toEqual([
      '=AND($B2<>"",$B2-TODAY()<=RL_DueSoonDays)',
      null,
    ]);
  });
});

describe('requirement sets and Office.onReady', () => {
  test('a member above the host level fails with ApiNotFound; isSetSupported answers for the level', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ S: [['a']] }), { excelApi: '1.12' });
    expect(host.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(host.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(
      fails(
        host,
        (ctx) =>
          void ctx.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject().load('areaCount'),
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('outside Office, onReady resolves with host and platform null and Excel.run fails', async () => {
    const target: Record<string, unknown> = {};
    new FakeExcel().install(target, { officeHost: null });
    const office = target.Office as typeof Office;
    await expect(office.onReady()).resolves.toEqual({ host: null, platform: null });
    await expect((target.Excel as typeof Excel).run(async () => undefined)).rejects.toBeDefined();
  });
});
