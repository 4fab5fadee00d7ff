/**
 * The ribbon's function commands, without a pane: 检查 selects the first
 * finding's cell, 刷新 writes deadlines and alerts; both always complete the
 * event (or Excel leaves the button spinning). The functions are associated
 * when the file loads, before Office is ready: a host that is still starting
 * finds them.
 */
import { FakeExcel } from '../fakeExcel';
import { demoWorkbook } from '../fakeExcel/demo';
import { structureWorkbook } from '../../src/excel/commands';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

test('check and refresh buttons work on the open workbook and complete their event', async () => {
  const host = new FakeExcel(demoWorkbook(new Date(2025, 5, 16)));
  host.install();
  await structureWorkbook({ lang: 'zh', today: '2025-06-16' });
  // Office not ready yet (onReady never calls back): the buttons' functions must be associated all the same.
  (globalThis as unknown as { Office: { onReady: () => Promise<never> } }).Office.onReady = () =>
    new Promise(() => undefined);
  await import('../../src/commands/commands');
  expect(Object.keys(host.actions).sort()).toEqual(['checkLedger', 'refreshLedger']);

  let completed = 0;
  const event = { completed: () => completed++ };
  await host.actions.checkLedger(event);
  expect(completed).toBe(1);
  expect(host.workbook.selection?.sheet).toBe('问题清单');

  const problems = host.workbook.sheet('问题清单')!;
  const alertCol = problems.row(1).indexOf('预警') + 1;
  for (let r = 2; r <= 8; r++) problems.cells.delete(problems.key(r, alertCol));
  await host.actions.refreshLedger(event);
  expect(completed).toBe(2);
  expect(problems.valueAt(2, alertCol)).toMatch(/逾期|临期|正常|销号|长期/);

  // A failure still completes the event (and is logged to the console of the commands runtime).
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  host.workbook.sheets = [];
  await host.actions.refreshLedger(event);
  expect(completed).toBe(3);
  expect(logged).toHaveBeenCalled();
  logged.mockRestore();
});
