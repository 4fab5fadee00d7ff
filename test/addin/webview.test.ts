/**
 * Old webviews and where Office.js comes from, checked on the built add-in (both modes, test/addin/build.ts):
 *  - every page runs the old-webview check (src/taskpane/compat.js, inlined) before any bundle of ours, the task
 *    pane before anything at all; the check and the dialog's script parse as ES5, before and after the build's
 *    minifier, so they run where the bundles cannot;
 *  - every script we emit parses as ES2020, the level compat.js tests for (a dependency shipping newer syntax
 *    would otherwise blank the pane in a webview that passed the check);
 *  - CDN mode loads office.js from Microsoft's CDN on every page; local mode from the add-in's own office-js/
 *    folder, which holds office.js and the Excel and locale files it loads, and no page names another origin;
 *  - compat.js itself, in a jsdom window: Trident, EdgeHTML and a webview lacking ES2020 or WeakRef get the
 *    message in both languages and window.RL_OLD_WEBVIEW, a modern one nothing; in the function file the ribbon
 *    buttons open the dialog with that message and complete their event.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
import { JSDOM, ResourceLoader } from 'jsdom';
import { type OfficeJsMode, built, root, scriptsOf } from './build';
import { until } from '../helpers/until';

const { OFFICE_JS_CDN, LOCAL_OFFICE_DIR } = require('../../webpack.config.js') as {
  OFFICE_JS_CDN: string;
  LOCAL_OFFICE_DIR: string;
};

const parses = (code: string, ecmaVersion: 5 | 2020) => {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
    return true;
  } catch (e) {
    return String(e);
  }
};

const compatSource = fs.readFileSync(path.join(root, 'src/taskpane/compat.js'), 'utf8');
const dialogSource = fs.readFileSync(path.join(root, 'src/dialog/dialog.js'), 'utf8');

test('compat.js and dialog.js are ES5: no modules, arrow functions, let/const, trailing commas in calls', () => {
  expect(parses(compatSource, 5)).toBe(true);
  expect(parses(dialogSource, 5)).toBe(true);
  // ES2015 code is rejected at that level (the check is not vacuous).
  expect(parses('const f = () => 1;', 5)).not.toBe(true);
});

describe.each<OfficeJsMode>(['cdn', 'local'])('built add-in, Office.js from %s', (mode) => {
  let dir = '';
  const page = (name: string) => scriptsOf(fs.readFileSync(path.join(dir, name), 'utf8'));
  const officeJs = mode === 'cdn' ? OFFICE_JS_CDN : `${LOCAL_OFFICE_DIR}/office.js`;

  beforeAll(() => {
    dir = built(mode);
  }, 300_000);

  test('taskpane.html: the ES5 check first, then office.js, then the bundle', () => {
    const scripts = page('taskpane.html');
    expect(scripts.map((s) => s.src)).toEqual([null, officeJs, expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(scripts[0].text).toContain('RL_OLD_WEBVIEW');
    expect(parses(scripts[0].text, 5)).toBe(true);
  });

  test('commands.html: office.js, then the ES5 check, then the ribbon bundle', () => {
    const scripts = page('commands.html');
    expect(scripts.map((s) => s.src)).toEqual([officeJs, null, expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/)]);
    expect(parses(scripts[1].text, 5)).toBe(true);
  });

  test('dialog.html: office.js and its own ES5 script, no bundle', () => {
    const scripts = page('dialog.html');
    expect(scripts.map((s) => s.src)).toEqual([officeJs, null]);
    expect(scripts[1].text).toContain('messageParent');
    expect(parses(scripts[1].text, 5)).toBe(true);
  });

  test('every script we emit parses as ES2020', () => {
    const ours = [
      ...fs.readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('fakehost.')),
      ...fs.readdirSync(path.join(dir, 'chunks')).map((f) => `chunks/${f}`),
    ].filter((f) => f.endsWith('.js'));
    expect(ours.length).toBeGreaterThan(3);
    const wrong = ours
      .map((f) => [f, parses(fs.readFileSync(path.join(dir, f), 'utf8'), 2020)])
      .filter(([, ok]) => ok !== true);
    expect(wrong).toEqual([]);
  });

  test(
    mode === 'cdn' ? 'no local copy of office.js' : 'office.js and its files are served from the add-in itself',
    () => {
      const local = path.join(dir, LOCAL_OFFICE_DIR);
      if (mode === 'cdn') {
        expect(fs.existsSync(local)).toBe(false);
        return;
      }
      const dist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
      // Byte for byte Microsoft's files (the build's minifier leaves them alone).
      for (const f of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js']) {
        expect(fs.readFileSync(path.join(local, f)).equals(fs.readFileSync(path.join(dist, f)))).toBe(true);
      }
      for (const locale of ['zh-cn', 'en-us', 'en-gb']) {
        expect(fs.existsSync(path.join(local, locale, 'office_strings.js'))).toBe(true);
      }
      expect(fs.readdirSync(local).filter((f) => /^(word|outlook|powerpoint|onenote)/.test(f))).toEqual([]);
      for (const name of ['taskpane.html', 'commands.html', 'dialog.html']) {
        expect(fs.readFileSync(path.join(dir, name), 'utf8')).not.toMatch(/appsforoffice|https?:\/\//);
      }
    },
  );
});

// ---- compat.js at work, in a jsdom window standing in for each webview

const MODERN =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko';
const EDGEHTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19045';

interface Webview {
  window: Record<string, unknown> & { document: Document };
  dialogs: string[];
  associated: Record<string, (event: { completed(): void }) => void>;
}

/** A page (task pane or function file) in a webview, with compat.js run in it. */
async function webview(
  userAgent: string,
  { page = 'taskpane', before }: { page?: 'taskpane' | 'commands'; before?: (w: Record<string, unknown>) => void } = {},
): Promise<Webview> {
  const body = page === 'taskpane' ? '<div id="root"></div>' : '';
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`, {
    url: `https://addin.example/${page}.html`,
    resources: new ResourceLoader({ userAgent }),
    runScripts: 'outside-only',
  });
  const w = dom.window as unknown as Webview['window'];
  // What a modern engine has and jsdom lacks.
  w.fetch = () => undefined;
  const dialogs: string[] = [];
  const associated: Webview['associated'] = {};
  if (page === 'commands') {
    w.Office = {
      actions: { associate: (name: string, fn: Webview['associated'][string]) => (associated[name] = fn) },
      context: {
        ui: {
          displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
            dialogs.push(url);
            cb({
              status: 'succeeded',
              value: {
                addEventHandler: (type: string, h: () => void) => type === 'dialogMessageReceived' && setTimeout(h, 0),
                close: () => undefined,
              },
            });
          },
        },
      },
    };
  }
  before?.(w);
  (dom.window as unknown as { eval(code: string): void }).eval(compatSource);
  // The message goes in at DOMContentLoaded when the script runs while the page is still loading: wait for the
  // page to have loaded (after DOMContentLoaded), however long a busy machine takes.
  await new Promise<void>((r) =>
    dom.window.document.readyState === 'complete' ? r() : dom.window.addEventListener('load', () => r()),
  );
  return { window: w, dialogs, associated };
}

test('a modern webview: no message, nothing set', async () => {
  const { window } = await webview(MODERN);
  expect(window.navigator).toMatchObject({ userAgent: MODERN });
  expect(window.RL_OLD_WEBVIEW).toBeUndefined();
  expect(window.document.getElementById('rl-old-webview')).toBeNull();
});

test.each([
  ['Trident', TRIDENT, undefined],
  ['EdgeHTML', EDGEHTML, undefined],
  ['WeakRef', MODERN, (w: Record<string, unknown>) => delete w.WeakRef],
  ['fetch', MODERN, (w: Record<string, unknown>) => delete w.fetch],
])('%s: the message in Chinese and English instead of the pane', async (reason, ua, before) => {
  const { window } = await webview(ua, { before });
  expect(window.RL_OLD_WEBVIEW).toBe(reason);
  const box = window.document.getElementById('rl-old-webview')!;
  expect(box.getAttribute('role')).toBe('alert');
  const text = box.textContent!;
  expect(text).toContain('此版本的 Excel 无法运行整改台账');
  expect(text).toContain('This version of Excel cannot run Rectification Ledger');
  // Which versions, and what to do, in both languages.
  expect(text).toMatch(/Microsoft 365.*2108.*Excel 2021.*16\.52.*网页版 Excel/);
  expect(text).toMatch(/version 2108.*Excel 2021.*16\.52.*Excel on the web/);
  expect(text).toMatch(/WebView2 运行时/);
  expect(text).toMatch(/WebView2 Runtime/);
  expect((window.document.getElementById('root') as HTMLElement).style.display).toBe('none');
});

test('old webview, function file: both ribbon buttons say why in the dialog and complete their event', async () => {
  const { window, dialogs, associated } = await webview(TRIDENT, { page: 'commands' });
  expect(window.RL_OLD_WEBVIEW).toBe('Trident');
  expect(Object.keys(associated).sort()).toEqual(['checkLedger', 'refreshLedger']);
  let completed = 0;
  associated.checkLedger({ completed: () => completed++ });
  await until(() => completed > 0, 'the event to complete');
  expect(completed).toBe(1);
  const url = new URL(dialogs[0]);
  expect(url.origin + url.pathname).toBe('https://addin.example/dialog.html');
  expect(url.searchParams.get('intent')).toBe('error');
  expect(url.searchParams.get('title')).toBe('此版本的 Excel 无法运行整改台账');
  const lines = url.searchParams.getAll('line');
  expect(lines).toContain('This version of Excel cannot run Rectification Ledger');
  expect(lines.join(' ')).toMatch(/WebView2/);
  // The commands bundle leaves compat's functions in place (it skips associating in an old webview).
  const commands = fs.readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
  expect(commands).toMatch(/if \(!\(globalThis as \{ RL_OLD_WEBVIEW\?: string \}\)\.RL_OLD_WEBVIEW\) \{/);
});
