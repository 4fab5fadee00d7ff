/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The import panel as a user drives it, on the fake Excel host through the
 * pane's real host: pick the legacy sheet, preview the mapping, change one
 * column's target, confirm (the import command runs, every cell it writes is
 * logged); import again and see that nothing is doubled.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type CellValue, checkLog, toExcelSerial } from '../../../src/engine';
import ImportPanel from '../../../src/taskpane/panels/import/ImportPanel';
import { importableSheets } from '../../../src/taskpane/panels/import/sources';
import { renderPanel, sheet, testPane, uninstall, workbench } from '../harness';

afterEach(uninstall);

const LEGACY: CellValue[][] = [
  ['东区整改台账', null, null, null, null, null],
  ['问题编号', '问题简述', '整改计划及措施', '整改责任领导', '是否整改完成', '问题详情'],
  ['D-1', '会议记录缺失', '补记录', '张三', '是', '见附件'],
  ['D-2', '公车管理不规范', '建台账', '李四', '否', '\\'],
];

function legacyWorkbook() {
  return {
    sheets: [
      { ...sheet('东区', LEGACY), merges: ['A1:F1'] },
      { ...sheet('_settings', [['x']]), visibility: 'hidden' as const },
    ],
  };
}

function open(lang: 'zh' | 'en' = 'zh') {
  const bench = workbench(legacyWorkbook(), lang);
  const pane = testPane();
  renderPanel(ImportPanel, { host: bench.host, lang, pane });
  return { ...bench, pane };
}

test('only the user’s own sheets are offered', () => {
  expect(importableSheets({ ...legacyWorkbook(), user: 'u', readAt: '' })).toEqual(['东区']);
});

test('preview shows the mapping with samples, confirm writes the three lists, a second import adds nothing', async () => {
  const { values, read, pane } = open();
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));

  const table = await screen.findByRole('table');
  const row = within(table)
    .getByText(/问题简述/)
    .closest('tr')!;
  expect(within(row).getByRole('combobox')).toHaveProperty('value', '__auto__');
  expect(row.textContent).toContain('问题清单.问题描述');
  expect(row.textContent).toContain('会议记录缺失');
  expect(screen.getByText(/来源数据行 2；新增问题 2，责任 2，任务 2/)).toBeTruthy();

  // The user decides 问题详情 is the progress of the measure.
  const detail = within(table)
    .getByText(/问题详情/)
    .closest('tr')!;
  fireEvent.change(within(detail).getByRole('combobox'), { target: { value: '任务清单.进展情况' } });

  fireEvent.click(screen.getByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 2，任务 2。');
  const tasks = await values('任务清单');
  const header = tasks[0] as string[];
  expect(tasks[1][header.indexOf('进展情况')]).toBe('见附件');
  expect(tasks[1][header.indexOf('来源文件')]).toBe('东区');
  expect(tasks[1][header.indexOf('来源行')]).toBe(3);
  // The legacy sheet itself is untouched; every cell written (values and structure) is in _log, under 导入.
  expect((await values('东区')).slice(1)).toEqual(LEGACY.slice(1));
  const log = (await values('_log')).slice(1);
  expect(log.length).toBeGreaterThan(0);
  expect(log.every((r) => r[3] !== '东区')).toBe(true);
  expect(new Set(log.map((r) => r[2]))).toEqual(new Set(['导入']));
  expect(checkLog(await read(), 'zh')).toEqual([]);
  // The pane's summary follows from the import's outcome.
  expect(pane.changed).toHaveBeenCalledTimes(1);

  // Importing the same sheet again: reported as already imported, nothing to confirm.
  fireEvent.click(screen.getByRole('button', { name: '预览映射' }));
  await screen.findByText('没有新的内容可导入：这些问题台账中都已有，且内容没有变化。');
  expect(screen.getByText(/台账已有且无变化 2 个/)).toBeTruthy();
  expect((screen.getByRole('button', { name: /确认导入/ }) as HTMLButtonElement).disabled).toBe(true);
  await waitFor(() => expect(pane.changed).toHaveBeenCalledTimes(1));
});

test('English UI', async () => {
  open('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Preview mapping' }));
  expect(await screen.findByText(/2 source data rows; new: 2 problems/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Import (2 new problems, 0 updated)' })).toBeTruthy();
});

test('a sheet without the required 反馈日期: the preview says so once and offers one date, which the rows get', async () => {
  const { values } = open();
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));
  expect(await screen.findByText(/所有来源文件都没有必填的「反馈日期」列：导入后 2 个问题都缺少它/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('统一的反馈日期'), { target: { value: '2025-07-01' } });
  expect(
    await screen.findByText('来源文件没有「反馈日期」列：2 个问题的「反馈日期」填为指定的 2025-07-01。'),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 2，任务 2。');
  const problems = await values('问题清单');
  const col = (problems[0] as string[]).indexOf('反馈日期');
  expect(problems.slice(1).map((r) => r[col])).toHaveLength(2);
  // A date cell (Excel's serial for 2025-07-01), as the list's date column takes it.
  expect(problems.slice(1).map((r) => r[col])).toEqual([toExcelSerial('2025-07-01'), toExcelSerial('2025-07-01')]);
});

/** A hazard register in its own words: no column we know as 问题描述, one that looks like it; a category we lack. */
const HAZARDS: CellValue[][] = [
  ['序号', '存在的安全隐患', '整改措施', '问题类别', '反馈日期', '整改状态'],
  [1, '脚手架连墙件缺失', '补设连墙件', '安全生产', '2025-03-01', '整改中'],
  [2, '限位器失灵', '更换限位器', '安全生产', '2025-03-01', '整改中'],
];

function openHazards() {
  const bench = workbench({ sheets: [sheet('项目部', HAZARDS)] }, 'zh');
  renderPanel(ImportPanel, { host: bench.host, lang: 'zh', pane: testPane() });
  return bench;
}

test('a required column the sheet lacks: the preview offers the column that looks like it, mapped in one click', async () => {
  const { values } = openHazards();
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));
  // Said with the sheet's columns and the command line's flag, and as a bar with the button.
  expect(await screen.findAllByText(/「存在的安全隐患」看起来是「问题描述」/)).toHaveLength(2);
  expect(screen.getByText(/它的列有：序号、存在的安全隐患、整改措施.*--map 存在的安全隐患=问题描述/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '按此映射' }));
  const row = within(await screen.findByRole('table'))
    .getByText(/存在的安全隐患/)
    .closest('tr')!;
  await waitFor(() => expect(within(row).getByRole('combobox')).toHaveProperty('value', '问题清单.问题描述'));
  expect(screen.queryAllByText(/看起来是「问题描述」/)).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 0，任务 2。');
  const problems = await values('问题清单');
  const col = (problems[0] as string[]).indexOf('问题描述');
  expect(problems.slice(1).map((r) => r[col])).toEqual(['脚手架连墙件缺失', '限位器失灵']);
});

test('a category outside the list is kept in its cells; the list grows only when the user ticks it', async () => {
  const { values } = openHazards();
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));
  expect(await screen.findByText(/1 个问题类别不在下拉列表中，将按原文保留在单元格中/)).toBeTruthy();
  expect(screen.getByText(/问题类别 “安全生产” \(D2–D3\): 不在“问题类别”的下拉列表中/)).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: '把这些类别加入问题类别的下拉列表：安全生产' }));
  await waitFor(() => expect(screen.queryByText(/不在下拉列表中，将按原文保留/)).toBeNull());
  fireEvent.click(screen.getByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 0，任务 2。');
  const lists = await values('_lists');
  expect(lists.map((r) => r[0])).toContain('安全生产');
});

test('without the tick the list keeps its own categories', async () => {
  const { values } = openHazards();
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));
  await screen.findByText(/不在下拉列表中，将按原文保留/);
  fireEvent.click(screen.getByRole('button', { name: '确认导入（新增 2 个问题，更新 0 个）' }));
  await screen.findByText('已导入：问题 2，责任 0，任务 2。');
  expect((await values('_lists')).map((r) => r[0])).not.toContain('安全生产');
  const problems = await values('问题清单');
  const col = (problems[0] as string[]).indexOf('问题类别');
  expect(problems.slice(1).map((r) => r[col])).toEqual(['安全生产', '安全生产']);
});
