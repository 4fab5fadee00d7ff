/**
 * One set of numbers: on the same ledger, the 统计 sheet, the 督办清单, the
 * pane's summary and the progress report say the same figures, and each
 * equals a count made independently from the definitions of docs/STATUS.md
 * (test/helpers/count_ledger.py: openpyxl over the raw cells, not our code).
 * Checked as of two dates, so that rows move between buckets in between,
 * on the demo with two problems whose measures disagree with their status:
 * one 待审核 with a measure still open, one whose measure is due after it
 * (a problem is the sum of its measures).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';
import { type Figures, overviewOf, progressCommand } from '../../../src/engine';
import { readSnapshot } from '../../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'figures-agree-'));

const count = (file: string, today: string) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../../helpers/count_ledger.py'), file, today], {
      encoding: 'utf8',
    }),
  );

/** The headline in the order count_ledger.py gives it: total, rectified, closed, in review, open, overdue, due soon. */
const headline = (f: Figures) => [f.total, f.rectified, f.closed, f.pendingReview, f.open, f.overdue, f.dueSoon];

/** A 待审核 problem's first measure reopened; an overdue problem's measure given a deadline after 2025-06-30. */
async function measuresDisagree(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const at = (ws: ExcelJS.Worksheet, name: string) => {
    let n = 0;
    ws.getRow(1).eachCell((c, k) => (c.value === name ? (n = k) : undefined));
    return n;
  };
  const problems = wb.getWorksheet('问题清单')!;
  const tasks = wb.getWorksheet('任务清单')!;
  const idOf = (pred: (r: ExcelJS.Row) => boolean) => {
    let id = '';
    problems.eachRow((r, n) =>
      n > 1 && !id && pred(r) ? (id = String(r.getCell(at(problems, '问题编号')).value)) : 0,
    );
    return id;
  };
  const pending = idOf((r) => r.getCell(at(problems, '整改状态')).value === '待审核');
  const overdue = idOf((r) => String(r.getCell(at(problems, '预警')).value ?? '').startsWith('已逾期'));
  expect([pending, overdue].every(Boolean)).toBe(true);
  const firstTask = (id: string) => {
    let row: ExcelJS.Row | undefined;
    tasks.eachRow((r) => (!row && r.getCell(at(tasks, '问题编号')).value === id ? (row = r) : 0));
    return row!;
  };
  const reopened = firstTask(pending);
  reopened.getCell(at(tasks, '完成状态')).value = '进行中';
  reopened.getCell(at(tasks, '实际完成日期')).value = null;
  const later = firstTask(overdue);
  later.getCell(at(tasks, '完成状态')).value = '进行中';
  later.getCell(at(tasks, '完成时限')).value = null; // a deadline typed by hand
  later.getCell(at(tasks, '计划完成日期')).value = new Date(Date.UTC(2025, 6, 3));
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  expect((await rectify('demo', join(dir, 'demo.xlsx'), '--today', '2025-06-30', '--problems', '80')).code).toBe(0);
  await measuresDisagree(join(dir, 'demo.xlsx'));
});

test.each(['2025-06-30', '2025-09-15'])(
  'as of %s, 统计, 督办清单, the pane and the progress report agree with an independent count',
  async (today) => {
    const file = join(dir, `report-${today}.xlsx`);
    expect((await rectify('report', join(dir, 'demo.xlsx'), '-o', file, '--today', today)).code).toBe(0);
    const c = count(file, today);
    if (process.env.SHOW_FIGURES)
      console.log(today, JSON.stringify({ headline: c.headline, ontime: c.ontime, tasks: c.tasks }));
    const snapshot = await readSnapshot(file);
    const env = { lang: 'zh' as const, today, now: `${today}T09:00`, user: 't' };

    // 统计: the headline row under its banner and header.
    const stats = snapshot.sheets.find((s) => s.name === '统计')!;
    expect(stats.values[4].slice(1, 8)).toEqual(c.headline);

    // 督办清单: exactly the open problems overdue or due soon, each once (a problem with two units is listed twice).
    const sup = snapshot.sheets.find((s) => s.name === '督办清单')!;
    const header = sup.values[2] as string[];
    const listed = sup.values
      .slice(3)
      .filter((r) => r[header.indexOf('类型')] === '问题')
      .map((r) => String(r[header.indexOf('编号')]));
    const [, , , , , overdue, dueSoon] = c.headline;
    expect(new Set(listed).size).toBe(overdue + dueSoon);
    for (const id of c.overdueIds) expect(listed).toContain(id);

    // The pane's summary, from the same engine read the pane makes.
    const summary = overviewOf(snapshot, env).summary!;
    expect(headline(summary.problems)).toEqual(c.headline);
    expect([summary.problems.finishedOnTime, summary.problems.rectified]).toEqual(c.ontime);

    // The progress report's figures (its text is checked against the same count in progress.test.ts).
    const report = progressCommand({}).plan(snapshot, env).result;
    expect(headline(report.problems)).toEqual(c.headline);
    expect(report.overdue.map((p) => p.id).sort()).toEqual(c.overdueIds);
  },
);
