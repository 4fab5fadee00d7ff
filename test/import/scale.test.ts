/**
 * Import at the size offices reach: a plain flat ledger of
 * 50,000 rows goes through the real import command (read → plan → `_log` →
 * apply, in memory) without "Maximum call stack size exceeded", and its
 * first import writes a few `_log` rows per source file, not one per cell
 * (a 4,000-row import used to write 92,147). Every new row names its source
 * file and row; the chain still verifies. The .xlsx side (memory, time) is
 * measured by `npm run bench` and docs/PERFORMANCE.md.
 *
 * @uninstrumented the engine at 50,000 rows: Babel's coverage counters slowed it ~1.8×; the import tests at smaller sizes reach its lines
 */
import { type WorkbookSnapshot, checkLog, concatPlans, emptyPlan, importCommand, runCommand } from '../../src/engine';
import { flatLedger } from '../helpers/flatLedger';
import { ENV, memoryPort } from '../helpers/memoryPort';

const empty = (): WorkbookSnapshot => ({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });
const sheetOf = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;
const logRows = (s: WorkbookSnapshot) => (s.sheets.find((x) => x.name === '_log')?.values.length ?? 1) - 1;

test('50,000 rows import whole, each naming its source file and row, with a few _log rows', async () => {
  const port = memoryPort(empty());
  const outcome = await runCommand(port, importCommand([flatLedger(50_000)], { lang: 'zh' }), ENV);
  expect(outcome.result.counts.problems).toBe(50_000);
  const problems = sheetOf(port.snapshot, '问题清单');
  expect(problems.values.length).toBe(50_001);
  const header = problems.values[0];
  const [file, row, text] = ['来源文件', '来源行', '问题描述'].map((h) => header.indexOf(h));
  expect(problems.values[50_000][file]).toBe('A公司.xlsx');
  expect(problems.values[50_000][row]).toBe(50_001);
  expect(String(problems.values[50_000][text])).toContain('第50000项问题');
  expect(sheetOf(port.snapshot, '任务清单').values.length).toBe(50_001);
  // One summary per file, the header of each new sheet, and the digests re-import compares with (docs/LOG.md).
  expect(logRows(port.snapshot)).toBeLessThanOrEqual(40);
  expect(checkLog(port.snapshot, 'zh')).toEqual([]);
}, 120_000);

test('ten files of 2,000 rows: a few _log rows per file', async () => {
  const port = memoryPort(empty());
  const sources = Array.from({ length: 10 }, (_, i) => flatLedger(2_000, `${String.fromCharCode(65 + i)}公司`));
  const outcome = await runCommand(port, importCommand(sources, { lang: 'zh' }), ENV);
  expect(outcome.result.counts.problems).toBe(20_000);
  // (+7 since the column 延期至 and the settings 佐证材料必填 and 延期次数上限: their header and setting cells.)
  expect(logRows(port.snapshot)).toBeLessThanOrEqual(10 * 3 + 19);
  expect(checkLog(port.snapshot, 'zh')).toEqual([]);
}, 120_000);

test('plans of any size join without spreading their lists into a call', () => {
  const big = emptyPlan();
  for (let i = 0; i < 300_000; i++) big.log.push({ sheet: 's', address: `A${i + 1}`, oldValue: null, newValue: i });
  expect(concatPlans(emptyPlan(), big).log).toHaveLength(300_000);
});

test('a workbook with a ledger on each of two sheets: a log entry for each sheet, each with its fingerprint', async () => {
  const a = flatLedger(600, 'A公司');
  const b = flatLedger(400, 'B公司').snapshot.sheets[0];
  a.snapshot.sheets.push({ ...b, name: '二季度' });
  const port = memoryPort(empty());
  await runCommand(port, importCommand([a], { lang: 'zh' }), ENV);
  const log = sheetOf(port.snapshot, '_log').values.slice(1);
  const firsts = log.filter((r) => r[3] === '问题清单' && String(r[6]).startsWith('A公司.xlsx'));
  expect(firsts.map((r) => r[4])).toEqual(['A2:Y601', 'A602:Y1001']);
  for (const r of firsts) expect(String(r[6])).toMatch(/指纹 [0-9a-f]+:\d+）/);
});
