/**
 * The printed pages, as LibreOffice prints the .xlsx that `rectify demo` and
 * `rectify report` write (docs/WORKBOOK.md, "Printing"; pictures of these
 * pages are in docs/pictures/print-*.png): every page of every sheet says
 * its sheet, the printing date and its page number; the problem list is two
 * pages across, each with the header row; 整改台账 prints its twelve core
 * columns, its banner (with the as-of date) and header on every page; 统计
 * is one page across.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'print-'));
const pages: { sheet: string; text: string }[] = [];

beforeAll(async () => {
  expect((await rectify('demo', join(dir, 'demo.xlsx'), '--today', '2025-06-30', '--problems', '40')).code).toBe(0);
  expect(
    (await rectify('report', join(dir, 'demo.xlsx'), '-o', join(dir, 'report.xlsx'), '--today', '2025-06-30')).code,
  ).toBe(0);
}, 60_000);

beforeAll(() => {
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/lo`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'report.xlsx'),
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  const pdf = join(dir, 'report.pdf');
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  for (let p = 1; p <= count; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
    pages.push({ sheet: text.trim().split(/\s+/)[0], text });
  }
}, 240_000);

const of = (sheet: string) => pages.filter((p) => p.sheet === sheet);

test('every page names its sheet, the printing date and its page number', () => {
  expect(pages.length).toBeGreaterThan(10);
  for (const p of pages) {
    expect(p.text).toMatch(/打印日期：/);
    // LibreOffice, printing every sheet at once, counts pages per sheet or on from the last; Excel per print job.
    expect(p.text).toMatch(/第 \d+ 页，共 \d+ 页/);
  }
});

test('the problem list prints two pages across, the header row on each, not one squeezed page', () => {
  const problems = of('问题清单');
  expect(problems).toHaveLength(2); // 40 problems: one page down, two across
  expect(problems[0].text).toContain('问题编号');
  expect(problems[0].text).toContain('问题描述');
  expect(problems[1].text).toContain('整改状态'); // the right half, with its own header row
  expect(problems[1].text).not.toContain('问题描述');
});

test('整改台账 prints its core columns, with the banner and header on every page', () => {
  const ledger = of('整改台账');
  expect(ledger.length).toBeGreaterThan(1);
  for (const p of ledger) {
    expect(p.text).toContain('数据截至：2025-06-30');
    for (const h of ['问题编号', '问题描述', '牵头领导', '整改措施', '整改期限', '整改状态', '预警'])
      expect(p.text).toContain(h);
    // The columns after the core ones stay in the sheet, off the page.
    expect(p.text).not.toContain('销号日期');
    expect(p.text).not.toContain('督办次数');
  }
});

test('统计 and 督办清单 print one page across', () => {
  expect(of('统计')[0].text).toContain('发现问题');
  const supervision = of('督办清单');
  for (const p of supervision) expect(p.text).toContain('督办轮次'); // the last column: the whole width is on the page
});
