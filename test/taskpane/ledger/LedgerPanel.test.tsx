/**
 * @jest-environment jsdom
 *
 * The 销号与督办 panel as a user drives it, against an in-memory host that
 * does what the add-in's host does (withChangeLog, then write the cells):
 * closing a problem with open measures is refused with the engine's message;
 * sending back writes the row and logs it; the problem of the selected row is
 * preselected; the chart shows one group per unit; the letter preview is the
 * engine's text.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LedgerPanel } from '../../../src/taskpane/panels/ledger/LedgerPanel';
import { checkLog, withChangeLog } from '../../../src/engine';
import { Plan } from '../../../src/engine/core/plan';
import { WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { TODAY, applyWrites, smallSnapshot } from '../../engine/ledger/fixture';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function memoryHost() {
  const host = {
    snapshot: { ...smallSnapshot(), user: '张三 (Office)' } as WorkbookSnapshot,
    plans: [] as Plan[],
    selection: null as { sheet: string; row: number } | null,
    readSnapshot: async () => host.snapshot,
    applyPlan: async (plan: Plan, opts: { action: string }) => {
      host.plans.push(plan);
      const final = withChangeLog(plan, host.snapshot, {
        action: opts.action,
        user: host.snapshot.user,
        time: '2025-06-30 10:00:00',
        lang: 'zh',
      });
      host.snapshot = applyWrites(host.snapshot, final.plan);
      return { logged: final.entries.length };
    },
    selectedRow: async () => host.selection,
  };
  return host;
}

const view = (host: ReturnType<typeof memoryHost>) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LedgerPanel host={host} lang="zh" today={TODAY} />
    </FluentProvider>,
  );

describe('LedgerPanel', () => {
  it('refuses to close P5 with its open measure, then sends it back and logs who did it', async () => {
    const host = memoryHost();
    view(host);
    await screen.findByText('发现问题 7 个，已整改 3 个，已销号 2 个，逾期 1 个。');
    fireEvent.change(screen.getByRole('combobox', { name: '问题编号' }), { target: { value: 'P5' } });
    fireEvent.change(screen.getByRole('textbox', { name: '审核人' }), { target: { value: '王审' } });
    fireEvent.change(screen.getByRole('textbox', { name: /日期/ }), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: '销号' }));
    expect(await screen.findByText(/还有 1 项整改措施未完成，不能销号：P5-1（清退津贴，进行中）/)).toBeTruthy();
    expect(host.plans).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: '退回原因' }), { target: { value: '佐证不足' } });
    fireEvent.click(screen.getByRole('button', { name: '退回重改' }));
    await screen.findByText(/问题 P5 已退回重改（第 2 次退回）：佐证不足 已留痕 4 条。/);
    const row = host.snapshot.sheets[0].values[5];
    expect([row[10], row[15], row[16]]).toEqual(['退回重改', 2, '佐证不足']);
    const log = host.snapshot.sheets.find((s) => s.name === '_log')!;
    expect(log.values.slice(1).map((r) => [r[4], r[7]])).toEqual([
      ['K6', '张三 (Office)'],
      ['P6', '张三 (Office)'],
      ['Q6', '张三 (Office)'],
      ['N6', '张三 (Office)'],
    ]);
    expect(checkLog(host.snapshot, 'zh')).toEqual([]);
  });

  it('preselects the problem of the selected row (a measure on 任务清单), and says when a row is no problem', async () => {
    const host = memoryHost();
    host.selection = { sheet: '任务清单', row: 7 }; // P5-1 清退津贴
    view(host);
    expect(await screen.findByText('已按所选单元格（任务清单 第 7 行）选定问题 P5。')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: '问题编号' }) as HTMLSelectElement).value).toBe('P5');

    // The user clicks another row in Excel, then 用所选行.
    host.selection = { sheet: '问题清单', row: 3 };
    fireEvent.click(screen.getByRole('button', { name: '用所选行' }));
    await screen.findByText('已按所选单元格（问题清单 第 3 行）选定问题 P2。');
    expect((screen.getByRole('combobox', { name: '问题编号' }) as HTMLSelectElement).value).toBe('P2');
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));
    await screen.findByText(/问题 P2 已提交审核/);
    expect(host.snapshot.sheets[0].values[2][10]).toBe('待审核');

    host.selection = { sheet: '问题清单', row: 1 }; // the header row
    fireEvent.click(screen.getByRole('button', { name: '用所选行' }));
    await screen.findByText(/所选单元格（问题清单 第 1 行）不是某个问题的行/);
    expect((screen.getByRole('combobox', { name: '问题编号' }) as HTMLSelectElement).value).toBe('P2');
  });

  it('draws one chart group per responsible unit and previews the letter', async () => {
    const host = memoryHost();
    const { container } = view(host);
    await screen.findByText(/发现问题 7 个/);
    const groups = [...container.querySelectorAll('svg g[data-unit]')].map((g) => g.getAttribute('data-unit'));
    expect(groups[0]).toBe('办公室'); // the largest unit first
    expect([...groups].sort()).toEqual(['办公室', '督查科', '组织科', '财务科', '档案室', '（未指定责任单位）'].sort());
    const preview = screen.getByRole('textbox', { name: '督办函预览' }) as HTMLTextAreaElement;
    expect(preview.value.split('\n').slice(0, 4)).toEqual(['巡察整改提醒督办函', '（第3次督办）', '', '办公室：']);
    fireEvent.change(screen.getByRole('combobox', { name: '责任单位' }), { target: { value: '研究室' } });
    expect((screen.getByRole('textbox', { name: '督办函预览' }) as HTMLTextAreaElement).value).toContain('P2-1');
  });

  it('rebuilds the generated sheets from the pane', async () => {
    const host = memoryHost();
    view(host);
    await screen.findByText(/发现问题 7 个/);
    fireEvent.click(screen.getByRole('button', { name: '生成台账、统计、督办清单' }));
    await screen.findByText('已重新生成 整改台账、统计、督办清单。');
    expect(host.snapshot.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['整改台账', '统计', '督办清单', '_log']),
    );
    await waitFor(() => expect(host.plans[0].charts?.[0].sheet).toBe('统计'));
  });
});
