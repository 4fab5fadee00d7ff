/**
 * The built add-in in Debian's Chromium against the fake Excel host, in both
 * Office.js modes (webpack.config.js): from Microsoft's CDN, and from the
 * add-in's own origin (`--env localOffice`, for isolated intranets).
 *
 *  - The pane: structure → check → click a finding (Excel's selection moves) →
 *    refresh, in Chinese and in English; English for en-GB too.
 *  - The ribbon: 检查 and 刷新 run in commands.html and report in the dialog
 *    page (dialog.html in a floating frame, as Excel on the web shows it with
 *    displayInIframe); its OK button closes it and the event completes.
 *  - Why the pane cannot start, each in its own words: office.js blocked,
 *    office.js outside Office (the real office.js, local mode: it is there to be
 *    loaded), a host that is not Excel; and an old webview (a Trident user
 *    agent) gets the compat.js message in both languages.
 *
 * Screenshots go to test-output/screenshots/ (CDN mode; `npm run screenshots`
 * runs this test with SCREENSHOTS_DIR=docs/screenshots to re-take the
 * documentation's pictures); a plain test run never writes into tracked files.
 *
 * The pages are served on 127.0.0.1 exactly as built. Where a page asks for
 * office.js (the CDN URL, or office-js/office.js in local mode) the test
 * answers with the fake host bundle, unless a case needs it blocked or real.
 * Chromium resolves every other host to nothing. Every request is recorded:
 * in CDN mode the only one that leaves the add-in's origin is the CDN's
 * office.js; in local mode none does, and a request to
 * appsforoffice.microsoft.com fails the test. Any page error fails it too.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { type Browser, type Page, type Route, chromium } from 'playwright-core';
import { createHash } from 'crypto';
import { type OfficeJsMode, built, root, scriptsOf } from '../addin/build';
import type { Lang } from '../../src/i18n/index';
import { tp } from '../../src/i18n/pane';
import { PANELS } from '../../src/taskpane/panels/index';

const shots = path.resolve(root, process.env.SCREENSHOTS_DIR || path.join('test-output', 'screenshots'));
/** The tabs' pictures, for a look after a change to how panels load (never into docs/). */
const tabShots = path.resolve(root, 'test-output', 'screenshots');
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => fs.existsSync(p));
const { OFFICE_JS_CDN, LOCAL_OFFICE_DIR } = require('../../webpack.config.js') as {
  OFFICE_JS_CDN: string;
  LOCAL_OFFICE_DIR: string;
};
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.css': 'text/css',
  '.gif': 'image/gif',
};

let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM)
    throw new Error('Chromium is missing: install the Debian package "chromium" (npm test does it as root).');
  fs.mkdirSync(shots, { recursive: true });
  fs.mkdirSync(tabShots, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
});

/** How a page's office.js request is answered: the fake host, the real file (local mode), or a failure. */
type OfficeJs = 'fake' | 'real' | 'blocked';

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
  /** Content-Security-Policy violations: the securitypolicyviolation events of the page and its frames. */
  violations: string[];
}

/** Reports every CSP violation of a page (and of its frames) on the console, where the test collects it. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) =>
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' +
    e.sourceFile + ':' + e.lineNumber));`;

describe.each<OfficeJsMode>(['cdn', 'local'])('Office.js from %s', (mode) => {
  let dir = '';
  let server: http.Server;
  let base = '';
  let fakeHost = '';
  const opened: Opened[] = [];
  const officeJsUrl = () => (mode === 'cdn' ? OFFICE_JS_CDN : `${base}/${LOCAL_OFFICE_DIR}/office.js`);
  const shot = (name: string) => path.join(shots, mode === 'cdn' ? name : name.replace(/\.png$/, '-local.png'));

  beforeAll(async () => {
    dir = built(mode);
    const fake = fs.readdirSync(dir).find((f) => /^fakehost\..*\.js$/.test(f));
    if (!fake) throw new Error('the fake host bundle was not built');
    fakeHost = fs.readFileSync(path.join(dir, fake), 'utf8');
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
      if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 300000);

  afterAll(async () => {
    // Pages still open keep their connections alive, and close() waits for them: end them first.
    for (const o of opened) await o.page.close().catch(() => undefined);
    server?.closeAllConnections();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  }, 30000);

  /** Every request of every page this mode opened stayed where it may go. */
  afterEach(() => {
    for (const { requests, errors, violations } of opened.splice(0)) {
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
      const outside = requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== base);
      if (mode === 'cdn') expect(outside.filter((u) => u !== OFFICE_JS_CDN)).toEqual([]);
      else expect(outside).toEqual([]);
    }
  });

  async function open(
    pathAndQuery: string,
    {
      officeJs = 'fake',
      userAgent,
      viewport = { width: 380, height: 980 },
    }: {
      officeJs?: OfficeJs;
      userAgent?: string;
      viewport?: { width: number; height: number };
    } = {},
  ): Promise<Opened> {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, userAgent });
    const o: Opened = { page, requests: [], errors: [], violations: [] };
    opened.push(o);
    page.on('request', (r) => o.requests.push(r.url()));
    page.on('pageerror', (e) => o.errors.push(String(e)));
    // Chromium also logs what the CSP refused ("Refused to …"), and a directive it ignores.
    page.on('console', (m) => {
      if (m.type() === 'error' && /CSP violation|Content Security Policy/.test(m.text())) o.violations.push(m.text());
    });
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    const answer = (route: Route) => {
      if (officeJs === 'fake') return route.fulfill({ contentType: TYPES['.js'], body: fakeHost });
      if (officeJs === 'blocked') return route.abort('internetdisconnected');
      return route.continue();
    };
    await page.route(officeJsUrl(), answer);
    if (mode === 'local') {
      // Nothing may come from Microsoft's CDN in this mode: recorded (the afterEach check fails) and refused.
      await page.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) => route.abort('blockedbyclient'));
    }
    await page.goto(`${base}/${pathAndQuery}`);
    return o;
  }

  async function flow(
    lang: 'zh-CN' | 'en-US',
    text: { structure: string; check: string; refresh: string; findings: string },
  ): Promise<Page> {
    const { page, requests } = await open(`taskpane.html?lang=${lang}&latency=20`);
    // The demo ledger is hand-made: the summary reads it before any command.
    await page.getByText(text.structure, { exact: true }).waitFor();
    await page.locator('[data-testid="completion-rate"]').waitFor();
    expect(requests.filter((u) => u === officeJsUrl())).toHaveLength(1);

    await page.locator('[data-action="structure"]').click();
    await page.locator('[data-status="success"], [data-status="warning"]').waitFor({ timeout: 30000 });
    const afterStructure = await page.evaluate(() => {
      const host = (window as unknown as { __fakeExcel: import('../fakeExcel').FakeExcel }).__fakeExcel;
      const p = host.workbook.sheets.find((s) => s.name === '问题清单')!;
      return {
        tables: p.tables.map((t) => t.name),
        cfs: p.conditionalFormats.length,
        validations: p.validations.length,
        sheets: host.workbook.sheets.map((s) => s.name),
      };
    });
    expect(afterStructure.tables.length).toBe(1);
    expect(afterStructure.cfs).toBeGreaterThan(0);
    expect(afterStructure.validations).toBeGreaterThan(0);
    expect(afterStructure.sheets).toEqual(expect.arrayContaining(['_lists', '_settings', '_log']));

    await page.locator('[data-action="check"]').click();
    const finding = page.locator('[data-finding]:not([disabled])').first();
    await finding.waitFor({ timeout: 30000 });
    const cell = await finding.getAttribute('data-finding');
    const sheet = await finding.locator('xpath=ancestor::section[1]').getAttribute('aria-label');
    // Keyboard: focus the finding and press Enter, as a keyboard user would.
    await finding.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (
          window as unknown as { __fakeExcel: { workbook: { selection: { sheet: string; address: string } | null } } }
        ).__fakeExcel.workbook.selection;
        return !!sel && sel.sheet === s && sel.address === c;
      },
      [sheet, cell],
    );

    await page.locator('[data-action="refresh"]').click();
    await page.locator('[data-status="success"], [data-status="warning"]').waitFor({ timeout: 30000 });
    const alerts = await page.evaluate(() => {
      const host = (window as unknown as { __fakeExcel: import('../fakeExcel').FakeExcel }).__fakeExcel;
      const p = host.workbook.sheets.find((s) => s.name === '问题清单')!;
      const header = p.row(1);
      const col = header.indexOf('预警') + 1;
      return [2, 3, 4].map((r) => p.valueAt(r, col));
    });
    expect(alerts.some((a) => typeof a === 'string' && a.length > 0)).toBe(true);

    // Back to the findings tab for the picture; let the summary re-read finish.
    await page.getByRole('tab', { name: text.findings }).click();
    await page.waitForTimeout(300);
    return page;
  }

  test('zh-CN: structure → check → click a finding → refresh', async () => {
    const page = await flow('zh-CN', {
      structure: '建立台账结构',
      check: '检查',
      refresh: '刷新',
      findings: '检查结果',
    });
    if (mode === 'local') return;
    await page.screenshot({ path: path.join(shots, 'pane-zh.png'), fullPage: true });

    // 销号与督办 acts on the row selected in Excel: select a cell on row 3 of 问题清单, open the panel.
    const id = await page.evaluate(() => {
      const host = (window as unknown as { __fakeExcel: import('../fakeExcel').FakeExcel }).__fakeExcel;
      host.workbook.selection = { sheet: '问题清单', address: 'D3' };
      const p = host.workbook.sheets.find((x) => x.name === '问题清单')!;
      return p.valueAt(3, p.row(1).indexOf('问题编号') + 1);
    });
    await page.getByRole('tab', { name: '销号与督办' }).click();
    await page.getByText(`已按所选单元格（问题清单 第 3 行）选定问题 ${id}。`).waitFor({ timeout: 30000 });
    expect(await page.getByRole('combobox', { name: '问题编号' }).inputValue()).toBe(id);
    await page.screenshot({ path: path.join(shots, 'pane-closeout-zh.png') });
  }, 120000);

  test('en-US: the same flow in English', async () => {
    const page = await flow('en-US', {
      structure: 'Set up ledger',
      check: 'Check',
      refresh: 'Refresh',
      findings: 'Findings',
    });
    if (mode === 'cdn') await page.screenshot({ path: path.join(shots, 'pane-en.png'), fullPage: true });
  }, 120000);

  // The panels and their words are chunks of their own (src/taskpane/loadCore.ts): each tab must open, with no key
  // shown in place of its words.
  test.each<['zh-CN' | 'en-US', Lang]>([
    ['zh-CN', 'zh'],
    ['en-US', 'en'],
  ])(
    '%s: every tab opens and shows its words',
    async (display, lang) => {
      const { page } = await open(`taskpane.html?lang=${display}`);
      await page.locator('[data-testid="completion-rate"]').waitFor({ timeout: 30000 });
      const loading = tp(lang, 'addin.loading');
      for (const panel of PANELS) {
        const title = tp(lang, panel.title);
        await page.getByRole('tab', { name: title, exact: true }).click();
        const section = page.locator(`section[role="tabpanel"][aria-label="${title}"]`);
        await section.waitFor({ timeout: 30000 });
        await page.waitForFunction(
          ([t, l]) => {
            const text = document.querySelector(`section[role="tabpanel"][aria-label="${t}"]`)?.textContent ?? '';
            return text.trim().length > 0 && !text.includes(l);
          },
          [title, loading],
          { timeout: 30000 },
        );
        expect(await page.getByRole('tab', { name: title, exact: true }).getAttribute('aria-selected')).toBe('true');
        const text = (await section.textContent()) ?? '';
        // An unregistered word shows as its key (src/i18n/pane.ts): dotted words such as addin.summary.title.
        expect(text).not.toMatch(/\b[a-z][A-Za-z]*\.[a-z][A-Za-z]*\.[A-Za-z.]+/);
        if (mode === 'cdn') await page.screenshot({ path: path.join(tabShots, `tab-${panel.id}-${lang}.png`) });
      }
    },
    180000,
  );

  test('every page carries its Content-Security-Policy, first in <head>', async () => {
    for (const name of ['taskpane.html', 'commands.html', 'dialog.html', 'help.html']) {
      const html = fs.readFileSync(path.join(dir, name), 'utf8');
      const head = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(html);
      expect({ name, csp: !!head }).toEqual({ name, csp: true });
      const policy = new Map(
        head![1].split(';').map((d) => {
          const [k, ...v] = d.trim().split(/\s+/);
          return [k, v] as const;
        }),
      );
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      const scripts = policy.get('script-src')!;
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-inline'");
      // Our origin, Office.js's (none of its own in the intranet build), and each inline script by its hash.
      const inline = scriptsOf(html).filter((x) => !x.src);
      expect(scripts).toEqual([
        "'self'",
        ...(mode === 'cdn' ? [new URL(OFFICE_JS_CDN).origin] : []),
        ...inline.map((x) => `'sha256-${createHash('sha256').update(x.text, 'utf8').digest('base64')}'`),
      ]);
    }
    // The static help page too, opened (no violation: the afterEach check).
    const { page } = await open('help.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
  }, 60000);

  test('en-GB: the pane is in English too', async () => {
    const { page } = await open('taskpane.html?lang=en-GB');
    await page.getByText('Set up ledger', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
  }, 60000);

  /** The ribbon's function file runs a command; returns the dialog frame and how to see the event completed. */
  async function ribbon(name: 'checkLedger' | 'refreshLedger', lang: string) {
    const o = await open(`commands.html?lang=${lang}`, { viewport: { width: 1400, height: 820 } });
    const { page } = o;
    await page.waitForFunction(() => {
      const host = (window as unknown as { __fakeExcel?: { actions: Record<string, unknown> } }).__fakeExcel;
      return !!host && Object.keys(host.actions).length === 2;
    });
    await page.evaluate((n) => {
      const w = window as unknown as {
        __completed: number;
        __fakeExcel: { actions: Record<string, (e: unknown) => Promise<void>> };
      };
      w.__completed = 0;
      void w.__fakeExcel.actions[n]({ completed: () => w.__completed++ });
    }, name);
    const frame = page.locator('iframe[data-fake-dialog]');
    await frame.waitFor({ timeout: 30000 });
    const dialog = page.frameLocator('iframe[data-fake-dialog]');
    await dialog.locator('#ok').waitFor();
    const completed = () => page.evaluate(() => (window as unknown as { __completed: number }).__completed);
    return { ...o, frame, dialog, completed };
  }

  test('ribbon 检查: the dialog shows the counts and the first finding; OK closes it and completes', async () => {
    const { page, frame, dialog, completed } = await ribbon('checkLedger', 'zh-CN');
    await expect(dialog.locator('#title').textContent()).resolves.toBe('整改台账 · 检查');
    const lines = await dialog.locator('#lines p').allTextContents();
    expect(lines[0]).toMatch(/^检查完成：\d+ 个错误，\d+ 个警告。$|^检查完成：没有发现问题。$/);
    if (lines.length > 1) expect(lines[1]).toMatch(/^第一条：/);
    expect(await dialog.locator('#ok').textContent()).toBe('确定');
    if (mode === 'cdn') await frame.screenshot({ path: path.join(shots, 'ribbon-check-zh.png') });
    expect(await completed()).toBe(0);
    await dialog.locator('#ok').click();
    await frame.waitFor({ state: 'detached' });
    await page.waitForFunction(() => (window as unknown as { __completed: number }).__completed === 1);
  }, 60000);

  test('ribbon Refresh in English: cells changed and sheets rebuilt; closing with X completes', async () => {
    const { page, frame, dialog } = await ribbon('refreshLedger', 'en-US');
    await expect(dialog.locator('#title').textContent()).resolves.toBe('Rectification Ledger · Refresh');
    const lines = await dialog.locator('#lines p').allTextContents();
    expect(lines[0]).toMatch(/^Refreshed: \d+ cells changed \(\d+ round trips\)\.$|already up to date/);
    expect(lines[1]).toMatch(/generated sheets|Rebuilt with the new status/);
    if (mode === 'cdn') await frame.screenshot({ path: path.join(shots, 'ribbon-refresh-en.png') });
    await page.evaluate(() => (window as unknown as { __fakeCloseDialog: (i: number) => void }).__fakeCloseDialog(0));
    await page.waitForFunction(() => (window as unknown as { __completed: number }).__completed === 1);
  }, 60000);

  test('(a) office.js cannot be loaded: says so, not "Excel was not found"', async () => {
    const { page, requests } = await open('taskpane.html', { officeJs: 'blocked' });
    const notice = page.locator('[data-start="addin.start.noOfficeJs"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/无法加载 Office\.js.*could not be loaded/);
    expect(requests).toContain(officeJsUrl());
    if (mode === 'cdn') await page.screenshot({ path: path.join(shots, 'start-no-officejs.png') });
  }, 60000);

  test('(c) inside Office but not Excel: names the application', async () => {
    const { page } = await open('taskpane.html?host=Word');
    const notice = page.locator('[data-start="addin.start.notExcel"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/当前应用是 Word.*this is Word/);
  }, 60000);

  test('an old webview (Trident): the compat message in both languages, no pane', async () => {
    const { page } = await open('taskpane.html', { userAgent: TRIDENT });
    const box = page.locator('#rl-old-webview');
    await box.waitFor();
    expect(await box.textContent()).toMatch(/此版本的 Excel 无法运行整改台账.*This version of Excel cannot run/);
    await page.waitForTimeout(300);
    expect(await page.locator('#root').innerHTML()).toBe('');
    if (mode === 'cdn') await page.screenshot({ path: path.join(shots, 'old-webview.png') });
  }, 60000);

  if (mode === 'local') {
    test('(b) the real office.js, from the add-in itself, outside Office: open it from Excel', async () => {
      const { page, requests } = await open('taskpane.html', { officeJs: 'real' });
      const notice = page.locator('[data-start="addin.start.notInOffice"]');
      await notice.waitFor({ timeout: 30000 });
      expect(await notice.textContent()).toMatch(/只能在 Excel 中使用.*works only inside Excel/);
      // office.js came from here, and whatever else it loaded too (the afterEach check: nothing left the origin).
      expect(requests).toContain(`${base}/${LOCAL_OFFICE_DIR}/office.js`);
      await page.screenshot({ path: shot('start-not-in-office.png') });
    }, 60000);
  }
});
