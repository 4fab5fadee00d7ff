/**
 * The holiday-notice flow in the built pane, in Debian's Chromium at the
 * pane's width (350 px), against the fake Excel host (as test/e2e/pane.test.ts
 * serves it): a deadline running into 2027, which the built-in calendar lacks,
 * puts the banner at the top; its button opens Settings, the pasted 2027
 * notice is previewed, and writing it ends the banner.
 *
 * Pictures for the documentation: calendar-banner-zh.png and
 * calendar-notice-zh.png, into test-output/screenshots/ (or SCREENSHOTS_DIR:
 * `SCREENSHOTS_DIR=docs/screenshots npx jest test/e2e/calendarNotice.test.ts`
 * re-takes the ones in docs/screenshots/).
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { type Browser, chromium } from 'playwright-core';
import { built, root } from '../addin/build';
import { NOTICE_2027 } from '../taskpane/settings/notices';

const shots = path.resolve(root, process.env.SCREENSHOTS_DIR || path.join('test-output', 'screenshots'));
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => fs.existsSync(p));
const { OFFICE_JS_CDN } = require('../../webpack.config.js') as { OFFICE_JS_CDN: string };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Run in the page right after the fake host: one more problem on 问题清单, fed back on Friday 2026-12-25 with 10
 * working days, so that a deadline runs into 2027 whatever day the test runs (the demo's dates follow today).
 */
function addProblemInto2027(): void {
  const host = (window as unknown as { __fakeExcel: import('../fakeExcel').FakeExcel }).__fakeExcel;
  const sheet = host.workbook.sheets.find((s) => s.name === '问题清单')!;
  const header = sheet.row(1);
  const row = sheet.usedRect(true)!.bottom + 1;
  const set = (name: string, value: unknown) => sheet.type(row, header.indexOf(name) + 1, value);
  set('问题编号', 'XC-09');
  set('被巡察单位', '市住建局');
  set('问题类别', '作风建设');
  set('问题描述', '年底集中报销，预算执行不均衡');
  set('反馈日期', 46381); // 2026-12-25
  set('整改时限', '10个工作日');
  set('整改状态', '整改中');
}

let browser: Browser;
let server: http.Server;
let base = '';
let fakeHost = '';

beforeAll(async () => {
  if (!CHROMIUM)
    throw new Error('Chromium is missing: install the Debian package "chromium" (npm test does it as root).');
  fs.mkdirSync(shots, { recursive: true });
  const dir = built('cdn');
  const fake = fs.readdirSync(dir).find((f) => /^fakehost\..*\.js$/.test(f));
  if (!fake) throw new Error('the fake host bundle was not built');
  fakeHost = `${fs.readFileSync(path.join(dir, fake), 'utf8')}\n;(${addProblemInto2027.toString()})();`;
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
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
}, 300000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
}, 30000);

test('banner → Settings → paste the 2027 notice → preview → write: the banner is gone', async () => {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ contentType: TYPES['.js'], body: fakeHost }));
  await page.goto(`${base}/taskpane.html?lang=zh-CN`);

  const banner = page.locator('[data-banner="calendar-gap"]');
  await banner.waitFor({ timeout: 30000 });
  expect(await banner.textContent()).toMatch(/2027 年/);
  expect(await page.getByText(/内置节假日日历还没有这一年/).count()).toBe(1);
  await page.screenshot({
    path: path.join(shots, 'calendar-banner-zh.png'),
    clip: { x: 0, y: 0, width: 350, height: 560 },
  });

  await banner.getByRole('button', { name: '去粘贴通知' }).click();
  const box = page.getByRole('textbox', { name: '通知全文' });
  await box.waitFor({ timeout: 30000 });
  await box.fill(NOTICE_2027);
  await box.evaluate((el) => (el.scrollTop = 0)); // the picture shows the notice's title
  const preview = page.getByRole('region', { name: '通知预览' });
  await preview.waitFor();
  expect(await preview.locator('[data-type="休"]').count()).toBe(29);
  expect(await preview.locator('[data-type="班"]').count()).toBe(5);
  const section = page.locator('[data-section="calendar-notice"]');
  await section.screenshot({ path: path.join(shots, 'calendar-notice-zh.png') });

  await page.getByRole('button', { name: '写入日历' }).click();
  await page.getByText(/2027 年节假日已写入 _calendar/).waitFor({ timeout: 30000 });
  await banner.waitFor({ state: 'detached' });
  // The result with the moved deadline, for a look (test output only, not a documentation picture).
  expect(await page.locator('[data-list="moved"]').textContent()).toContain('XC-09');
  await section.screenshot({ path: path.join(root, 'test-output', 'screenshots', 'calendar-written-zh.png') });
  expect(errors).toEqual([]);
  await page.close();
}, 300000);
