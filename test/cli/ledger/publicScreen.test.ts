/**
 * `rectify progress --public` names nobody, by rule, in every field it prints:
 * personal data planted in the demo ledger — an ID number in a 问题编号, a
 * landline in a 问题类别, a 责任人's name in a category, an e-mail, a bank card
 * and a mobile number in 责任单位, a 联系人 of the user's own sheet as a
 * receiving body, a word of 公开版屏蔽词 in a category — is printed by the
 * internal report and withheld (***) by the public one, which says how many it
 * withheld by each rule and never what. `--since` counts problems, not the
 * header row.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';

const TODAY = '2025-06-30';
const dir = mkdtempSync(join(tmpdir(), 'public-screen-'));
const demo = join(dir, 'demo.xlsx');
const planted = join(dir, 'planted.xlsx');

async function docxText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

/** What is planted, and the rule that must withhold it. */
const SECRETS: [string, string][] = [
  ['110101199003074573', '身份证号'],
  ['010-87654321', '固定电话'],
  ['欧阳娜娜', '人名'],
  ['zhangsan@example.com', '电子邮箱'],
  ['6222021234567899004', '银行卡号'],
  ['13800138000', '手机号码'],
  ['司马光明', '人名'],
  ['幸福里小区', '公开版屏蔽词'],
];

async function plant(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(demo);
  const col = (ws: ExcelJS.Worksheet, name: string) => {
    let at = 0;
    ws.getRow(1).eachCell((c, n) => (c.value === name ? (at = n) : undefined));
    if (!at) throw new Error(`${ws.name} has no ${name}`);
    return at;
  };
  const problems = wb.getWorksheet('问题清单')!;
  const overdue: number[] = [];
  problems.eachRow(
    (r, n) => String(r.getCell(col(problems, '预警')).value ?? '').startsWith('已逾期') && overdue.push(n),
  );
  // An ID number typed into an overdue problem's ID (printed in the overdue table), and where its ID is referred to.
  const plantedId = 'XC-110101199003074573';
  const oldId = problems.getRow(overdue[0]).getCell(col(problems, '问题编号')).text;
  for (const ws of [problems, wb.getWorksheet('责任清单')!, wb.getWorksheet('任务清单')!]) {
    const at = col(ws, '问题编号');
    ws.eachRow((r) => (r.getCell(at).text === oldId ? (r.getCell(at).value = plantedId) : 0));
  }
  problems.getCell(overdue[1], col(problems, '问题类别')).value = '作风建设（联系电话010-87654321）';
  problems.getCell(overdue[2], col(problems, '问题类别')).value = '欧阳娜娜反映的问题';
  problems.getCell(overdue[3], col(problems, '问题类别')).value = '幸福里小区物业问题';
  const resp = wb.getWorksheet('责任清单')!;
  resp.getCell(2, col(resp, '责任人')).value = '欧阳娜娜';
  resp.getCell(3, col(resp, '责任单位')).value = '办公室 zhangsan@example.com';
  resp.getCell(4, col(resp, '责任单位')).value = '财务科6222021234567899004';
  resp.getCell(5, col(resp, '责任单位')).value = '督查科13800138000';
  const clues = wb.getWorksheet('移交清单')!;
  clues.getCell(2, col(clues, '移交对象')).value = '司马光明';
  // The user's own sheet: a list of contacts, its header under a title line.
  const contacts = wb.addWorksheet('联络员名单');
  contacts.addRow(['各单位整改联络员']);
  contacts.addRow(['序号', '单位', '联系人', '联系电话']);
  contacts.addRow([1, '某单位', '司马光明', '13900000000']);
  const settings = wb.getWorksheet('_settings')!;
  // The setting's row is there, empty, as every ledger has it: the user types the words.
  settings.eachRow((r) => (r.getCell(1).value === '公开版屏蔽词' ? (r.getCell(2).value = '幸福里小区、某某路') : 0));
  await wb.xlsx.writeFile(planted);
}

beforeAll(async () => {
  expect((await rectify('demo', demo, '--today', TODAY, '--problems', '60')).code).toBe(0);
  await plant();
});

test('the internal report prints what was planted; the public one withholds every piece, by rule', async () => {
  const internal = join(dir, 'internal.docx');
  const open = join(dir, 'public.docx');
  expect((await rectify('progress', planted, '-o', internal, '--today', TODAY)).code).toBe(0);
  const r = await rectify('progress', planted, '-o', open, '--today', TODAY, '--public');
  expect(r.code).toBe(0);
  const inside = await docxText(internal);
  const outside = await docxText(open);
  for (const [secret] of SECRETS) expect([secret, inside.includes(secret)]).toEqual([secret, true]);
  for (const [secret] of SECRETS) expect([secret, outside.includes(secret)]).toEqual([secret, false]);
  expect(outside).toContain('XC-***');
  expect(outside).toContain('作风建设（联系电话***）');
  // The counts, by rule, on standard output; never a value.
  const line = r.out.split('\n').find((l) => l.startsWith('公开版已屏蔽'))!;
  for (const [, rule] of SECRETS) expect(line).toMatch(new RegExp(`${rule} [1-9]\\d* 处`));
  for (const [secret] of SECRETS) expect(r.out).not.toContain(secret);
  expect(r.err).toBe('');
});

test('--since counts the problems added, not the header row', async () => {
  // An imported ledger: import logs every cell it writes, the header row's too.
  const ledger = join(dir, 'imported.xlsx');
  const source = join(__dirname, '../../fixtures/real-world/A公司.xlsx');
  const imported = await rectify('import', source, '-o', ledger, '--feedback-date', '2025-03-01');
  expect([0, 1]).toContain(imported.code); // 1: values to review, the file is written
  expect(imported.out).toContain('已写入');
  const report = join(dir, 'since.docx');
  const r = await rectify('progress', ledger, '-o', report, '--today', TODAY, '--since', '2000-01-01');
  expect(r.code).toBe(0);
  const total = Number(/发现问题 (\d+) 个/.exec(r.out)![1]);
  expect(total).toBeGreaterThan(10);
  expect(await docxText(report)).toContain(`新增问题${total}个`);
});
