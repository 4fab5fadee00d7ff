/**
 * The built task pane in Debian's Chromium against the fake Excel host:
 * structure → check → click a finding (Excel's selection moves) → refresh,
 * in Chinese and in English, with screenshots in test-output/screenshots/.
 * `npm run screenshots` runs this test with SCREENSHOTS_DIR=docs/screenshots
 * to re-take the pictures the documentation shows; a plain test run never
 * writes into the repository's tracked files.
 *
 * The pane is the production build (webpack --env e2e = the production pane
 * plus the fake host bundle). The page is served on 127.0.0.1; Office.js's CDN
 * script tag is replaced by the fake host, which defines Office and Excel.
 * Chromium resolves every other host to nothing, and the test fails if any
 * request at all leaves loopback.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { type Browser, type Page, chromium } from 'playwright-core';

const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, 'test-output', 'e2e-addin');
const shots = path.resolve(root, process.env.SCREENSHOTS_DIR || path.join('test-output', 'screenshots'));
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => fs.existsSync(p));

let server: http.Server;
let base = '';
let browser: Browser;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

beforeAll(async () => {
  if (!CHROMIUM)
    throw new Error('Chromium is missing: install the Debian package "chromium" (npm test does it as root).');
  // npm test runs the suite twice (two time zones): the second run reuses the first one's build
  // when nothing it is built from has changed since (the stamp is written after a good build).
  const stamp = path.join(out, '.built');
  const inputs = ['src', 'assets', 'test/fakeExcel', 'webpack.config.js', 'manifest.xml', 'package-lock.json'];
  const { stampIsFresh } = require('../../scripts/bundle-size.js') as {
    stampIsFresh(stamp: string, inputs: string[]): boolean;
  };
  if (!stampIsFresh(stamp, inputs)) {
    const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--env', 'e2e'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`webpack --env e2e failed:\n${build.stdout}\n${build.stderr}`);
    fs.writeFileSync(stamp, new Date().toISOString());
  }
  const fake = fs.readdirSync(out).find((f) => /^fakehost\..*\.js$/.test(f));
  if (!fake) throw new Error('the fake host bundle was not built');

  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(out, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (url.pathname === '/taskpane.html') {
      const html = body.toString('utf8');
      const replaced = html.replace(
        /<script src="?https:\/\/appsforoffice\.microsoft\.com[^>]*><\/script>/,
        `<script src="/${fake}"></script>`,
      );
      if (replaced === html) throw new Error('taskpane.html does not load office.js from the CDN as expected');
      body = replaced;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.mkdirSync(shots, { recursive: true });
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
}, 240000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

async function open(lang: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 380, height: 980 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/taskpane.html?lang=${lang}&latency=20`);
  return { page, requests, errors };
}

function offLoopback(requests: string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    return new URL(u).hostname !== '127.0.0.1';
  });
}

async function flow(
  lang: 'zh-CN' | 'en-US',
  text: { structure: string; check: string; refresh: string; findings: string },
) {
  const { page, requests, errors } = await open(lang);
  // The demo ledger is hand-made: the summary reads it before any command.
  await page.getByText(text.structure, { exact: true }).waitFor();
  await page.locator('[data-testid="completion-rate"]').waitFor();

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
  expect(errors).toEqual([]);
  expect(offLoopback(requests)).toEqual([]);
  return page;
}

test('zh-CN: structure → check → click a finding → refresh, nothing leaves loopback', async () => {
  const page = await flow('zh-CN', { structure: '建立台账结构', check: '检查', refresh: '刷新', findings: '检查结果' });
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
  await page.close();
}, 120000);

test('en-US: the same flow in English', async () => {
  const page = await flow('en-US', {
    structure: 'Set up ledger',
    check: 'Check',
    refresh: 'Refresh',
    findings: 'Findings',
  });
  await page.screenshot({ path: path.join(shots, 'pane-en.png'), fullPage: true });
  await page.close();
}, 120000);
