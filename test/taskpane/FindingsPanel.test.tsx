/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * 检查结果 with more findings than check lists: each sheet's badges count every finding, listed or only
 * counted, and the line under the list says how many are not shown.
 */
import { screen } from '@testing-library/react';
import type { Finding } from '../../src/engine/core/findings';
import FindingsPanel from '../../src/taskpane/panels/findings/FindingsPanel';
import type { PaneHost } from '../../src/taskpane/host';
import { renderPanel, testPane } from './harness';

const finding = (row: number): Finding => ({
  sheet: '任务清单',
  row,
  column: '完成状态',
  cell: `E${row}`,
  severity: 'error',
  code: 'list.invalid',
  message: `任务清单 E${row}（完成状态）：“快好了”不在下拉列表中。`,
});

test('badges count the omitted findings of their sheet, and the list says how many are not shown', () => {
  const pane = {
    ...testPane(),
    findings: Array.from({ length: 1000 }, (_, i) => finding(i + 2)),
    omitted: [
      { sheet: '任务清单', code: 'list.invalid', severity: 'error' as const, count: 2500 },
      { sheet: '问题清单', code: 'deadline.missing', severity: 'warning' as const, count: 7 },
    ],
  };
  renderPanel(FindingsPanel, { host: {} as PaneHost, lang: 'zh', pane });
  expect(screen.getByText('错误 3500')).toBeTruthy();
  expect(screen.getByText('警告 7')).toBeTruthy();
  // 200 are shown; 800 listed and 2,507 counted are not.
  expect(screen.getAllByRole('listitem')).toHaveLength(200);
  expect(screen.getByText('另有 3307 条未显示')).toBeTruthy();
});
