/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The task pane's entry (src/taskpane/index.tsx) says why it cannot start, each cause in its own words, in
 * Chinese and English: office.js did not load (no Office global), office.js loaded outside Office (onReady with a
 * null host), an Office application that is not Excel. In Excel it mounts the pane, in English for any English
 * display language (en-GB, en-AU…), in Chinese otherwise; after the old-webview check has spoken it mounts nothing.
 */
import * as React from 'react';
import { tp } from '../../src/i18n/pane';
import { until } from '../helpers/until';

// Each start loads the entry in isolation (its own React), outside any act(): we wait for the DOM instead.
(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false;

jest.mock('../../src/taskpane/App', () => ({
  App: ({ lang }: { lang: string }) => <div data-testid="app" data-lang={lang} />,
}));

type Info = { host: string | null; platform: string | null };

function officeGlobal(info: Info, displayLanguage = 'zh-CN') {
  return {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: { displayLanguage },
    onReady: (cb?: (i: Info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
  };
}

async function startPane(
  office: unknown,
  extra: Record<string, unknown> = {},
  cpuBudgetMs?: number,
): Promise<HTMLElement> {
  document.documentElement.lang = 'zh-CN';
  document.body.innerHTML = '<div id="root"></div>';
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.RL_OLD_WEBVIEW;
  if (office) g.Office = office;
  Object.assign(g, extra);
  jest.isolateModules(() => {
    require('../../src/taskpane/index');
  });
  const root = document.getElementById('root')!;
  await until(() => root.firstChild !== null, 'the pane to render', cpuBudgetMs).catch(() => undefined);
  return root;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).RL_OLD_WEBVIEW;
});

function notice(root: HTMLElement) {
  const box = root.querySelector('[role="alert"]');
  return { why: box?.getAttribute('data-start'), text: box?.textContent ?? '' };
}

test('(a) office.js did not load: says so, and what to do on an isolated intranet', async () => {
  const root = await startPane(undefined);
  const { why, text } = notice(root);
  expect(why).toBe('addin.start.noOfficeJs');
  expect(text).toContain(tp('zh', 'addin.start.noOfficeJs'));
  expect(text).toContain(tp('en', 'addin.start.noOfficeJs'));
  expect(text).toMatch(/appsforoffice\.microsoft\.com/);
  expect(text).not.toMatch(/未检测到 Excel|Excel was not found/);
  expect(root.querySelector('[data-testid="app"]')).toBeNull();
});

test('(b) office.js loaded outside Office (host null): open it from Excel', async () => {
  const root = await startPane(officeGlobal({ host: null, platform: null }));
  const { why, text } = notice(root);
  expect(why).toBe('addin.start.notInOffice');
  expect(text).toContain(tp('zh', 'addin.start.notInOffice'));
  expect(text).toContain(tp('en', 'addin.start.notInOffice'));
  expect(root.querySelector('[data-testid="app"]')).toBeNull();
});

test('(c) inside Office but not Excel: names the application', async () => {
  const root = await startPane(officeGlobal({ host: 'Word', platform: 'PC' }));
  const { why, text } = notice(root);
  expect(why).toBe('addin.start.notExcel');
  expect(text).toContain('当前应用是 Word');
  expect(text).toContain('this is Word');
  expect(root.querySelector('[data-testid="app"]')).toBeNull();
});

test('in Excel: the pane, in Chinese for a Chinese display language', async () => {
  const root = await startPane(officeGlobal({ host: 'Excel', platform: 'PC' }, 'zh-CN'));
  expect(root.querySelector('[data-testid="app"]')?.getAttribute('data-lang')).toBe('zh');
  expect(notice(root).why).toBeUndefined();
  expect(document.documentElement.lang).toBe('zh-CN');
});

test.each(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-IE', 'en-NZ', 'en-ZA', 'en-SG'])(
  'in Excel with display language %s: the pane in English',
  async (display) => {
    const root = await startPane(officeGlobal({ host: 'Excel', platform: 'PC' }, display));
    expect(root.querySelector('[data-testid="app"]')?.getAttribute('data-lang')).toBe('en');
    expect(document.documentElement.lang).toBe(display);
  },
);

test('after the old-webview check has shown its message, nothing is mounted', async () => {
  // Waiting for what must not come: until's second of CPU is some 15 s of idle polling. The panes above render
  // within a few milliseconds of CPU; a tenth of a second, some 1.5 s of polling, is still far more than that.
  const root = await startPane(officeGlobal({ host: 'Excel', platform: 'PC' }), { RL_OLD_WEBVIEW: 'Trident' }, 100);
  expect(root.innerHTML).toBe('');
});
