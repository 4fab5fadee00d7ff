/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * 销号抽查 in the 销号与督办 panel, on the fake Excel host through the pane's
 * real host: a bad ratio is said in words and nothing is written; a draw at
 * 50 % with a seed writes its sample into 抽查清单 (created by the draw) and
 * names it per unit; drawing again never draws a problem that waits for its
 * conclusion; a 不属实 typed in the sheet, applied,
 * sends the problem back with the reason.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import { fireEvent, screen } from '@testing-library/react';
import { generateDemo } from '../../../src/demo';
import LedgerPanel from '../../../src/taskpane/panels/ledger/LedgerPanel';
import { TODAY, renderPanel, testPane, uninstall, workbench } from '../harness';

afterEach(uninstall);

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

test('draws a repeatable sample into 抽查清单 and sends back what the check found untrue', async () => {
  const bench = workbench(generateDemo({ problems: 30, today: TODAY, seed: 11 }).snapshot);
  renderPanel(LedgerPanel, { host: bench.host, lang: 'zh', pane: testPane() });
  await screen.findByRole('button', { name: '抽取样本' });

  type('抽查比例', '百分之十');
  fireEvent.click(screen.getByRole('button', { name: '抽取样本' }));
  await screen.findByText(/^抽查比例“百分之十”无法识别/);
  expect(await bench.values('抽查清单')).toEqual([]);

  type('抽查比例', '50%');
  type('随机种子（记下它，可复现样本）', '7');
  type('抽查人', '李抽查');
  fireEvent.click(screen.getByRole('button', { name: '抽取样本' }));
  const done = await screen.findByText(
    /^已抽取 \d+ 个问题写入“抽查清单”（2025-06-30 种子7 比例50%）/,
    {},
    { timeout: 20000 },
  );
  const n = Number(/已抽取 (\d+) 个/.exec(done.textContent!)![1]);
  const sheet = await bench.values('抽查清单');
  expect(sheet.length - 1).toBe(n);
  const header = sheet[0] as string[];
  const ids = sheet.slice(1).map((r) => r[header.indexOf('问题编号')]);
  const listed = screen
    .getAllByRole('listitem')
    .map((li) => li.textContent)
    .join(' ');
  for (const id of ids) expect(listed).toContain(id);

  // Drawing again: the problems waiting for their conclusions are not drawn a second time.
  fireEvent.click(screen.getByRole('button', { name: '抽取样本' }));
  // (At 50 % the units with two or more closed problems have some left to draw.)
  // Waits for the draw's own report (the click cleared the first one), then reads the sheet once.
  await screen.findByText(/^已抽取 \d+ 个问题写入“抽查清单”/, {}, { timeout: 20000 });
  const sheetAgain = await bench.values('抽查清单');
  expect(sheetAgain.length).toBeGreaterThan(n + 1);
  const again = sheetAgain.slice(1).map((r) => r[header.indexOf('问题编号')]);
  expect(again.slice(0, n)).toEqual(ids);
  expect(new Set(again).size).toBe(again.length);

  // The office types 不属实 and a note on the first sampled row, then applies.
  const ws = bench.excel.workbook.sheets.find((s) => s.name === '抽查清单')!;
  ws.type(2, header.indexOf('结论') + 1, '不属实');
  ws.type(2, header.indexOf('说明') + 1, '现场核查制度未执行');
  fireEvent.click(screen.getByRole('button', { name: '处理抽查结论' }));
  await screen.findByText(/^退回重改 1 个，维持销号 0 个。/, {}, { timeout: 20000 });
  const problems = await bench.values('问题清单');
  const h = problems[0] as string[];
  const row = problems.find((r) => r[h.indexOf('问题编号')] === ids[0])!;
  expect(row[h.indexOf('整改状态')]).toBe('退回重改');
  expect(row[h.indexOf('退回原因')]).toBe('抽查不属实：现场核查制度未执行');
}, 60000);
