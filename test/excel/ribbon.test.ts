/**
 * The ribbon's function commands, without a pane, on the fake Excel host: 检查 selects the first finding's cell
 * and 刷新 writes deadlines and alerts, and each reports in the add-in's dialog (Office.context.ui.
 * displayDialogAsync with dialog.html and the text in its query string): counts and the first finding, cells
 * changed and sheets rebuilt, or the error in the pane's words (errorText). The event is always completed: when
 * the dialog is closed by its OK button or by the user, when it cannot open, and before Office's five-minute
 * limit. The functions are associated when the file loads, before Office is ready: a host that is still
 * starting finds them.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { FakeExcel } from '../fakeExcel';
import { demoWorkbook } from '../fakeExcel/demo';
import { checkLedger, refreshWorkbook, structureWorkbook } from '../../src/excel/commands';
import { tp } from '../../src/i18n/pane';
import { errorText } from '../../src/taskpane/i18n';
import { until } from '../helpers/until';

interface Opened {
  url: URL;
  options: Record<string, unknown>;
  handlers: Record<string, (arg: unknown) => void>;
  closed: boolean;
}

type Ribbon = typeof import('../../src/commands/commands');

const host = new FakeExcel(demoWorkbook('2025-06-16'));
const opened: Opened[] = [];
/** What the next displayDialogAsync answers: 'succeeded', or an error code. */
let nextOpen: 'succeeded' | number = 'succeeded';
let ribbon: Ribbon;
let completed = 0;
const event = { completed: () => completed++ } as unknown as Office.AddinCommands.Event;

/** The parts of Office.context.ui a function command uses, as office.js defines them. */
function installDialogs(): void {
  const office = (globalThis as unknown as { Office: Record<string, unknown> & { context: Record<string, unknown> } })
    .Office;
  office.EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  office.context.ui = {
    displayDialogAsync(url: string, options: Record<string, unknown>, callback: (r: unknown) => void) {
      if (nextOpen !== 'succeeded') {
        callback({ status: 'failed', error: { code: nextOpen, message: 'blocked' } });
        return;
      }
      const d: Opened = { url: new URL(url), options, handlers: {}, closed: false };
      opened.push(d);
      const dialog = {
        addEventHandler: (type: string, handler: (arg: unknown) => void) => (d.handlers[type] = handler),
        close: () => (d.closed = true),
      };
      setTimeout(() => callback({ status: 'succeeded', value: dialog }), 5);
    },
  };
}

/** Waits for the next dialog to open and returns it. */
async function nextDialog(): Promise<Opened> {
  const n = opened.length;
  await until(() => opened.length > n, 'a dialog to open', 10_000);
  expect(opened.length).toBe(n + 1);
  const d = opened[n];
  await until(() => !!d.handlers.dialogMessageReceived, "the dialog's message handler");
  return d;
}

const shown = (d: Opened) => ({
  lang: d.url.searchParams.get('lang'),
  intent: d.url.searchParams.get('intent'),
  title: d.url.searchParams.get('title'),
  lines: d.url.searchParams.getAll('line'),
  ok: d.url.searchParams.get('ok'),
});

beforeAll(async () => {
  host.install();
  installDialogs();
  // The function file's address: the dialog page is next to it.
  Object.defineProperty(globalThis, 'location', {
    value: new URL('https://localhost:3000/commands.html?_host_Info=Excel'),
    configurable: true,
  });
  await structureWorkbook({ lang: 'zh', today: '2025-06-16' });
  // Office not ready yet (onReady never calls back): the buttons' functions must be associated all the same.
  (globalThis as unknown as { Office: { onReady: () => Promise<never> } }).Office.onReady = () =>
    new Promise(() => undefined);
  ribbon = await import('../../src/commands/commands');
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).location;
});

beforeEach(() => {
  host.displayLanguage = 'zh-CN';
  nextOpen = 'succeeded';
});

test('both buttons are associated when the file loads, before Office is ready', () => {
  expect(Object.keys(host.actions).sort()).toEqual(['checkLedger', 'refreshLedger']);
});

test('检查 selects the first finding and shows the counts and that finding; OK closes and completes', async () => {
  const { summary, findings } = (await checkLedger({ lang: 'zh' })).result;
  expect(findings.length).toBeGreaterThan(0);
  const first = ribbon.firstFinding(findings)!;
  expect(first.cell).toBeTruthy();
  const before = completed;

  const running = host.actions.checkLedger(event) as Promise<void>;
  const d = await nextDialog();
  expect(d.url.origin + d.url.pathname).toBe('https://localhost:3000/dialog.html');
  expect(d.url.searchParams.has('_host_Info')).toBe(false);
  expect(d.options).toMatchObject({ displayInIframe: true });
  expect(shown(d)).toEqual({
    lang: 'zh',
    intent: summary.errors ? 'error' : 'warning',
    title: '整改台账 · 检查',
    lines: [
      `检查完成：${summary.errors} 个错误，${summary.warnings} 个警告。`,
      `第一条：${first.message}`,
      `已在 Excel 中选中它的单元格（${first.sheet}!${first.cell}）。`,
      '查看全部结果：打开“台账窗格”，点击“检查”。',
    ],
    ok: '确定',
  });
  expect(host.workbook.selection).toEqual({ sheet: first.sheet, address: first.cell });
  // Still running while the dialog is open: its OK button needs someone to tell.
  await new Promise((r) => setTimeout(r, 20));
  expect(completed).toBe(before);

  d.handlers.dialogMessageReceived({ message: 'close' });
  await running;
  expect(d.closed).toBe(true);
  expect(completed).toBe(before + 1);
});

test('刷新 shows the cells changed and the sheets rebuilt; closing the dialog completes', async () => {
  const problems = host.workbook.sheet('问题清单')!;
  const alertCol = problems.row(1).indexOf('预警') + 1;
  for (let r = 2; r <= 8; r++) problems.cells.delete(problems.key(r, alertCol));
  const before = completed;

  const running = host.actions.refreshLedger(event) as Promise<void>;
  const d = await nextDialog();
  const { title, intent, lines } = shown(d);
  expect(title).toBe('整改台账 · 刷新');
  expect(intent).toBe('success');
  expect(lines[0]).toMatch(/^已刷新：([1-9]\d*) 个单元格有变化（\d+ 次往返）。$/);
  expect(Number(/：(\d+) 个/.exec(lines[0])![1])).toBeGreaterThanOrEqual(7);
  // The demo workbook has no generated sheets: the dialog says none was rebuilt, rather than nothing.
  expect(lines[1]).toBe('工作簿中没有生成表（整改台账、统计、督办清单），没有表需要重建。');
  expect(problems.valueAt(2, alertCol)).toMatch(/逾期|临期|正常|销号|长期/);

  // The user closes it with its X (12006).
  d.handlers.dialogEventReceived({ error: 12006 });
  await running;
  expect(completed).toBe(before + 1);

  // Again: nothing left to change.
  const again = host.actions.refreshLedger(event) as Promise<void>;
  const d2 = await nextDialog();
  expect(shown(d2).lines[0]).toBe('期限和预警均已是最新。');
  d2.handlers.dialogMessageReceived({ message: 'close' });
  await again;
  expect(completed).toBe(before + 2);
});

test('in English for any English display language', async () => {
  host.displayLanguage = 'en-GB';
  const running = host.actions.checkLedger(event) as Promise<void>;
  const d = await nextDialog();
  const { lang, title, lines, ok } = shown(d);
  expect({ lang, title, ok }).toEqual({ lang: 'en', title: 'Rectification Ledger · Check', ok: 'OK' });
  expect(lines[0]).toMatch(/^Check finished: \d+ errors, \d+ warnings\.$/);
  expect(lines[1]).toMatch(/^First finding: /);
  d.handlers.dialogMessageReceived({ message: 'close' });
  await running;
});

test('a failure shows the translated error and still completes', async () => {
  const saved = host.workbook.sheets;
  host.workbook.sheets = [];
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const expected = await refreshWorkbook({ lang: 'zh' }).then(
      () => {
        throw new Error('refresh of an empty workbook should fail');
      },
      (e: unknown) => errorText('zh', e),
    );
    expect(expected).not.toMatch(/^操作未完成：/); // an engine error, said as a sentence of its own
    const before = completed;
    const running = host.actions.refreshLedger(event) as Promise<void>;
    const d = await nextDialog();
    expect(shown(d)).toMatchObject({ intent: 'error', title: '整改台账 · 未完成', lines: [expected] });
    d.handlers.dialogEventReceived({ error: 12006 });
    await running;
    expect(completed).toBe(before + 1);
    expect(logged).toHaveBeenCalled();
  } finally {
    logged.mockRestore();
    host.workbook.sheets = saved;
  }
});

test('an Excel error is put in plain words, as in the pane', async () => {
  const run = host.run.bind(host);
  host.run = () => Promise.reject(Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' }));
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const running = host.actions.checkLedger(event) as Promise<void>;
    const d = await nextDialog();
    expect(shown(d).lines).toEqual([tp('zh', 'addin.error.payload')]);
    d.handlers.dialogMessageReceived({ message: 'close' });
    await running;
  } finally {
    logged.mockRestore();
    host.run = run;
  }
});

test('a dialog that cannot open still completes the event', async () => {
  nextOpen = 12009; // Excel on the web: the user chose Ignore
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const before = completed;
  await host.actions.checkLedger(event);
  expect(completed).toBe(before + 1);
  expect(logged.mock.calls.join(' ')).toMatch(/12009/);
  logged.mockRestore();
});

test('the event is completed before Office’s five-minute limit even if the dialog stays open', async () => {
  jest.useFakeTimers();
  try {
    let resolved = false;
    const report = { lang: 'zh' as const, intent: 'success' as const, title: 't', lines: ['x'] };
    const shownReport = ribbon.showReport(report).then(() => (resolved = true));
    await jest.advanceTimersByTimeAsync(10);
    expect(opened.at(-1)!.handlers.dialogMessageReceived).toBeDefined();
    await jest.advanceTimersByTimeAsync(ribbon.COMPLETE_AFTER_MS - 1000);
    expect(resolved).toBe(false);
    await jest.advanceTimersByTimeAsync(1000);
    await shownReport;
    expect(resolved).toBe(true);
    expect(ribbon.COMPLETE_AFTER_MS).toBeLessThan(5 * 60 * 1000);
  } finally {
    jest.useRealTimers();
  }
});

test('a long finding is cut so the dialog address stays short', () => {
  const url = ribbon.dialogUrl(
    { lang: 'zh', intent: 'error', title: '整改台账 · 检查', lines: ['问'.repeat(2000)] },
    'https://example.test/addin/commands.html',
  );
  expect(url.startsWith('https://example.test/addin/dialog.html?')).toBe(true);
  expect(new URL(url).searchParams.get('line')!.length).toBe(400);
});
