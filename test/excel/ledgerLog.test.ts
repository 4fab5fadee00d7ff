/**
 * 全程留痕 in "Excel": structure → refresh → 生成台账 → submit → close-out → refresh, each an engine command run
 * through the pane's own host (src/taskpane/host.ts → runInExcel → the Office.js adapter) on the fake Excel host.
 * After every step the new `_log` rows name exactly the cells that changed (counted from the cells themselves, not
 * from a plan), generated sheets log one row per rebuild, and `check` finds the chain and its seal intact. Refresh
 * rebuilds the generated sheets the workbook already has, from the same reading.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import {
  type Command,
  checkLog,
  checkWorkbook,
  closeOutCommand,
  problemIdAtRow,
  readWorkbook,
  refreshCommand,
  reportCommand,
  structureCommand,
} from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { readSnapshot } from '../../src/excel';
import { structureWorkbook } from '../../src/excel/commands';
import { createPaneHost } from '../../src/taskpane/host';
import { excelUserName, saveUserName, savedUserName } from '../../src/excel/user';
import { FakeExcel, fromSnapshot } from '../fakeExcel';
import { TODAY, changedCells, loggedCells, newLogRows, smallSnapshot } from '../engine/ledger/fixture';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

test('every change in Excel lands in one hash-chained _log that check finds intact', async () => {
  const excel = new FakeExcel(fromSnapshot(smallSnapshot()));
  excel.install();
  const pane = createPaneHost('zh', { today: TODAY });
  const read = (): Promise<WorkbookSnapshot> => excel.run((ctx) => readSnapshot(ctx));

  /** Runs one command through the pane's host and checks its log rows against the cells it changed. */
  const step = async <R>(name: string, command: Command<R>) => {
    const before = await read();
    const outcome = await pane.run(command);
    const after = await read();
    const rows = newLogRows(before, after);
    const changed = changedCells(before, after);
    expect([name, loggedCells(rows, changed)]).toEqual([name, changed]);
    expect([name, outcome.logged]).toEqual([name, rows.length]);
    // The workbook the pane's summary is taken from without a second read is the one Excel has.
    expect([name, changedCells(outcome.after(), after)]).toEqual([name, []]);
    expect(checkLog(after, 'zh')).toEqual([]);
    return { rows, changed, after, outcome };
  };

  const structure = await step('structure', structureCommand());
  expect(structure.changed.length).toBeGreaterThan(0);
  // Office.js gives an Excel add-in no user name: without one set in the pane, entries say so plainly.
  expect(structure.rows.every((r) => r[7] === 'Excel 用户' && r[2] === '建立结构')).toBe(true);

  const refresh = await step('refresh', refreshCommand());
  expect(refresh.rows.length).toBeGreaterThan(0);
  expect(refresh.rows.every((r) => r[2] === '刷新')).toBe(true);

  const report = await step('report', reportCommand());
  // One row per sheet it rebuilt: 整改台账, 统计, 督办清单 (and the clue ledgers when there are clues).
  const generated = report.outcome.result.sheets;
  expect(generated.slice(0, 3)).toEqual(['整改台账', '统计', '督办清单']);
  expect(report.outcome.logged).toBe(generated.length);
  expect(report.rows.map((r) => r[3])).toEqual(generated);
  expect(report.rows.every((r) => r[2] === '生成报表')).toBe(true);

  const submit = await step('submit', closeOutCommand('submit', { id: 'P6' }));
  expect(submit.changed).toEqual(['问题清单!K7', '问题清单!L7']); // 整改状态, 完成日期
  const close = await step('close', closeOutCommand('close', { id: 'P6', reviewer: '王审', date: TODAY }));
  expect(close.changed).toEqual(['问题清单!K7', '问题清单!M7', '问题清单!N7']); // 整改状态, 销号日期, 审核人
  expect(close.rows.every((r) => r[2] === '销号')).toBe(true);

  // Refresh rebuilds the three generated sheets (they exist), one row each, with P6 now closed.
  const again = await step('refresh again', refreshCommand());
  expect(again.rows.filter((r) => generated.includes(String(r[3]))).length).toBe(generated.length);
  const ledger = again.after.sheets.find((s) => s.name === '整改台账')!.values;
  expect(ledger.find((r) => r[1] === 'P6')?.[10]).toBe('已销号'); // 整改状态

  const final = await read();
  const log = final.sheets.find((s) => s.name === '_log')!.values;
  expect(log.slice(1).map((r) => r[0])).toEqual(log.slice(1).map((_, i) => i + 1));
  const findings = checkWorkbook(final, { today: TODAY, lang: 'zh' }).findings;
  expect(findings.filter((f) => f.code === 'log.tampered')).toEqual([]);

  // And the chain really is checked: a row removed in Excel is found.
  excel.workbook.sheet('_log')!.cells.delete(excel.workbook.sheet('_log')!.key(3, 1));
  expect(checkLog(await read(), 'zh').map((f) => f.code)).toEqual(['log.tampered']);
});

test('the name a user sets in the pane (kept on this computer, not in the workbook) signs their _log entries', async () => {
  const store = new Map<string, string>();
  (globalThis as Record<string, unknown>).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  try {
    saveUserName('  李四 ');
    expect(savedUserName()).toBe('李四');
    const excel = new FakeExcel(fromSnapshot(smallSnapshot()));
    excel.install();
    await structureWorkbook({ lang: 'zh', today: TODAY });
    const snap = await excel.run((ctx) => readSnapshot(ctx));
    const log = snap.sheets.find((s) => s.name === '_log')!.values.slice(1);
    expect(log.length).toBeGreaterThan(0);
    expect(new Set(log.map((r) => r[7]))).toEqual(new Set(['李四']));
    expect(snap.sheets.find((s) => s.name === '_settings')!.values.flat()).not.toContain('李四');
    saveUserName('');
    expect(excelUserName('en')).toBe('Excel user');
  } finally {
    delete (globalThis as Record<string, unknown>).localStorage;
  }
});

test('the selected cell in Excel names its row, and the engine finds the problem of that row', async () => {
  const excel = new FakeExcel(fromSnapshot(smallSnapshot()));
  excel.install();
  excel.workbook.selection = { sheet: '任务清单', address: 'C6:D8' }; // P4-1 公车入库, top-left row 6
  const sel = await createPaneHost('zh').selectedRow();
  expect(sel).toEqual({ sheet: '任务清单', row: 6 });
  const snap = await excel.run((ctx) => readSnapshot(ctx));
  expect(problemIdAtRow(readWorkbook(snap, { today: TODAY }), snap, sel!.sheet, sel!.row)).toBe('P4');
  expect(problemIdAtRow(readWorkbook(snap, { today: TODAY }), snap, '任务清单', 1)).toBeNull(); // header
  expect(excel.syncs.length).toBeGreaterThanOrEqual(1);
});
