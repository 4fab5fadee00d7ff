/**
 * 下发回收 in the built pane, in Debian's Chromium at the pane's width, against
 * the fake Excel host (as test/e2e/pane.test.ts serves it): 下发 downloads a
 * real .zip of packages (Chromium's own download), the first package is
 * filled in as a unit would (ExcelJS here) and picked for 回收, and the merge
 * shows what was taken and what refused. Nothing is fetched from anywhere but
 * the add-in's own origin and the stand-in for office.js.
 *
 * Picture: roundtrip-zh.png into test-output/screenshots/ (or SCREENSHOTS_DIR).
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Browser, chromium } from 'playwright-core';
import { built, root } from '../addin/build';

const shots = path.resolve(root, process.env.SCREENSHOTS_DIR || path.join('test-output', 'screenshots'));
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => fs.existsSync(p));
const { OFFICE_JS_CDN } = require('../../webpack.config.js') as { OFFICE_JS_CDN: string };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

let browser: Browser;
let server: http.Server;
let base = '';
let fakeHost = '';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-roundtrip-e2e-'));

beforeAll(async () => {
  if (!CHROMIUM)
    throw new Error('Chromium is missing: install the Debian package "chromium" (npm test does it as root).');
  fs.mkdirSync(shots, { recursive: true });
  const dir = built('cdn');
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
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
}, 300000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  fs.rmSync(work, { recursive: true, force: true });
}, 30000);

/** The header's column (1-based) of a sheet in an ExcelJS workbook. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, col) => {
    if (c.text === header) found = col;
  });
  if (!found) throw new Error(`no ${header} in ${ws.name}`);
  return found;
}

test('下发 → a real .zip download → a unit fills its package → 回收 merges it', async () => {
  const page = await browser.newPage({
    viewport: { width: 350, height: 1100 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ contentType: TYPES['.js'], body: fakeHost }));
  await page.goto(`${base}/taskpane.html?lang=zh-CN`);

  await page.getByRole('button', { name: '建立台账结构' }).click();
  await page.getByText(/^台账结构已就绪/).waitFor({ timeout: 60000 });
  await page.getByRole('tab', { name: '下发回收' }).click();
  await page.getByRole('button', { name: '生成并下载填报包' }).waitFor({ timeout: 30000 });
  await page.getByLabel('报送期限').fill('2099-01-15');
  await page.getByLabel('联系人及电话').fill('巡察办 王静 0571-12345678');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    page.getByRole('button', { name: '生成并下载填报包' }).click(),
  ]);
  const zipPath = path.join(work, download.suggestedFilename());
  await download.saveAs(zipPath);
  expect(download.suggestedFilename()).toMatch(/^下发-\d{4}-\d{2}-\d{2}-1\.zip$/);
  await page.getByText(/^第 1 轮下发：/).waitFor({ timeout: 30000 });

  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'));
  expect(names.length).toBeGreaterThan(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.file(names[0])!.async('nodebuffer')) as unknown as ArrayBuffer);
  const tasks = wb.getWorksheet('任务清单')!;
  tasks.getCell(2, columnOf(tasks, '进展情况')).value = '已制定整改方案，正在落实';
  tasks.getCell(2, columnOf(tasks, '完成状态')).value = '进行中';
  const filled = path.join(work, names[0]);
  await wb.xlsx.writeFile(filled);

  await page.getByLabel('选择退回的文件').setInputFiles(filled);
  await page.getByRole('button', { name: '合并到台账' }).click();
  await page
    .getByText(/^1 个文件：合并 \d+ 个单元格/)
    .waitFor({ timeout: 60000 })
    .catch(async (e) => {
      await page.screenshot({ path: path.join(shots, 'roundtrip-failed.png'), fullPage: true });
      throw new Error(
        `${String(e)}\n${errors.join('\n')}\n${(await page.locator('[data-status]').allTextContents()).join('\n')}`,
      );
    });
  await page.screenshot({ path: path.join(shots, 'roundtrip-zh.png'), fullPage: true });
  expect(await page.getByText(/→ 已制定整改方案，正在落实$/).count()).toBe(1);
  expect(await page.locator('[data-returns]').textContent()).toMatch(/1 \/ \d+ 个单位已报/);

  expect(errors).toEqual([]);
  expect(
    requests.filter((u) => !u.startsWith(base) && !u.startsWith(OFFICE_JS_CDN) && !/^(data|blob):/.test(u)),
  ).toEqual([]);
  await page.close();
}, 300000);
