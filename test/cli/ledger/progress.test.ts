/**
 * `rectify progress`: the 整改进展情况报告 as a .docx that LibreOffice opens,
 * whose totals equal a count made independently (test/helpers/count_ledger.py,
 * openpyxl over the raw cells), whose overdue table lists exactly the overdue
 * problems, and whose public version carries no person's name or phone number.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';

const TODAY = '2025-06-30';
const dir = mkdtempSync(join(tmpdir(), 'progress-'));
const demo = join(dir, 'demo.xlsx');

/** The document's text as LibreOffice renders it (PDF → pdftotext), spaces removed. */
function pdfText(docx: string): string {
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
      docx,
    ],
    {
      stdio: 'ignore',
      timeout: 120000,
    },
  );
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const count = () =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../../helpers/count_ledger.py'), demo, TODAY], {
      encoding: 'utf8',
    }),
  );

beforeAll(async () => {
  expect((await rectify('demo', demo, '--today', TODAY, '--problems', '60')).code).toBe(0);
});

test('the report LibreOffice renders says the independently counted totals, and lists exactly the overdue problems', async () => {
  const file = join(dir, 'report.docx');
  const r = await rectify(
    'progress',
    demo,
    '-o',
    file,
    '--today',
    TODAY,
    '--since',
    '2025-06-01',
    '--issuer',
    '市住建局巡察整改办',
  );
  expect(r.code).toBe(0);
  const c = count();
  const [total, rectified, closed, pending, open, overdue, dueSoon] = c.headline;
  expect(total).toBe(60);
  expect([rectified, closed, pending, open, overdue, dueSoon].every((n: number) => n > 0)).toBe(true);
  const text = pdfText(file);
  expect(text).toContain('关于巡察整改工作进展情况的报告');
  expect(text).toContain(`巡察反馈问题${total}个，已整改${rectified}个（其中已销号${closed}个、待审核${pending}个）`);
  expect(text).toContain(`尚未完成${open}个，其中已逾期${overdue}个、临期${dueSoon}个`);
  expect(text).toContain(`整改完成率${((rectified / total) * 100).toFixed(1)}%`);
  expect(text).toContain(`按期完成${c.ontime[0]}个，按期完成率${((c.ontime[0] / c.ontime[1]) * 100).toFixed(1)}%`);
  expect(text).toContain(`共制定整改措施${c.tasks[0]}条，已完成${c.tasks[1]}条`);
  for (const id of c.overdueIds) expect(text).toContain(id);
  expect(text).toContain('2025年6月1日以来的变化');
  expect(text).toContain('市住建局巡察整改办');
  expect(text).toContain('2025年6月30日');
});

test('the public version names nobody and gives no phone number', async () => {
  const file = join(dir, 'public.docx');
  expect((await rectify('progress', demo, '-o', file, '--today', TODAY, '--public')).code).toBe(0);
  const c = count();
  const text = pdfText(file);
  expect(text).toContain('（公开版）');
  expect(c.people.length).toBeGreaterThan(10);
  for (const name of c.people) expect([name, text.includes(name)]).toEqual([name, false]);
  for (const phone of c.phones) expect([phone, text.includes(phone.replace(/\s+/g, ''))]).toEqual([phone, false]);
});
