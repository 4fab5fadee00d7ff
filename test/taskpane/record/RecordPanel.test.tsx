/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * 记录进展 as a user drives it, on the fake Excel host through the pane's real host: the measure of the row
 * selected in 任务清单 is preselected; progress, a done date, a picked file (fingerprinted in the browser: its
 * SHA-256 is node's) and a link are recorded on it; the problem follows (未启动 → 整改中); `_log` names who
 * reported it; `_evidence` holds the file's name, size and SHA-256. An unknown date is refused in words.
 *
 * @timezone the pane shows an evidence file's modification time in local time
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import { createHash } from 'crypto';
import { fireEvent, screen } from '@testing-library/react';
import { checkLog, fromExcelSerial, readEvidenceRows } from '../../../src/engine';
import { createPaneHost } from '../../../src/taskpane/host';
import RecordPanel from '../../../src/taskpane/panels/record/RecordPanel';
import { RECORD_TODAY, recordLedger } from '../../helpers/recordLedger';
import { renderPanel, testPane, uninstall, workbench } from '../harness';

// jsdom's buffers come from its own realm, which node's webcrypto does not take: the browser's digest, computed by node.
const digest = async (_: string, data: ArrayBuffer) =>
  Uint8Array.from(createHash('sha256').update(Buffer.from(data)).digest()).buffer;
Object.defineProperty(globalThis, 'crypto', { value: { subtle: { digest } }, configurable: true });

afterEach(() => uninstall());

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

test('records progress, done, a fingerprinted file and a link on the selected measure; the problem follows', async () => {
  const bench = workbench(recordLedger());
  bench.excel.workbook.selection = { sheet: '任务清单', address: 'C3' }; // A1-2
  const host = createPaneHost('zh', { today: RECORD_TODAY });
  const pane = testPane();
  renderPanel(RecordPanel, { host, lang: 'zh', pane });
  await screen.findByText('已按所选单元格（任务清单 第 3 行）选定措施 A1-2。');
  expect(select('任务编号').value).toBe('A1-2');

  const bytes = new TextEncoder().encode('压减文件的通知（印发稿）');
  const file = new File([bytes], '压减文件通知.pdf', { type: 'application/pdf', lastModified: Date.UTC(2026, 11, 1) });
  fireEvent.change(screen.getByLabelText('佐证材料文件'), { target: { files: [file] } });
  await screen.findByText('已计算 1 个文件的指纹：压减文件通知.pdf');

  type('进展情况（替换原文字）', '已印发压减文件的通知');
  type('完成日期（填写即标为已完成）', '2026-12-02');
  type('佐证材料链接（每行一个）', 'https://oa.example.cn/doc/9');
  type('报告人', '李明');
  fireEvent.click(screen.getByRole('button', { name: '记录' }));
  await screen.findByText(
    /已记录措施 A1-2（问题 A1，任务清单 第 3 行）：进展情况已更新，已完成（2026-12-02），佐证材料新增 2 份，登记指纹 1 份。/,
  );
  expect(screen.getByText(/问题 A1 的整改状态由“未启动”改为“整改中”/)).toBeTruthy();

  const tasks = await bench.values('任务清单');
  expect([tasks[2][7], tasks[2][8], fromExcelSerial(tasks[2][9] as number), tasks[2][10]]).toEqual([
    '已印发压减文件的通知',
    '已完成',
    '2026-12-02',
    '压减文件通知.pdf；https://oa.example.cn/doc/9',
  ]);
  expect((await bench.values('问题清单'))[1][10]).toBe('整改中');
  const read = await bench.read();
  expect(readEvidenceRows(read)).toEqual([
    expect.objectContaining({
      taskId: 'A1-2',
      item: '压减文件通知.pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      recordedBy: '李明',
    }),
  ]);
  const log = (await bench.values('_log')).slice(1);
  expect(log.every((r) => r[2] === '记录进展（报告人：李明）')).toBe(true);
  expect(checkLog(read, 'zh')).toEqual([]);
  expect(pane.changed).toHaveBeenCalledTimes(1);
});

test('a done date after today is refused in words, and nothing is written', async () => {
  const bench = workbench(recordLedger());
  const host = createPaneHost('zh', { today: RECORD_TODAY });
  renderPanel(RecordPanel, { host, lang: 'zh', pane: testPane() });
  await screen.findByRole('combobox', { name: '任务编号' });
  fireEvent.change(select('任务编号'), { target: { value: 'A2-1' } });
  type('完成日期（填写即标为已完成）', '2026-12-31');
  fireEvent.click(screen.getByRole('button', { name: '记录' }));
  await screen.findByText(/措施 A2-1 的完成日期 2026-12-31 晚于今天（2026-12-07）/);
  expect(await bench.values('_log')).toEqual([]);
});
