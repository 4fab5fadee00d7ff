/**
 * A `_log` deleted, emptied or replaced after entries were written is reported by `check` (the seal's copy in
 * `_settings` E1 names what was lost), in both languages, at a cell; a ledger that never had a log is not an
 * error, and a later command does not hide the loss by starting a new log.
 */
import { checkCommand, checkLog, refreshCommand, runCommand, structureCommand } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';
import { smallSnapshot } from '../engine/ledger/fixture';

const without = (s: WorkbookSnapshot, name: string): WorkbookSnapshot => ({
  ...s,
  sheets: s.sheets.filter((x) => x.name !== name),
});
const emptied = (s: WorkbookSnapshot): WorkbookSnapshot => ({
  ...s,
  sheets: s.sheets.map((x) => (x.name === '_log' ? { ...x, values: [x.values[0]] } : x)),
});

async function loggedLedger(): Promise<WorkbookSnapshot> {
  const port = memoryPort(smallSnapshot());
  await runCommand(port, structureCommand(), ENV);
  await runCommand(port, refreshCommand(), { ...ENV, today: '2025-07-15' });
  return port.snapshot;
}

const lost = (s: WorkbookSnapshot, lang: 'zh' | 'en' = 'zh') =>
  checkLog(s, lang)
    .filter((f) => f.code === 'log.lost')
    .map((f) => [f.severity, f.sheet, f.cell, f.message]);

test('a ledger with its log, and one that never had a log, are fine', async () => {
  const ledger = await loggedLedger();
  const e1 = ledger.sheets.find((s) => s.name === '_settings')!.values[0][4];
  const j1 = ledger.sheets.find((s) => s.name === '_log')!.values[0][9];
  expect(String(e1)).toMatch(/^_log 留痕：共 \d+ 条记录，末条校验码 [0-9a-f]{14}$/);
  expect(String(e1).slice(String(e1).indexOf('共'))).toBe(j1);
  expect(checkLog(ledger, 'zh')).toEqual([]);
  expect(checkLog(without(smallSnapshot(), '_log'), 'zh')).toEqual([]);
  const port = memoryPort(without(smallSnapshot(), '_log'));
  const r = await runCommand(port, checkCommand(), ENV);
  expect(r.result.findings.filter((f) => f.code.startsWith('log.'))).toEqual([]);
});

test('deleted: reported at _settings E1 as an error, in both languages, by check itself', async () => {
  const gone = without(await loggedLedger(), '_log');
  const [zh] = lost(gone);
  expect(zh.slice(0, 3)).toEqual(['error', '_settings', 'E1']);
  expect(zh[3]).toMatch(
    /^_settings E1（_log 留痕副本）：变更记录 _log 不见了，但工作簿记着它有 \d+ 条记录（末条校验码 [0-9a-f]{14}）：_log 被删除过。/,
  );
  expect(lost(gone, 'en')[0][3]).toMatch(/The change log _log is missing, yet the workbook records \d+ entries/);
  const r = await runCommand(memoryPort(gone), checkCommand(), ENV);
  expect(r.result.findings.map((f) => f.code)).toContain('log.lost');
  expect(r.result.summary.errors).toBeGreaterThan(0);
});

test('emptied: reported at _log A2', async () => {
  const empty = emptied(await loggedLedger());
  expect(lost(empty).map((x) => x.slice(0, 3))).toEqual([['error', '_log', 'A2']]);
  expect(lost(empty)[0][3]).toContain('记录被清空过');
  expect(lost(empty, 'en')[0][3]).toContain('its entries were cleared');
});

test('a new log started after the deletion does not hide it; restoring the old one clears it', async () => {
  const ledger = await loggedLedger();
  const port = memoryPort(without(ledger, '_log'));
  await runCommand(port, refreshCommand(), { ...ENV, today: '2025-08-20' });
  expect(port.snapshot.sheets.some((s) => s.name === '_log')).toBe(true);
  expect(checkLog(port.snapshot, 'zh').filter((f) => f.code === 'log.tampered')).toEqual([]);
  const [replaced] = lost(port.snapshot);
  expect(replaced[0]).toBe('error');
  expect(replaced[3]).toContain('被整体替换');
  // The old log back (from a backup): the copy names its last entry again, and the next command moves both on.
  const restored = memoryPort(ledger);
  await runCommand(restored, refreshCommand(), { ...ENV, today: '2025-08-20' });
  expect(checkLog(restored.snapshot, 'zh')).toEqual([]);
});
