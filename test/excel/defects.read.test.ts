/**
 * Defects of the Office.js adapter's reads, selection and error messages
 * that only a host as strict as Excel shows; each test failed on the strict
 * fake before its fix. Numbers are the audit's.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { generateDemo } from '../../src/demo';
import { WHOLE_WORKBOOK } from '../../src/engine';
import { newStats, readSnapshot } from '../../src/excel';
import { checkLedger, refreshWorkbook, selectCell, structureWorkbook } from '../../src/excel/commands';
import { createPaneHost } from '../../src/taskpane/host';
import { errorText } from '../../src/taskpane/i18n';
import { FakeExcel, FakeWorkbook } from '../fakeExcel';
import { smallSnapshot } from '../engine/ledger/fixture';
import { TODAY, installed, installedFrom, uninstall } from './support';

afterEach(uninstall);

const opts = { lang: 'zh' as const, today: TODAY };

describe('(3) more than 512 merged areas', () => {
  /** A demo ledger whose task list has 600 merged pairs of cells in its data rows. */
  function manyMerges(): FakeExcel {
    const demo = generateDemo({ problems: 200, today: TODAY, lang: 'zh', seed: 3 });
    const host = installedFrom(demo.snapshot);
    host.workbook.sheet('任务清单')!.merges = Array.from({ length: 600 }, (_, i) => `K${i + 2}:L${i + 2}`);
    return host;
  }

  test('are read in smaller bands when Excel refuses a band: check runs and reports each one', async () => {
    manyMerges();
    const check = await checkLedger(opts);
    expect(check.result.findings.filter((f) => f.code === 'merge.inList' && f.sheet === '任务清单')).toHaveLength(600);
    expect(check.degraded).toEqual([]);
  });

  test('when Excel will not list them at all, the command goes on and says so', async () => {
    const host = manyMerges();
    host.faults.mergedAreas = true;
    const check = await checkLedger(opts);
    expect(check.degraded.map((d) => d.key)).toEqual(['excel.degraded.merges']);
    expect(check.result.summary.problems).toBe(200);
  });

  test('on a sheet no command reads whole they are not read at all', async () => {
    const host = installedFrom(smallSnapshot());
    const legacy = host.workbook.addSheet('旧台账');
    for (let r = 1; r <= 700; r++) legacy.cells.set(legacy.key(r, 1), { value: `第${r}行` });
    legacy.merges = Array.from({ length: 600 }, (_, i) => `A${i + 2}:C${i + 2}`);
    await structureWorkbook(opts);
    await expect(refreshWorkbook(opts)).resolves.toBeDefined();
  });
});

describe('(4) nothing is chained on a possibly-null object', () => {
  test('a workbook with a blank sheet can be read and checked', async () => {
    const host = installedFrom(smallSnapshot());
    host.workbook.addSheet('空白');
    await structureWorkbook(opts);
    const check = await checkLedger(opts);
    expect(check.result.summary.problems).toBe(7);
  });
});

describe('(9) a read chunk that came back too large is never tried at that size again', () => {
  test('after a refused response, no chunk is as large as one that failed', async () => {
    const wb = FakeWorkbook.from({ S: [] });
    const s = wb.sheet('S')!;
    const long = 'x'.repeat(300);
    for (let r = 1; r <= 100_000; r++) s.cells.set(s.key(r, 1), { value: r > 40_000 && r <= 43_000 ? long : 'a' });
    const host = new FakeExcel(wb, { payloadLimit: 1_000_000 });
    const snap = await host.run((ctx) => readSnapshot(ctx, { scope: WHOLE_WORKBOOK, stats: newStats() }));
    expect(snap.sheets[0].values[99_999]).toEqual(['a']);
    expect(snap.sheets[0].values[41_000]).toEqual([long]);
    const failed: number[] = [];
    for (const sync of host.syncs.filter((x) => x.cellsLoaded > 0 || x.failed)) {
      if (failed.length) expect(sync.cellsLoaded).toBeLessThan(Math.min(...failed));
      if (sync.failed === 'ResponsePayloadSizeLimitExceeded') failed.push(sync.cellsLoaded);
    }
    expect(failed.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('(10) a selection of several ranges', () => {
  test('the selected row is the first area’s (or none before ExcelApi 1.9), never an error', async () => {
    const host = installedFrom(smallSnapshot());
    host.workbook.selection = { sheet: '任务清单', address: 'C6:D8,F10' };
    const row = await createPaneHost('zh').selectedRow();
    expect(row).toEqual(host.isSetSupported('ExcelApi', '1.9') ? { sheet: '任务清单', row: 6 } : null);
  });

  test('before ExcelApi 1.9 a multi-area selection is no selected row', async () => {
    const host = installedFrom(smallSnapshot(), { excelApi: '1.8' });
    host.workbook.selection = { sheet: '任务清单', address: 'C6:D8,F10' };
    await expect(createPaneHost('zh').selectedRow()).resolves.toBeNull();
  });
});

describe('(11) Excel’s errors in plain words, both languages', () => {
  test('a wrong password is BadPassword: the pane says the sheet is protected with another password', async () => {
    const host = installedFrom(smallSnapshot());
    await structureWorkbook(opts);
    // Someone protected `_log` again with a password of their own (not the one in _settings).
    host.workbook.sheet('_log')!.protection = { protected: true, password: 'secret' };
    const error = await refreshWorkbook({ lang: 'zh', today: '2025-08-15' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BadPassword' });
    expect(errorText('zh', error)).toMatch(/密码不符/);
    expect(errorText('en', error)).toMatch(/another password/);
  });

  test.each([
    ['cellEditMode', 'InvalidOperationInCellEditMode', /正在编辑某个单元格/, /editing a cell/],
    ['inactiveWorkbook', 'InactiveWorkbook', /失去了焦点/, /lost the focus/],
  ] as const)('%s', async (fault, code, zh, en) => {
    const host = installedFrom(smallSnapshot());
    host.faults[fault] = true;
    const error = await structureWorkbook(opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect(errorText('zh', error)).toMatch(zh);
    expect(errorText('en', error)).toMatch(en);
  });

  test('MergedRangeConflict and BadPassword', () => {
    expect(errorText('zh', { code: 'MergedRangeConflict', message: 'x' })).toMatch(/合并单元格/);
    expect(errorText('en', { code: 'MergedRangeConflict', message: 'x' })).toMatch(/merged cells/);
    expect(errorText('zh', { code: 'BadPassword', message: 'x' })).toMatch(/密码不符/);
    expect(errorText('en', { code: 'BadPassword', message: 'x' })).toMatch(/another password/);
  });
});

describe('a hidden sheet cannot be shown', () => {
  test('clicking a finding on a hidden sheet says the sheet is hidden', async () => {
    const host = installed(FakeWorkbook.from({ 问题清单: [['x']], _settings: [['设置项']] }));
    host.workbook.sheet('_settings')!.visibility = 'Hidden';
    const error = await selectCell('_settings', 'B2').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'excel.sheetHidden', params: { sheet: '_settings', cell: 'B2' } });
    expect(errorText('zh', error)).toMatch(/隐藏/);
    await selectCell('问题清单', 'A1');
    expect(host.workbook.selection).toEqual({ sheet: '问题清单', address: 'A1' });
  });
});
