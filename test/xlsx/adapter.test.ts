/**
 * The ExcelJS adapter: what it reads from real .xlsx files and what it writes
 * back, including the quirks it exists to absorb.
 */
import { mkdtempSync, writeFileSync, readFileSync, existsSync, copyFileSync, truncateSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { EngineError, checkWorkbook, finalizePlan, planRefresh, planStructure, readWorkbook } from '../../src/engine';
import { emptyPlan } from '../../src/engine/core/plan';
import { MAX_FILE_MB, applyPlan, loadWorkbookFile, readSnapshot, saveWorkbookAtomic, snapshotOf } from '../../src/xlsx';
import { PlanConflictError } from '../../src/xlsx/apply';

const dir = mkdtempSync(join(tmpdir(), 'rl-xlsx-'));
const file = (name: string) => join(dir, name);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof EngineError ? e.code : `other: ${(e as Error).message}`;
  }
}

test('reads values, dates, formulas, errors, rich text and hyperlinks as plain cell values', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'text';
  ws.getCell('B1').value = 42;
  ws.getCell('C1').value = new Date(Date.UTC(2025, 5, 30));
  ws.getCell('D1').value = { formula: 'B1*2', result: 84 };
  ws.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('F1').value = { richText: [{ text: '整改' }, { text: '台账' }] };
  ws.getCell('G1').value = { text: 'link', hyperlink: 'https://example.invalid' };
  ws.getCell('H1').value = true;
  ws.mergeCells('A3:B3');
  ws.getCell('A3').value = 'merged';
  await saveWorkbookAtomic(wb, file('values.xlsx'));
  const snap = await readSnapshot(file('values.xlsx'));
  const s = snap.sheets[0];
  expect(s.values[0]).toEqual(['text', 42, 45838, 84, { error: '#N/A' }, '整改台账', 'link', true]);
  expect(s.formulas).toEqual({ D1: '=B1*2' });
  expect(s.values[2]).toEqual(['merged']); // the covered cell B3 is empty, not a copy
  expect(s.merges).toEqual(['A3:B3']);
});

test('serial 60 (the fictitious 1900-02-29) comes back as 60 and is reported, not shifted', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 60;
  ws.getCell('A1').numFmt = 'yyyy-mm-dd';
  ws.getCell('A2').value = 61;
  ws.getCell('A2').numFmt = 'yyyy-mm-dd';
  await saveWorkbookAtomic(wb, file('leap.xlsx'));
  const snap = await readSnapshot(file('leap.xlsx'));
  expect(snap.sheets[0].values.map((r) => r[0])).toEqual([60, 61]);
});

test('a text that starts with "=" is written as text, never as a formula', async () => {
  const wb = new ExcelJS.Workbook();
  await applyPlan(wb, planStructure(snapshotOf(wb), { lang: 'zh' }).plan);
  await applyPlan(wb, {
    ...planStructure(snapshotOf(wb), { lang: 'zh' }).plan,
    writes: [{ sheet: '问题清单', row: 2, column: 5, values: [['=HYPERLINK("http://x","y")']] }],
  });
  await saveWorkbookAtomic(wb, file('eq.xlsx'));
  const snap = await readSnapshot(file('eq.xlsx'));
  const s = snap.sheets.find((x) => x.name === '问题清单')!;
  expect(s.values[1][4]).toBe('=HYPERLINK("http://x","y")');
  expect(s.formulas).toEqual({});
});

test('bad input gets a clear error code, never a crash', async () => {
  writeFileSync(file('text.xlsx'), 'just some text');
  writeFileSync(file('empty.xlsx'), '');
  // An OLE signature with nothing behind it: a damaged container (real encrypted files: test/xlsx/sources.test.ts).
  writeFileSync(file('ole.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const good = new ExcelJS.Workbook();
  good.addWorksheet('S').getCell('A1').value = 'x';
  await saveWorkbookAtomic(good, file('good.xlsx'));
  const bytes = readFileSync(file('good.xlsx'));
  writeFileSync(file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  expect(await codeOf(loadWorkbookFile(file('missing.xlsx')))).toBe('xlsx.notFound');
  expect(await codeOf(loadWorkbookFile(file('text.xlsx')))).toBe('xlsx.notXlsx');
  expect(await codeOf(loadWorkbookFile(file('empty.xlsx')))).toBe('xlsx.empty');
  expect(await codeOf(loadWorkbookFile(file('ole.xlsx')))).toBe('xlsx.damaged');
  expect(await codeOf(loadWorkbookFile(dir))).toBe('xlsx.isDirectory');
  expect(await codeOf(loadWorkbookFile(file('truncated.xlsx')))).toBe('xlsx.zipBroken');
  expect(await codeOf(loadWorkbookFile(file('good.xlsx')))).toBe('ok');
  // a huge file is refused before it is read (a sparse file: no disk space used)
  writeFileSync(file('huge.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  truncateSync(file('huge.xlsx'), (MAX_FILE_MB + 1) * 1024 * 1024);
  expect(await codeOf(loadWorkbookFile(file('huge.xlsx')))).toBe('xlsx.tooLarge');
});

test('a failed save leaves the target as it was', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 'new';
  expect(await codeOf(saveWorkbookAtomic(wb, join(dir, 'no-such-dir', 'x.xlsx')))).toBe('xlsx.noFolder');
  expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
});

test('the co-authoring guard refuses to write over a cell changed since the snapshot', async () => {
  const wb = new ExcelJS.Workbook();
  await applyPlan(wb, planStructure(snapshotOf(wb), { lang: 'zh' }).plan);
  const ws = wb.getWorksheet('问题清单')!;
  ws.getRow(2).values = ['P1', null, '市教育局', null, '问题', null, null, 45900, '30天', null, '整改中'];
  const snap = snapshotOf(wb);
  const plan = finalizePlan(planRefresh(snap, readWorkbook(snap, { today: '2025-06-30' })), snap, {
    action: 'log.action.refresh',
    time: 't',
    user: 'tester',
  }).plan;
  expect(plan.writes.length).toBeGreaterThan(0);
  ws.getCell('I2').value = '60天'; // a colleague edits the limit meanwhile
  await expect(applyPlan(wb, plan)).rejects.toBeInstanceOf(PlanConflictError);
  expect(ws.getCell('J2').value).toBeNull(); // nothing was written
});

test('a plan whose log entries were not turned into _log rows is refused before anything is written', async () => {
  const wb = new ExcelJS.Workbook();
  const plan = emptyPlan();
  plan.sheets.push({ name: 'S', create: true });
  plan.writes.push({ sheet: 'S', row: 1, column: 1, values: [['x']] });
  plan.log.push({ sheet: 'S', address: 'A1', oldValue: null, newValue: 'x' });
  await expect(applyPlan(wb, plan)).rejects.toThrow(/finalize the plan/);
  expect(wb.getWorksheet('S')).toBeUndefined();
});

test('structuring twice changes nothing; tables, validations and formats stay single', async () => {
  copyFileSync(join(__dirname, '../fixtures/real-world/B公司.xlsx'), file('b.xlsx'));
  const once = await loadWorkbookFile(file('b.xlsx'));
  await applyPlan(once, planStructure(snapshotOf(once), { lang: 'zh' }).plan);
  await saveWorkbookAtomic(once, file('b1.xlsx'));
  const twice = await loadWorkbookFile(file('b1.xlsx'));
  const plan2 = planStructure(snapshotOf(twice), { lang: 'zh' }).plan;
  expect(plan2.writes).toEqual([]);
  await applyPlan(twice, plan2);
  await saveWorkbookAtomic(twice, file('b2.xlsx'));
  const a = await readSnapshot(file('b1.xlsx'), { readAt: 'x' });
  const b = await readSnapshot(file('b2.xlsx'), { readAt: 'x' });
  expect(b).toEqual(a);
  const wb2 = await loadWorkbookFile(file('b2.xlsx'));
  const ws = wb2.getWorksheet('问题清单') as unknown as {
    conditionalFormattings: { rules: unknown[] }[];
    dataValidations: { model: Record<string, unknown> };
  };
  // Closed, overdue, due soon and extended (延期至 filled, not past it).
  expect(ws.conditionalFormattings.flatMap((c) => c.rules)).toHaveLength(4);
  expect(Object.keys((wb2.getWorksheet('问题清单') as unknown as { tables: object }).tables)).toHaveLength(1);
  expect(checkWorkbook(b, { today: '2025-06-30', lang: 'zh' }).findings).toEqual([]);
});

test("the user's arrangement is read: frozen pane, and the widths of sized columns only", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'x';
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }];
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 9.140625; // Excel's standard width, written out: not the user's
  wb.addWorksheet('T').getCell('A1').value = 'y';
  await saveWorkbookAtomic(wb, file('layout.xlsx'));
  const snap = await readSnapshot(file('layout.xlsx'));
  expect(snap.sheets.map((s) => [s.name, s.frozen, s.customWidths])).toEqual([
    ['S', { rows: 2, columns: 1 }, { 2: 30 }],
    ['T', undefined, {}],
  ]);
});

test("widths, number formats, notes and rules are applied exactly as the plan says; the user's note and rule are kept", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getRow(1).values = ['编号', '日期', '状态'];
  ws.getCell('B2').value = 45400;
  ws.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getColumn(1).width = 25;
  ws.getCell('A1').note = '我的备注';
  ws.addConditionalFormatting({
    ref: 'A2:C3',
    rules: [
      { type: 'expression', priority: 1, formulae: ['LEN($A2)>5'] },
      { type: 'expression', priority: 2, formulae: ['$C2 = "旧"'] },
    ],
  });
  const plan = emptyPlan();
  plan.sheets.push({ name: 'S', create: false, widths: { 1: 12, 3: 9 } });
  plan.columnFormats.push({ sheet: 'S', column: 2, fromRow: 2, toRow: 3, numberFormat: 'yyyy-mm-dd' });
  plan.notes.push({ sheet: 'S', address: 'A1', text: '编号说明' }, { sheet: 'S', address: 'C1', text: '状态说明' });
  plan.conditionalFormats.push({
    sheet: 'S',
    range: 'A2:C3',
    formula: '=$C2="新"',
    fill: { background: '#FFC7CE', font: '#9C0006' },
    priority: 1,
    id: 'new',
    replaces: ['$C2="旧"'],
  });
  await applyPlan(wb, plan);
  await saveWorkbookAtomic(wb, file('exact.xlsx'));
  const back = (await loadWorkbookFile(file('exact.xlsx'))).getWorksheet('S')!;
  // The plan set the widths (an existing width too: the plan only lists what it means to set); 9 survives ExcelJS.
  expect([back.getColumn(1).width, Math.round(back.getColumn(3).width! * 100) / 100]).toEqual([12, 9]);
  expect(back.getCell('B2').numFmt).toBe('yyyy-mm-dd');
  expect(back.getCell('A1').note).toBeTruthy();
  expect(JSON.stringify(back.getCell('A1').note)).toContain('我的备注');
  expect(JSON.stringify(back.getCell('C1').note)).toContain('状态说明');
  const rules = (
    back as unknown as { conditionalFormattings: { rules: { priority: number; formulae: string[] }[] }[] }
  ).conditionalFormattings
    .flatMap((c) => c.rules)
    .sort((a, b) => a.priority - b.priority)
    .map((r) => r.formulae[0]);
  expect(rules).toEqual(['$C2="新"', 'LEN($A2)>5']);
});
