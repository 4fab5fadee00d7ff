/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The 销号与督办 panel as a user drives it, on the fake Excel host through the
 * pane's real host: closing a problem with open measures is refused with the
 * engine's sentence and nothing is written; sending back writes the row and
 * logs it under the user's name; the problem of the selected row is
 * preselected; the chart shows one group per unit; the letter preview is the
 * engine's text, and recording it counts a reminder; a workbook the reader
 * refuses is explained in words, not by a message key.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { checkLog } from '../../../src/engine';
import { saveUserName } from '../../../src/excel/user';
import LedgerPanel from '../../../src/taskpane/panels/ledger/LedgerPanel';
import { smallSnapshot } from '../../engine/ledger/fixture';
import { captureDownloads, docxXml } from '../download';
import { type Workbench, renderPanel, testPane, uninstall, workbench } from '../harness';

afterEach(() => {
  uninstall();
  saveUserName('');
});

function open(bench: Workbench = workbench(smallSnapshot())) {
  const pane = testPane();
  renderPanel(LedgerPanel, { host: bench.host, lang: 'zh', pane });
  return { ...bench, pane };
}

const problemId = () => (screen.getByRole('combobox', { name: '问题编号' }) as HTMLSelectElement).value;

describe('LedgerPanel', () => {
  it('refuses to close P5 with its open measure, then sends it back and logs who did it', async () => {
    saveUserName('张三');
    const { values, read, pane } = open();
    // P4 and P5 have a measure still open: a problem is the sum of its measures.
    await screen.findByText('发现问题 7 个，已整改 1 个，已销号 1 个，逾期 2 个。');
    fireEvent.change(screen.getByRole('combobox', { name: '问题编号' }), { target: { value: 'P5' } });
    fireEvent.change(screen.getByRole('textbox', { name: '审核人' }), { target: { value: '王审' } });
    fireEvent.change(screen.getByRole('textbox', { name: /销号日期/ }), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: '销号' }));
    expect(await screen.findByText(/还有 1 项整改措施未完成，不能销号：P5-1（清退津贴，进行中）/)).toBeTruthy();
    expect(await values('_log')).toEqual([]);
    expect(pane.changed).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: '退回原因' }), { target: { value: '佐证不足' } });
    fireEvent.click(screen.getByRole('button', { name: '退回重改' }));
    await screen.findByText(/问题 P5 已退回重改（第 2 次退回）：佐证不足 已留痕 4 条。/);
    const row = (await values('问题清单'))[5];
    expect([row[10], row[15], row[16]]).toEqual(['退回重改', 2, '佐证不足']);
    expect((await values('_log')).slice(1).map((r) => [r[4], r[7]])).toEqual([
      ['K6', '张三'],
      ['P6', '张三'],
      ['Q6', '张三'],
      ['N6', '张三'],
    ]);
    expect(checkLog(await read(), 'zh')).toEqual([]);
    // The pane's summary follows from the command's outcome.
    expect(pane.changed).toHaveBeenCalledTimes(1);
    expect(pane.changed.mock.calls[0][0].logged).toBe(4);
  });

  it('preselects the problem of the selected row (a measure on 任务清单), and says when a row is no problem', async () => {
    const bench = workbench(smallSnapshot());
    bench.excel.workbook.selection = { sheet: '任务清单', address: 'B7' }; // P5-1 清退津贴
    const { excel, values } = open(bench);
    expect(await screen.findByText('已按所选单元格（任务清单 第 7 行）选定问题 P5。')).toBeTruthy();
    expect(problemId()).toBe('P5');

    // The user clicks another row in Excel, then 用所选行.
    excel.workbook.selection = { sheet: '问题清单', address: 'D3' };
    fireEvent.click(screen.getByRole('button', { name: '用所选行' }));
    await screen.findByText('已按所选单元格（问题清单 第 3 行）选定问题 P2。');
    expect(problemId()).toBe('P2');
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));
    await screen.findByText(/问题 P2 已提交审核/);
    expect((await values('问题清单'))[2][10]).toBe('待审核');

    excel.workbook.selection = { sheet: '问题清单', address: 'A1' }; // the header row
    fireEvent.click(screen.getByRole('button', { name: '用所选行' }));
    await screen.findByText(/所选单元格（问题清单 第 1 行）不是某个问题的行/);
    expect(problemId()).toBe('P2');
  });

  it('draws one chart group per responsible unit, previews the letter and records it as sent', async () => {
    const { values } = open();
    await screen.findByText(/发现问题 7 个/);
    const groups = [...document.querySelectorAll('svg g[data-unit]')].map((g) => g.getAttribute('data-unit'));
    expect(groups[0]).toBe('办公室'); // the largest unit first
    expect([...groups].sort()).toEqual(['办公室', '督查科', '组织科', '财务科', '档案室', '（未指定责任单位）'].sort());
    const preview = () => (screen.getByRole('textbox', { name: '督办函预览' }) as HTMLTextAreaElement).value;
    expect(preview().split('\n').slice(0, 4)).toEqual(['巡察整改提醒督办函', '（第3次督办）', '', '办公室：']);

    // Sent: 督办次数 + 1 on the problems the letter lists (P1 from empty, P2 from 2, P4), and the next letter is round 4.
    fireEvent.click(screen.getByRole('button', { name: '登记为已督办' }));
    await screen.findByText('已登记督办：办公室 的 3 个问题督办次数各加 1。');
    const problems = await values('问题清单');
    const reminders = (problems[0] as string[]).indexOf('督办次数');
    expect([problems[1][reminders], problems[2][reminders]]).toEqual([1, 3]);
    await waitFor(() => expect(preview().split('\n')[1]).toBe('（第4次督办）'));

    fireEvent.change(screen.getByRole('combobox', { name: '责任单位' }), { target: { value: '研究室' } });
    expect(preview()).toContain('P2-1');
  });

  it('rebuilds the generated sheets from the pane', async () => {
    const { excel, pane } = open();
    await screen.findByText(/发现问题 7 个/);
    fireEvent.click(screen.getByRole('button', { name: '生成台账、统计、督办清单' }));
    await screen.findByText('已重新生成 整改台账、统计、督办清单。');
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['整改台账', '统计', '督办清单', '_log']),
    );
    expect(excel.workbook.sheet('统计')!.charts).toHaveLength(1);
    expect(pane.changed).toHaveBeenCalledTimes(1);
  });

  it('writes the progress report from the pane: preview, public version without names, saved as the .docx', async () => {
    // A phone number and a person's name typed into P1's category: the public version's screen withholds them.
    const snapshot = smallSnapshot();
    snapshot.sheets[0].values[1][snapshot.sheets[0].values[0].indexOf('问题类别')] = '作风建设（李明13800138000）';
    open(workbench(snapshot));
    await screen.findByText(/发现问题 7 个/);
    const preview = () => (screen.getByRole('textbox', { name: '报告预览' }) as HTMLTextAreaElement).value;
    expect(preview()).toContain('关于巡察整改工作进展情况的报告');
    expect(preview()).toContain('巡察反馈问题7个，已整改1个');
    expect(preview()).toContain('作风建设（李明13800138000）');
    expect(preview()).toContain('张局长'); // the overdue problem's leading official, by name
    expect(preview()).toContain('四、逾期问题'); // sections numbered without a gap (no 'since' section)

    fireEvent.change(screen.getByRole('textbox', { name: '落款单位' }), { target: { value: '巡察整改办' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /公开版/ }));
    expect(preview()).toContain('巡察整改办');
    expect(preview()).not.toContain('张局长');
    expect(preview()).toContain('作风建设（******）');
    expect(preview()).not.toMatch(/李明|13800138000/);

    fireEvent.change(screen.getByRole('textbox', { name: /以来的变化/ }), { target: { value: '六月' } });
    expect(await screen.findByText('请写成 2025-06-01 的格式。')).toBeTruthy();

    // Saving: the same .docx the command line writes, offered as a download.
    const { saved, restore } = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: '保存为 Word 文档' }));
    // The .docx writer is loaded on demand, which takes a while on a busy machine.
    await screen.findByText(/已保存 整改进展情况报告-2025-06-30-public\.docx/, {}, { timeout: 20000 });
    restore();
    expect(saved).toHaveLength(1);
    const xml = await docxXml(saved[0].blob);
    expect(xml).toContain('关于巡察整改工作进展情况的报告');
    expect(xml).toContain('巡察整改办');
    expect(xml).not.toContain('张局长');
    expect(xml).not.toMatch(/李明|13800138000/);
  });

  it('says in words why a workbook cannot be read (an engine error is never shown as its message key)', async () => {
    const snapshot = smallSnapshot();
    snapshot.sheets[0] = { ...snapshot.sheets[0], merges: ['A1:B1'] };
    open(workbench(snapshot));
    expect(
      await screen.findByText(
        '工作表“问题清单”的标题行（第 1 行）有合并单元格 A1:B1。请取消合并，让每列有自己的标题后再试。',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/workbook\.mergedHeader/)).toBeNull();
    expect((screen.getByRole('button', { name: '生成台账、统计、督办清单' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
