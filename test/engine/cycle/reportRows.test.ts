/**
 * Every inspected unit of 问题清单 has its 整改报告 row: refresh and structure
 * (init, import) add the rows missing — unit, round when its problems agree,
 * 整改期满日 = its earliest feedback date + 2个月 — once per unit whatever the
 * spelling (full-width, spaces), never a second one, never deleting, logged;
 * and through ExcelJS the table covers the new row.
 */
import { join } from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import {
  type CellValue,
  type WorkbookSnapshot,
  REPORTS,
  concatPlans,
  emptyPlan,
  fromExcelSerial,
  planStructure,
  snapshotAfter,
  readWorkbook,
  refreshCommand,
  runCommand,
  structureCommand,
} from '../../../src/engine';
import { PROBLEMS } from '../../../src/engine/schema/problems';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import { filePort, readSnapshot } from '../../../src/xlsx';
import { ENV, memoryPort } from '../../helpers/memoryPort';
import { writePlanToFile } from '../../helpers/xlsxFiles';
import { reportRowsForRefresh } from '../../../src/engine/plans/reportRows';
import { cycleSnapshot } from './fixture';

const col = (key: string) => PROBLEMS.columns.findIndex((c) => c.key === key);

/** The cycle ledger with P6 under 市财政局 (第二轮, fed back 2025-05-20), P7 under ＂市 住建局＂ and 市财政局 again. */
function ledger(): WorkbookSnapshot {
  const s = cycleSnapshot();
  const problems = s.sheets.find((x) => x.name === PROBLEMS.name.zh)!;
  const set = (id: string, key: string, v: CellValue) => {
    const r = problems.values.find((x) => x[col('id')] === id)!;
    r[col(key)] = v;
  };
  set('P6', 'inspectedUnit', '市财政局');
  set('P6', 'round', '第二轮');
  set('P6', 'feedbackDate', toExcelSerial('2025-05-20'));
  set('P7', 'inspectedUnit', ' 市 住建局');
  set('P5', 'inspectedUnit', '市财政局');
  set('P5', 'round', '');
  set('P5', 'feedbackDate', toExcelSerial('2025-05-20'));
  return s;
}

const reportRows = (s: WorkbookSnapshot) =>
  readWorkbook(s, { today: ENV.today }).reports.map((r) => [r.unit, r.round, r.feedbackDate, r.deadline, r.alertText]);

test('refresh adds the one missing unit once, with its round and period, and logs it', async () => {
  const port = memoryPort(ledger());
  const before = reportRows(port.snapshot);
  const out = await runCommand(port, refreshCommand(), ENV);
  const after = reportRows(port.snapshot);
  expect(after.slice(0, before.length)).toEqual(before.map((r) => [r[0], r[1], r[2], r[3], expect.anything()]));
  expect(after.slice(before.length)).toEqual([['市财政局', '第二轮', '2025-05-20', '2025-07-21', '未到期（剩21天）']]);
  const log = port.snapshot.sheets.find((x) => x.name === '_log')!.values.map((r) => r.slice(3, 7).join('|'));
  expect(log.some((l) => l.startsWith(`${REPORTS.name.zh}|A7|`) && l.endsWith('市财政局'))).toBe(true);
  expect(out.logged).toBeGreaterThan(0);
  expect(out.result.reportRows).toEqual(['市财政局']);
  // A second refresh adds nothing.
  await runCommand(port, refreshCommand(), ENV);
  expect(reportRows(port.snapshot)).toHaveLength(after.length);
});

test('structure (init) adds the rows too; a deleted unit row is never recreated twice nor rows deleted', async () => {
  const port = memoryPort(ledger());
  await runCommand(port, structureCommand(), ENV);
  const units = reportRows(port.snapshot).map((r) => r[0]);
  expect(units.filter((u) => u === '市财政局')).toHaveLength(1);
  expect(units.filter((u) => String(u).replace(/\s/g, '') === '市住建局')).toHaveLength(1);
  const again = await runCommand(port, structureCommand(), ENV);
  expect(again.applied?.plan.writes.filter((w) => w.sheet === REPORTS.name.zh)).toEqual([]);
  expect(reportRows(port.snapshot)).toHaveLength(units.length);
});

test('round left empty when the unit’s problems name different rounds', async () => {
  const s = ledger();
  const problems = s.sheets.find((x) => x.name === PROBLEMS.name.zh)!;
  problems.values.find((x) => x[col('id')] === 'P5')![col('round')] = '第三轮';
  const port = memoryPort(s);
  await runCommand(port, refreshCommand(), ENV);
  const row = reportRows(port.snapshot).find((r) => r[0] === '市财政局')!;
  expect(row[1]).toBe('');
});

test('through ExcelJS: the row, its computed 整改期满日, and the table over it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-rows-'));
  const start = join(dir, 'start.xlsx');
  // The cycle ledger's values with the structure (tables) over them, written by ExcelJS.
  const seeded = ledger();
  const file = join(dir, 'ledger.xlsx');
  const values = emptyPlan();
  for (const sh of seeded.sheets) {
    values.sheets.push({ name: sh.name, create: true });
    values.writes.push({ sheet: sh.name, row: 1, column: 1, values: sh.values.map((r) => r.map((v) => v ?? null)) });
  }
  const full = planStructure(snapshotAfter(null, values), { lang: 'zh' }).plan;
  // Without the 市财政局 rows' problems yet: write the table-holding ledger, then refresh the file.
  await writePlanToFile(concatPlans(values, full), start);
  const port = filePort({ input: start, output: file, backup: false, user: 'tester', readAt: '2025-06-30T09:00:00Z' });
  const r = await runCommand(port, refreshCommand(), ENV);
  expect(r.logged).toBeGreaterThan(0);
  const out = await readSnapshot(file);
  const sheet = out.sheets.find((x) => x.name === REPORTS.name.zh)!;
  const last = sheet.values.length;
  expect(sheet.values[last - 1][0]).toBe('市财政局');
  expect(fromExcelSerial(sheet.values[last - 1][3] as number)).toBe('2025-07-21');
  expect(sheet.tables[0].ref.endsWith(String(last))).toBe(true);
});

test('refresh plans structure over the new rows on 整改报告 only, not again over the other list sheets', async () => {
  const port = memoryPort(ledger());
  const out = await runCommand(port, refreshCommand(), ENV);
  const plan = out.applied!.plan;
  const sheetsOf = (ops: { sheet: string }[]) => [...new Set(ops.map((o) => o.sheet))];
  expect(sheetsOf(plan.tables)).toEqual([REPORTS.name.zh]);
  expect(sheetsOf(plan.validations)).toEqual([REPORTS.name.zh]);
  expect(sheetsOf(plan.conditionalFormats)).toEqual([REPORTS.name.zh]);
  expect(sheetsOf(plan.notes)).toEqual([REPORTS.name.zh]);
  // How the sheet looks (a frozen header this snapshot lacks) is the user's: refresh does not set it.
  expect(plan.sheets.map((s) => s.name)).not.toContain(REPORTS.name.zh);
  expect(
    planStructure(port.snapshot, { lang: 'zh' }).plan.sheets.find((s) => s.name === REPORTS.name.zh)?.freeze,
  ).toBeTruthy();
  // The table, dropdown and colours reach the new row (A7).
  expect(plan.tables[0].ref).toMatch(/7$/);
  expect(plan.validations.every((v) => v.range.endsWith('7'))).toBe(true);
  expect(plan.conditionalFormats.every((f) => f.range.endsWith('7'))).toBe(true);
  // init still plans the structure of every list sheet.
  const init = planStructure(port.snapshot, { lang: 'zh' }).plan;
  expect(sheetsOf(init.validations).length).toBeGreaterThan(1);
});

test('refresh reads 整改报告 again once its rows are added, and that reading is the whole workbook read again', () => {
  // The ledger with its helper sheets (_lists, _settings…), as init leaves it.
  const bare = ledger();
  const s = snapshotAfter(bare, planStructure(bare, { lang: 'zh' }).plan);
  // A date that is not one, in an existing report row: its issue stays, once, where a full reading puts it.
  const reports = s.sheets.find((x) => x.name === REPORTS.name.zh)!;
  const submitted = REPORTS.columns.findIndex((c) => c.key === 'submittedOn');
  reports.values[1][submitted] = '不是日期';
  const parsed = readWorkbook(s, { today: ENV.today, lang: 'zh' });
  const r = reportRowsForRefresh(s, parsed)!;
  expect(r.units.map((u) => u.unit)).toEqual(['市财政局']);
  // Only 整改报告 changes (the ledger has its helper sheets): the case that reads that sheet alone.
  expect(r.plan.sheets.filter((op) => op.create || op.clear)).toEqual([]);
  expect(new Set(r.plan.writes.map((w) => w.sheet))).toEqual(new Set([REPORTS.name.zh]));
  expect(r.parsed.reports.map((x) => x.unit)).toContain('市财政局');
  expect(r.parsed.issues.filter((i) => i.sheet === REPORTS.name.zh)).toHaveLength(1);
  expect(r.parsed).toEqual(readWorkbook(r.snapshot, { today: parsed.today, lang: parsed.lang }));
});
