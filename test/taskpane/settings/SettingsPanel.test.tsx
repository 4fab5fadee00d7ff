/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The settings panel saves through the engine's settings command on the fake
 * Excel host: the value lands in `_settings`, the change is logged, and the
 * pane gets the outcome (its settings follow from it); a value the engine
 * refuses is explained in words.
 *
 * @excelApiMinimum the pane's commands add header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, they write without
 */
import { fireEvent, screen } from '@testing-library/react';
import { DEFAULT_SETTINGS, overviewOf } from '../../../src/engine';
import SettingsPanel from '../../../src/taskpane/panels/settings/SettingsPanel';
import { smallSnapshot } from '../../engine/ledger/fixture';
import { TODAY, renderPanel, testPane, uninstall, workbench } from '../harness';

afterEach(uninstall);

function open() {
  const bench = workbench(smallSnapshot());
  const pane = { ...testPane(), settings: DEFAULT_SETTINGS };
  renderPanel(SettingsPanel, { host: bench.host, lang: 'zh', pane });
  return { ...bench, pane };
}

const immediateLimit = () => screen.getByRole('textbox', { name: '“立行立改”默认时限' });

test('saving writes _settings, logs the change and hands the outcome to the pane', async () => {
  const { values, pane } = open();
  fireEvent.change(immediateLimit(), { target: { value: '15天' } });
  fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  await screen.findByText('设置已保存到 _settings 工作表。');
  expect((await values('_settings')).flat()).toContain('15天');
  expect((await values('_log')).slice(1).every((r) => r[2] === '修改设置')).toBe(true);
  expect(pane.changed).toHaveBeenCalledTimes(1);
  const after = pane.changed.mock.calls[0][0].after();
  expect(overviewOf(after, { lang: 'zh', today: TODAY }).settings.immediateLimit).toBe('15天');
});

test('a value the engine refuses is shown as a sentence, and nothing is written', async () => {
  const { values, pane } = open();
  fireEvent.change(immediateLimit(), { target: { value: '  ' } });
  fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText(/的值无效/)).toBeTruthy();
  expect(screen.queryByText(/settings\.invalid/)).toBeNull();
  expect(await values('_log')).toEqual([]);
  expect(pane.changed).not.toHaveBeenCalled();
});
