/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * 下发回收 in the pane, as a user drives it on the fake Excel host through the
 * pane's real host: 下发 records the round in `_distribution` and downloads one
 * .zip holding a package per unit (written by the command line's own xlsx
 * writer); a package filled in by the unit (here with ExcelJS) and picked
 * for 回收 has its progress merged into 任务清单 at the measure's row, an
 * office cell the unit changed is refused and shown with its reason, and the
 * 回收情况 table says who has returned.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fireEvent, screen } from '@testing-library/react';
import { webcrypto } from 'crypto';
import { generateDemo } from '../../../src/demo';
import RoundTripPanel from '../../../src/taskpane/panels/roundtrip/RoundTripPanel';
import { captureDownloads } from '../download';
import { TODAY, renderPanel, testPane, uninstall, workbench } from '../harness';

// jsdom's Blob and File have no arrayBuffer(), and its window no crypto.randomUUID: a browser has both.
const readBlob = (b: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(b);
  });
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return readBlob(this);
};
if (!globalThis.crypto?.randomUUID) Object.defineProperty(globalThis, 'crypto', { value: webcrypto });

afterEach(uninstall);

/** The header's column (1-based) of a sheet in an ExcelJS workbook. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, col) => {
    if (c.text === header) found = col;
  });
  if (!found) throw new Error(`no ${header} in ${ws.name}`);
  return found;
}

test('下发 downloads a package per unit; 回收 merges a filled one and refuses an office cell', async () => {
  const demo = generateDemo({ problems: 10, today: TODAY, seed: 5 }).snapshot;
  const bench = workbench(demo);
  const downloads = captureDownloads();
  renderPanel(RoundTripPanel, { host: bench.host, lang: 'zh', pane: testPane() });

  fireEvent.click(screen.getByRole('button', { name: '生成并下载填报包' }));
  const done = await screen.findByText(
    /^第 1 轮下发：\d+ 个单位的填报包已下载为 下发-2025-06-30-1\.zip/,
    {},
    { timeout: 20000 },
  );
  const units = Number(/(\d+) 个单位/.exec(done.textContent!)![1]);
  expect(units).toBeGreaterThan(2);
  expect(downloads.saved.map((s) => s.name)).toEqual(['下发-2025-06-30-1.zip']);
  const zip = await JSZip.loadAsync(new Uint8Array(await readBlob(downloads.saved[0].blob)));
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'));
  expect(names).toHaveLength(units);
  expect((await bench.values('_distribution')).length).toBeGreaterThan(units);

  // The unit fills in one measure's progress, and changes an office cell (the measure's text).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.file(names[0])!.async('uint8array')) as unknown as ArrayBuffer);
  const tasks = wb.getWorksheet('任务清单')!;
  const taskId = tasks.getCell(2, columnOf(tasks, '任务编号')).text;
  tasks.getCell(2, columnOf(tasks, '进展情况')).value = '已召开专题会议部署整改';
  tasks.getCell(2, columnOf(tasks, '整改措施')).value = '单位改写的措施';
  const returned = new File([new Uint8Array(await wb.xlsx.writeBuffer())], names[0]);

  fireEvent.change(screen.getByLabelText('选择退回的文件'), { target: { files: [returned] } });
  fireEvent.click(screen.getByRole('button', { name: '合并到台账' }));
  await screen.findByText(/^1 个文件：合并 1 个单元格，拒绝 1 个/, {}, { timeout: 20000 });
  screen.getByText(
    new RegExp(`^未写入 任务清单 .*（${taskId}，整改措施）：.* → 单位改写的措施，这是办公室的列，单位不能改$`),
  );
  screen.getByText(/\d+ 个单位已报/);

  const master = await bench.values('任务清单');
  const header = master[0];
  const row = master.find((r) => r[header.indexOf('任务编号')] === taskId)!;
  expect(row[header.indexOf('进展情况')]).toBe('已召开专题会议部署整改');
  expect(row[header.indexOf('整改措施')]).not.toBe('单位改写的措施');
  downloads.restore();
}, 60000);
