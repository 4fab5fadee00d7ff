/**
 * The documents of the 四账 cycle as LibreOffice renders them: the 通报 on
 * overdue clues names exactly the bodies with overdue clues and says the
 * independently counted totals (test/helpers/count_clues.py); the progress
 * report carries the clues and the reports ("N个整改期满单位…有M个单位被打回
 * 重写"), and its public version contains none of the cycle's names or free
 * texts (test/helpers/cycle_people.py, openpyxl) — which the internal version
 * does contain.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';

const TODAY = '2025-06-30';
const dir = mkdtempSync(join(tmpdir(), 'cycle-docs-'));
const demo = join(dir, 'demo.xlsx');

/** The document's text as LibreOffice renders it (PDF → pdftotext), spaces removed. */
function pdfText(docx: string): string {
  const profile = `-env:UserInstallation=file://${dir}/lo`;
  execFileSync('soffice', ['--headless', '--norestore', profile, '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 120000,
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const python = (script: string, ...args: string[]) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../../helpers', script), ...args], { encoding: 'utf8' }),
  );

beforeAll(async () => {
  expect((await rectify('demo', demo, '--today', TODAY, '--problems', '60')).code).toBe(0);
});

test('the 通报 names exactly the bodies with overdue clues and says the independently counted totals', async () => {
  const file = join(dir, 'notice.docx');
  const r = await rectify('clue', 'notice', demo, '-o', file, '--today', TODAY, '--issuer', '区委巡察办');
  expect(r.code).toBe(0);
  const c = python('count_clues.py', demo, TODAY).expected as Record<
    string,
    { ids: string[]; bodies: Record<string, number> }
  >;
  const n = (s: string) => c[s].ids.length;
  const text = pdfText(file);
  expect(text).toContain('关于巡察移交问题线索办理超时情况的通报');
  expect(text).toContain(
    `移交问题线索${n('handling') + n('onTime') + n('overdue')}条，已按时办结${n('onTime')}条，正在办理${n('handling')}条，办理超时${n('overdue')}条`,
  );
  const late = Object.keys(c.overdue.bodies);
  expect(late.length).toBeGreaterThan(1);
  expect(text).toContain(`${late.length}个单位（部门）存在办理超时的问题线索`);
  for (const id of c.overdue.ids) expect(text).toContain(id);
  for (const id of [...c.handling.ids, ...c.onTime.ids]) expect([id, text.includes(id)]).toEqual([id, false]);
  expect(text).toContain('线索的具体内容按保密要求不在本通报中列出');
  expect(text).toContain('区委巡察办');
});

test('the progress report covers the cycle; its public version has none of its names or free texts', async () => {
  const internal = join(dir, 'progress.docx');
  const open = join(dir, 'public.docx');
  expect((await rectify('progress', demo, '-o', internal, '--today', TODAY)).code).toBe(0);
  expect((await rectify('progress', demo, '-o', open, '--today', TODAY, '--public')).code).toBe(0);
  const people = python('cycle_people.py', demo) as { names: string[]; texts: string[] };
  expect(people.names.length).toBeGreaterThan(10);
  const inside = pdfText(internal);
  const outside = pdfText(open);
  for (const text of [inside, outside]) {
    expect(text).toContain('移交问题线索办理情况');
    expect(text).toContain('21个被巡察单位中，19个已整改期满');
    expect(text).toContain('19个整改期满单位的整改报告，有4个单位被“打回重写”');
  }
  // The internal report names who follows an overdue clue and why reports were sent back; the public one never.
  expect(people.names.some((x) => inside.includes(x))).toBe(true);
  // (a long text wraps inside its table cell, so its start is what is found on a line)
  expect(people.texts.some((x) => inside.includes(x.slice(0, 5)))).toBe(true);
  for (const name of people.names) expect([name, outside.includes(name)]).toEqual([name, false]);
  for (const t of people.texts) expect([t, outside.includes(t.slice(0, 5))]).toEqual([t, false]);
});
