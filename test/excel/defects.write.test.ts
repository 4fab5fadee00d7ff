/**
 * Defects of the Office.js adapter's writes that only a host as strict as
 * Excel shows (docs/ADDIN.md, "The fake host"); each test failed on the
 * strict fake before its fix. Numbers are the audit's.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { type WorkbookSnapshot, emptyPlan, reportCommand } from '../../src/engine';
import { planStructure } from '../../src/engine/plans/structure';
import { applyPlan, readSnapshot } from '../../src/excel';
import { refreshWorkbook, runInExcel, structureWorkbook } from '../../src/excel/commands';
import { errorText } from '../../src/taskpane/i18n';
import { addPaneWords } from '../../src/i18n/pane';
import { PANE_CATALOGUE } from '../../src/i18n/paneWords';
import { checkLog } from '../../src/engine';
import { FakeExcel, FakeWorkbook, NEWEST_EXCEL_API } from '../fakeExcel';
import { smallSnapshot, sheet } from '../engine/ledger/fixture';
import { TODAY, activate, installed, installedFrom, modelOf, readAll, supports, uninstall } from './support';

// The pane registers its full word list when the engine arrives (src/taskpane/core.ts); errorText needs it here too.
addPaneWords(PANE_CATALOGUE);

afterEach(uninstall);

const opts = { lang: 'zh' as const, today: TODAY };
const tablesBySheet = (host: FakeExcel) =>
  Object.fromEntries(host.workbook.sheets.map((s) => [s.name, s.tables.map((t) => t.name)]));

/** The small ledger and a sheet of the user's own that is the one open in Excel. */
function ledgerWithNotesOpen(options = {}): FakeExcel {
  const host = installedFrom(smallSnapshot(), options);
  host.workbook.addSheet('笔记').cells.set('1,1', { value: '我的笔记' });
  activate(host, '笔记');
  return host;
}

describe('(1) tables, resizes and notes go to their own sheet, not the active one', () => {
  test('structure with another sheet open puts each list table on its list sheet', async () => {
    const host = ledgerWithNotesOpen();
    await structureWorkbook(opts);
    expect(tablesBySheet(host)).toMatchObject({
      问题清单: ['Problems'],
      责任清单: ['Responsibilities'],
      任务清单: ['Tasks'],
      笔记: [],
    });
  });

  test('a table that must grow is resized on its own sheet while another is open', async () => {
    const host = ledgerWithNotesOpen();
    await structureWorkbook(opts);
    const problems = host.workbook.sheet('问题清单')!;
    // Someone narrowed the table by a column: structure widens it again (its missing column is added at the right).
    const bottom = problems.usedRect(true)!.bottom;
    problems.tables[0].ref = `A1:T${bottom}`;
    activate(host, '任务清单');
    await structureWorkbook(opts);
    expect(problems.tables[0].ref).toBe(`A1:V${bottom}`);
    expect(host.workbook.sheet('任务清单')!.tables.map((t) => t.name)).toEqual(['Tasks']);
  });

  test('header notes are added on the list sheets, none on the sheet that is open', async () => {
    const host = ledgerWithNotesOpen({ excelApi: NEWEST_EXCEL_API });
    await structureWorkbook(opts);
    expect(host.workbook.sheet('笔记')!.notes.size).toBe(0);
    expect(host.workbook.sheet('问题清单')!.notes.size).toBeGreaterThan(5);
  });
});

describe('(5) a table over merged data is refused by the engine, before anything is written', () => {
  test('a merge starting left of the used range is found: the located message, and the workbook unchanged', async () => {
    const base = smallSnapshot();
    // The problem list starts in column B; the user merged A3:B3 (its top-left cell is outside the used range B1:…).
    base.sheets[0] = sheet(
      '问题清单',
      base.sheets[0].values.map((r) => [null, ...r]),
    );
    base.sheets[0].merges = ['A3:B3'];
    const host = installedFrom(base);
    const before = modelOf(host);
    const error = await structureWorkbook(opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'workbook.mergedData', params: { sheet: '问题清单', range: 'A3:B3' } });
    expect(errorText('zh', error)).toContain('A3:B3');
    expect(modelOf(host)).toEqual(before);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['问题清单', '责任清单', '任务清单']);
  });
});

describe('(6) a table name never takes a defined name', () => {
  test('with a defined name "Problems" in the workbook the problem table is Problems2', async () => {
    const host = installedFrom(smallSnapshot());
    host.workbook.names.set('Problems', '=责任清单!$A$1');
    expect((await readAll(host)).names).toEqual(['Problems']);
    await structureWorkbook(opts);
    expect(host.workbook.sheet('问题清单')!.tables.map((t) => t.name)).toEqual(['Problems2']);
  });
});

describe('(7) defined names are applied before the rules that use them', () => {
  test('structure on a ledger that has its tables but no RL_DueSoonDays yet', async () => {
    const snap = smallSnapshot();
    const tables = planStructure(snap, { lang: 'zh' }).plan.tables;
    for (const t of tables) snap.sheets.find((s) => s.name === t.sheet)?.tables.push({ name: t.name, ref: t.ref });
    const host = installedFrom(snap);
    await structureWorkbook(opts);
    expect(host.workbook.names.has('RL_DueSoonDays')).toBe(true);
    const rules = host.workbook.sheet('问题清单')!.rulesInOrder();
    expect(rules.some((r) => /RL_DueSoonDays/.test(r.formula ?? ''))).toBe(true);
    expect(rules.every((r) => r.formula)).toBe(true);
  });
});

describe('(8) protection after every batch, optional operations on their own', () => {
  /** A user's protected sheet and a plan whose write to it takes two batches, then a write to a second one. */
  async function bigWriteFailing(failBatch: number) {
    const wb = FakeWorkbook.from({ A: [['x']], B: [['y']] });
    for (const s of wb.sheets) s.protection = { protected: true };
    const host = new FakeExcel(wb);
    const snapshot = await host.run((ctx) => readSnapshot(ctx));
    const plan = emptyPlan();
    const long = '很长的整改措施说明'.repeat(40);
    plan.writes.push({ sheet: 'A', row: 2, column: 1, values: Array.from({ length: 20_000 }, () => [long]) });
    plan.writes.push({ sheet: 'B', row: 2, column: 1, values: [['z']] });
    host.resetCounters();
    host.faults.failSync = failBatch + 1; // the prep sync is the first
    const error = await host.run((ctx) => applyPlan(ctx, plan, { snapshot })).catch((e: unknown) => e);
    return { host, error };
  }

  test('a later write batch failing leaves no sheet unprotected', async () => {
    const { host, error } = await bigWriteFailing(2);
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect(host.workbook.sheets.map((s) => [s.name, s.protection.protected])).toEqual([
      ['A', true],
      ['B', true],
    ]);
    // The first batch's rows were written (and A protected again after them).
    expect(host.workbook.sheet('A')!.valueAt(2, 1)).not.toBe('');
  });

  test('print settings Excel refuses cost a message, not the command', async () => {
    const host = installed(FakeWorkbook.from({ Sheet1: [] }));
    host.faults.pageLayout = true;
    const outcome = await structureWorkbook(opts);
    expect(outcome.degraded.map((d) => d.key)).toContain('excel.degraded.print');
    expect(tablesBySheet(host)).toMatchObject({ 问题清单: ['Problems'], 任务清单: ['Tasks'] });
    expect(host.workbook.sheet('_log')!.protection.protected).toBe(true);
    if (supports(host, '1.18')) expect(host.workbook.sheet('问题清单')!.notes.size).toBeGreaterThan(5);
  });
});

describe("(12) `_log`'s text columns ('@') keep what is written: the chain reads back intact", () => {
  test('structure, then refresh at a later date: check finds the chain and its seal intact', async () => {
    const host = installedFrom(smallSnapshot());
    await structureWorkbook(opts);
    const refreshed = await refreshWorkbook({ lang: 'zh', today: '2025-08-15' });
    expect(refreshed.logged).toBeGreaterThan(0);
    const snap = await readAll(host);
    const log = snap.sheets.find((s) => s.name === '_log')!.values;
    expect(log.flat().some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
    expect(checkLog(snap, 'zh')).toEqual([]);
  });
});

describe('(17) re-running structure on an unchanged ledger writes nothing', () => {
  test('the second run reads, compares in the prep sync, and sends no write at all', async () => {
    const host = installedFrom(smallSnapshot());
    await structureWorkbook(opts);
    host.resetCounters();
    const again = await structureWorkbook(opts);
    const readSyncs = again.stats.syncs - again.stats.writeChunks - 1;
    expect(host.syncs.slice(0, readSyncs).every((s) => s.writes === 0)).toBe(true);
    expect(host.syncs.slice(readSyncs)).toEqual([expect.objectContaining({ writes: 0 })]);
    expect(again.stats.writeChunks).toBe(0);
    expect(host.syncs.reduce((n, s) => n + s.writes, 0)).toBe(0);
  });
});

describe('a rebuilt generated sheet loses its merged cells too', () => {
  test('report after a user merged cells on 整改台账: no merge is left', async () => {
    const host = installedFrom(smallSnapshot());
    await structureWorkbook(opts);
    await runInExcel(reportCommand(), opts);
    const ledger = host.workbook.sheet('整改台账')!;
    ledger.protection = { protected: false };
    ledger.merges = ['A5:C6', 'E8:F8'];
    await runInExcel(reportCommand(), opts);
    expect(ledger.merges).toEqual([]);
    expect(ledger.protection.protected).toBe(true);
  });
});

export type { WorkbookSnapshot };
