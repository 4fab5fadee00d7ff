/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The 线索与整改报告 panel as a user drives it, on the fake Excel host through
 * the pane's real host: the clue of the row selected in 移交清单 is
 * preselected, signing for it and finishing another write their rows and log
 * them under the user's name; a unit's report sent back gets its reason,
 * 打回次数 and 重报期限; the overview shows the clue figures (待签收, 办理中,
 * 超时) and follows the actions.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkLog, fromExcelSerial } from '../../../src/engine';
import { saveUserName } from '../../../src/excel/user';
import { App } from '../../../src/taskpane/App';
import CyclePanel from '../../../src/taskpane/panels/cycle/CyclePanel';
import { cycleSnapshot } from '../../engine/cycle/fixture';
import { captureDownloads, docxXml } from '../download';
import { renderPanel, testPane, uninstall, workbench } from '../harness';

afterEach(() => {
  uninstall();
  saveUserName('');
});

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

test('signs for the clue of the selected row, finishes another, and logs both under the user', async () => {
  saveUserName('李跟踪');
  const bench = workbench(cycleSnapshot());
  bench.excel.workbook.selection = { sheet: '移交清单', address: 'C2' }; // C1, awaiting signature
  const pane = testPane();
  renderPanel(CyclePanel, { host: bench.host, lang: 'zh', pane });
  // The first read loads the engine (src/taskpane/loadCore.ts): on a busy machine, more than findBy's second.
  await screen.findByText('已按所选单元格（移交清单 第 2 行）选定线索 C1。', {}, { timeout: 20000 });
  expect(select('线索编号').value).toBe('C1');

  type('签收人', '纪委收件人');
  fireEvent.click(screen.getByRole('button', { name: '签收' }));
  await screen.findByText(/线索 C1 已于 2025-06-30 由 纪委收件人 签收，转为办理中（办理中）。 已留痕 4 条。/);
  let clues = await bench.values('移交清单');
  expect([fromExcelSerial(clues[1][6] as number), clues[1][7], clues[1][13]]).toEqual([
    '2025-06-30',
    '纪委收件人',
    '办理中',
  ]);

  // C3 (row 4) is overdue and signed for: finishing it says it was late.
  fireEvent.change(select('线索编号'), { target: { value: 'C3' } });
  type('办理结果', '已诫勉谈话');
  type('签收或办结日期（留空为今天）', '2025-06-20');
  fireEvent.click(screen.getByRole('button', { name: '办结' }));
  await screen.findByText(/线索 C3 已于 2025-06-20 办结（超时办结（超时14天））/);
  clues = await bench.values('移交清单');
  expect([clues[3][12], clues[3][13], clues[3][15]]).toEqual(['已诫勉谈话', '已办结', '超时办结（超时14天）']);

  const log = (await bench.values('_log')).slice(1);
  expect(log.map((r) => [r[2], r[7]])).toEqual([
    ...Array(4).fill(['签收线索', '李跟踪']),
    ...Array(4).fill(['办结线索', '李跟踪']),
  ]);
  expect(checkLog(await bench.read(), 'zh')).toEqual([]);
  expect(pane.changed).toHaveBeenCalledTimes(2);

  // A row that is no clue's: said in words, the choice stays.
  bench.excel.workbook.selection = { sheet: '问题清单', address: 'A3' };
  fireEvent.click(screen.getByRole('button', { name: '用所选行' }));
  await screen.findByText(/所选单元格（问题清单 第 3 行）不是某条移交线索的行/);
  expect(select('线索编号').value).toBe('C3');
});

test('sends a unit’s report back with a reason and a time to rewrite; refuses to pass one not in review', async () => {
  const bench = workbench(cycleSnapshot());
  renderPanel(CyclePanel, { host: bench.host, lang: 'zh', pane: testPane() });
  await screen.findByRole('combobox', { name: '被巡察单位' });
  fireEvent.change(select('被巡察单位'), { target: { value: '市民政局' } }); // resubmitted, in review
  type('打回原因', '未说明长效机制');
  type('重报时限', '5个工作日');
  fireEvent.click(screen.getByRole('button', { name: '打回重写' }));
  await screen.findByText(
    /市民政局 的整改报告已于 2025-06-30 打回重写（第 2 次）：未说明长效机制。须于 2025-07-07 前重新报送。/,
  );
  const row = (await bench.values('整改报告'))[5];
  expect([row[5], row[7], row[8], row[9], fromExcelSerial(row[10] as number)]).toEqual([
    '打回重写',
    '未说明长效机制',
    2,
    '5个工作日',
    '2025-07-07',
  ]);
  fireEvent.click(screen.getByRole('button', { name: '通过' }));
  await screen.findByText(/尚未报送（或打回后尚未重新报送），不能审核/);
});

test('the overview shows the clues (待签收, 办理中, 超时) and follows an action from the panel', async () => {
  const bench = workbench(cycleSnapshot());
  bench.excel.workbook.selection = { sheet: '移交清单', address: 'A3' }; // C2, signing late
  render(<App lang="zh" host={bench.host} />);
  const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.firstChild?.textContent;
  await waitFor(() => expect(figure('clueAwaiting')).toBe('2'));
  expect([figure('clueHandling'), figure('clueOverdue'), figure('clueOnTime')]).toEqual(['4', '2', '1']);
  expect(document.querySelector('[data-figure="reports"]')?.textContent).toBe(
    '整改报告：4 个单位期满，被打回重写 2 个，逾期未报 2 个。',
  );
  fireEvent.click(screen.getByRole('tab', { name: '线索与整改报告' }));
  // The panel is loaded on demand (its own chunk), which takes a while on a busy machine.
  await screen.findByText('已按所选单元格（移交清单 第 3 行）选定线索 C2。', {}, { timeout: 20000 });
  type('签收人', '纪委收件人');
  fireEvent.click(screen.getByRole('button', { name: '签收' }));
  await waitFor(() => expect(figure('clueAwaiting')).toBe('1'));
});

test('the 通报 on overdue clues is previewed and saved as the same .docx the command line writes', async () => {
  const bench = workbench(cycleSnapshot());
  renderPanel(CyclePanel, { host: bench.host, lang: 'zh', pane: testPane() });
  const preview = (await screen.findByRole('textbox', { name: /通报/ })) as HTMLTextAreaElement;
  const title = preview.value.split('\n')[0];
  expect(title).toContain('通报');
  const { saved, restore } = captureDownloads();
  fireEvent.click(screen.getByRole('button', { name: '保存为 Word 文档' }));
  // The .docx writer is loaded on demand.
  await screen.findByText(/已保存 移交线索办理超时通报-\d{4}-\d{2}-\d{2}\.docx/, {}, { timeout: 20000 });
  restore();
  expect(saved.map((x) => x.name)).toEqual([expect.stringMatching(/^移交线索办理超时通报-.*\.docx$/)]);
  expect(await docxXml(saved[0].blob)).toContain(title);
});
