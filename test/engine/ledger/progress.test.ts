/**
 * The progress report (整改进展情况报告) on the small ledger: a list with
 * nothing in it makes no section; the public version's screen withholds what
 * a person typed where the report prints it, counted by rule — the same
 * report the pane previews (it calls buildProgressReport itself).
 */
import { CLUES, REPORTS, buildProgressReport, documentText, withheldText } from '../../../src/engine';
import { ledgerOf, sheet, smallSnapshot } from './fixture';

test('an empty 移交清单 or 整改报告 makes no section', () => {
  const snap = smallSnapshot();
  snap.sheets.push(
    sheet(CLUES.name.zh, [CLUES.columns.map((c) => c.header.zh)]),
    sheet(REPORTS.name.zh, [REPORTS.columns.map((c) => c.header.zh)]),
  );
  const text = documentText(buildProgressReport(ledgerOf(snap), snap).document);
  expect(text).not.toContain('移交问题线索办理情况');
  expect(text).not.toContain('整改报告报送情况');
  expect(text).toContain('四、逾期问题'); // and the numbering has no gap
});

test('the public version screens every field it prints, and counts by rule', () => {
  const snap = smallSnapshot();
  const rows = snap.sheets[0].values;
  const category = rows[0].indexOf('问题类别');
  rows[1][category] = '作风建设（李明 13800138000）'; // P1, overdue: in the category table and the overdue table
  const data = ledgerOf(snap);
  const internal = documentText(buildProgressReport(data, snap).document);
  expect(internal).toContain('作风建设（李明 13800138000）');
  const report = buildProgressReport(data, snap, { publicVersion: true });
  const text = documentText(report.document);
  expect(text).toContain('作风建设（*** ***）');
  for (const name of ['李明', '13800138000', '张局长', '赵强'])
    expect([name, text.includes(name)]).toEqual([name, false]);
  // Once in the category table, once in the overdue table.
  expect(report.withheld).toMatchObject({ mobile: 2, name: 2, landline: 0, idNumber: 0, email: 0, bankCard: 0 });
  expect(withheldText(report.withheld!, 'zh')).toBe(
    '公开版已屏蔽 4 处（替换为 ***）：手机号码 2 处、固定电话 0 处、身份证号 0 处、电子邮箱 0 处、银行卡号 0 处、人名 2 处、公开版屏蔽词 0 处。',
  );
  expect(buildProgressReport(data, snap).withheld).toBeNull();
});
