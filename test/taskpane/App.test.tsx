/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The whole pane on the fake Excel host: the summary is read once when the
 * pane opens and then follows every command that writes from that command's
 * outcome (an import from a panel included), without reading the workbook
 * again; a command's engine error is shown as a sentence; a ledger with
 * nothing to divide shows its rates as "—".
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CellValue, Command } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { Summary } from '../../src/taskpane/components/Summary';
import { emptyFigures } from '../../src/engine/ledger/figures';
import { smallSnapshot } from '../engine/ledger/fixture';
import { TODAY, inPane, sheet, uninstall, workbench } from './harness';

afterEach(uninstall);

const LEGACY: CellValue[][] = [
  ['问题编号', '问题简述', '整改计划及措施', '整改责任领导', '是否整改完成'],
  ['D-1', '会议记录缺失', '补记录', '张三', '是'],
  ['D-2', '公车管理不规范', '建台账', '李四', '否'],
];

/** The pane on a workbench, with every command the host runs recorded. */
function openPane(snapshot = smallSnapshot()) {
  const bench = workbench(snapshot);
  const commands: Command<unknown>[] = [];
  const run = bench.host.run.bind(bench.host);
  const host = {
    ...bench.host,
    run: <R,>(c: Command<R>, p?: Parameters<typeof run>[1]) => (commands.push(c), run(c, p)),
  };
  render(<App lang="zh" host={host} />);
  return { ...bench, commands };
}

const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.firstChild?.textContent;

test('after an import from its panel, the summary shows the new problems without reading the workbook again', async () => {
  const snapshot = smallSnapshot();
  snapshot.sheets.push(sheet('东区', LEGACY));
  const { commands, read } = openPane(snapshot);
  await waitFor(() => expect(figure('total')).toBe('7'));
  expect(screen.getByText(`截至 ${TODAY}`)).toBeTruthy();

  fireEvent.click(screen.getByRole('tab', { name: '导入旧台账' }));
  // The panel is loaded on demand (its own chunk), which takes a while on a busy machine.
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }, { timeout: 20000 }));
  fireEvent.click(await screen.findByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 2，任务 2。');

  await waitFor(() => expect(figure('total')).toBe('9'));
  // One read for the first summary, one command for the import: the new summary came from the import's outcome.
  expect(commands.map((c) => c.action)).toEqual([null, 'log.action.import']);
  const problems = (await read()).sheets.find((s) => s.name === '问题清单')!.values;
  expect(problems.filter((r) => r[0] !== null && r[0] !== '').length - 1).toBe(9);
});

test('structure and refresh from the toolbar update the summary from their outcome; check lists its findings', async () => {
  const { commands } = openPane();
  await waitFor(() => expect(figure('total')).toBe('7'));
  expect(figure('overdue')).toBe('2'); // P1, and P4 (已销号 typed, its measure still open)

  fireEvent.click(screen.getByRole('button', { name: '建立台账结构' }));
  await screen.findByText(/台账结构已就绪/);
  fireEvent.click(screen.getByRole('button', { name: '刷新' }));
  expect(await screen.findByText(/已刷新|期限和预警均已是最新/)).toBeTruthy();
  expect(figure('total')).toBe('7');
  expect(commands.map((c) => c.action)).toEqual([null, 'log.action.init', 'log.action.refresh']);

  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByText(/检查完成/);
  const panel = screen.getByRole('tabpanel', { name: '检查结果' });
  await waitFor(() => expect(within(panel).queryAllByRole('listitem').length).toBeGreaterThan(0));
});

test('an engine error from a toolbar command is shown as a sentence in the pane’s language, not as its key', async () => {
  const snapshot = smallSnapshot();
  snapshot.sheets[0] = { ...snapshot.sheets[0], merges: ['A1:B1'] };
  openPane(snapshot);
  await screen.findByText(/尚未建立台账|建立台账结构/);
  fireEvent.click(screen.getByRole('button', { name: '刷新' }));
  expect(
    await screen.findByText(
      '工作表“问题清单”的标题行（第 1 行）有合并单元格 A1:B1。请取消合并，让每列有自己的标题后再试。',
    ),
  ).toBeTruthy();
  expect(screen.queryByText(/workbook\.mergedHeader/)).toBeNull();
});

test('a ledger with nothing to divide shows its rate as —', () => {
  const none = { asOf: TODAY, problems: emptyFigures(), tasks: emptyFigures(), responsibilities: 0 };
  render(inPane(<Summary summary={none} />));
  expect(screen.getByTestId('completion-rate').textContent).toBe('—');
});
