/**
 * @jest-environment jsdom
 *
 * The import panel as a user drives it: pick the legacy sheet, preview the
 * mapping, change one column's target, confirm; import again and see that
 * nothing is doubled. The host is a plain in-memory workbook that applies the
 * value writes of the plan (the Office.js adapter is tested on its own).
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ImportHost, ImportPanel, importableSheets } from '../../../src/taskpane/panels/import/ImportPanel';
import { CellValue, snapshotAfter } from '../../../src/engine';
import { Plan } from '../../../src/engine/core/plan';
import { WorkbookSnapshot } from '../../../src/engine/core/snapshot';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const LEGACY: CellValue[][] = [
  ['东区整改台账', null, null, null, null, null],
  ['问题编号', '问题简述', '整改计划及措施', '整改责任领导', '是否整改完成', '问题详情'],
  ['D-1', '会议记录缺失', '补记录', '张三', '是', '见附件'],
  ['D-2', '公车管理不规范', '建台账', '李四', '否', '\\'],
];

function memoryHost(): ImportHost & { plans: Plan[]; snapshot: WorkbookSnapshot } {
  const snapshot: WorkbookSnapshot = {
    user: 'u',
    readAt: '2025-01-01T00:00:00Z',
    sheets: [
      { name: '东区', visibility: 'visible' as const, values: LEGACY, formulas: {}, tables: [], merges: ['A1:F1'] },
      { name: '_settings', visibility: 'hidden' as const, values: [['x']], formulas: {}, tables: [], merges: [] },
    ],
  };
  const host = {
    plans: [] as Plan[],
    snapshot,
    async readSnapshot() {
      return host.snapshot;
    },
    async applyPlan(plan: Plan) {
      host.plans.push(plan);
      host.snapshot = snapshotAfter(host.snapshot, plan);
    },
  };
  return host;
}

function renderPanel(host: ImportHost, lang: 'zh' | 'en' = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel host={host} lang={lang} />
    </FluentProvider>,
  );
}

test('only the user’s own sheets are offered', () => {
  expect(importableSheets(memoryHost().snapshot)).toEqual(['东区']);
});

test('preview shows the mapping with samples, confirm writes the three lists, a second import adds nothing', async () => {
  const host = memoryHost();
  renderPanel(host);
  fireEvent.click(await screen.findByRole('button', { name: '预览映射' }));

  const table = await screen.findByRole('table');
  const row = within(table)
    .getByText(/问题简述/)
    .closest('tr')!;
  expect(within(row).getByRole('combobox')).toHaveProperty('value', '__auto__');
  expect(row.textContent).toContain('问题清单.问题描述');
  expect(row.textContent).toContain('会议记录缺失');
  expect(screen.getByText(/来源数据行 2；问题 2，责任 2，任务 2/)).toBeTruthy();

  // The user decides 问题详情 is the progress of the measure.
  const detail = within(table)
    .getByText(/问题详情/)
    .closest('tr')!;
  fireEvent.change(within(detail).getByRole('combobox'), { target: { value: '任务清单.进展情况' } });

  fireEvent.click(screen.getByRole('button', { name: '确认导入 2 行' }));
  await screen.findByText('已导入：问题 2，责任 2，任务 2。');
  expect(host.plans).toHaveLength(1);
  const tasks = host.snapshot.sheets.find((s) => s.name === '任务清单')!;
  const header = tasks.values[0] as string[];
  expect(tasks.values[1][header.indexOf('进展情况')]).toBe('见附件');
  expect(tasks.values[1][header.indexOf('来源文件')]).toBe('东区');
  expect(tasks.values[1][header.indexOf('来源行')]).toBe(3);
  // The legacy sheet itself is untouched.
  expect(host.snapshot.sheets[0].values).toEqual(LEGACY);
  expect(host.plans[0].writes.every((w) => w.sheet !== '东区')).toBe(true);

  // Importing the same sheet again: reported as already imported, nothing to confirm.
  fireEvent.click(screen.getByRole('button', { name: '预览映射' }));
  await screen.findByText('没有新的行可导入：这些行此前都已导入过。');
  expect(screen.getByText(/已导入过而跳过 2 行/)).toBeTruthy();
  expect((screen.getByRole('button', { name: /确认导入/ }) as HTMLButtonElement).disabled).toBe(true);
  await waitFor(() => expect(host.plans).toHaveLength(1));
});

test('English UI', async () => {
  renderPanel(memoryHost(), 'en');
  fireEvent.click(await screen.findByRole('button', { name: 'Preview mapping' }));
  expect(await screen.findByText(/2 source data rows; 2 problems/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Import 2 rows' })).toBeTruthy();
});
