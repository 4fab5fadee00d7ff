/**
 * Header matching is linear in a cell's length: a sheet whose header area (30 rows × 26 columns) is full of
 * 32,767-character cells — runs of "(" and other brackets, spaces, numbering, a column name buried at either end —
 * is read and refused by `import --dry-run` in seconds. (When header matching was quadratic, 30 × 2 such cells took
 * about 150 s and 30 × 26 did not finish in 300 s.)
 */
import { type CellValue, type LegacySource, importCommand, isEngineError, runCommand } from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';

const MAX = 32_767;
const PATTERNS: ((i: number) => string)[] = [
  () => '('.repeat(MAX),
  (i) => '问题描述' + '('.repeat(MAX - 4 - i),
  (i) => '('.repeat(MAX - 4 - i) + '问题描述',
  (i) => '（'.repeat(16_000 - i) + '整改措施' + '）'.repeat(16_000),
  (i) => '(a'.repeat(16_380 - i),
  (i) => '【'.repeat(32_000 - i) + '】',
  (i) => ' '.repeat(32_000 - i) + 'x',
  (i) => '1.'.repeat(16_000 - i),
  (i) => '[' + '(（【'.repeat(10_000 - i),
];

function source(pattern: (i: number) => string | null): LegacySource {
  const values: CellValue[][] = [];
  for (let r = 0; r < 30; r++) {
    values.push(Array.from({ length: 26 }, (_, c) => pattern(r * 26 + c)));
  }
  const sheet = { name: '台账', visibility: 'visible' as const, values, formulas: {}, tables: [], merges: [] };
  return { file: 'hostile.xlsx', snapshot: { user: 't', readAt: '2025-06-30T00:00:00Z', sheets: [sheet] } };
}

async function dryRun(src: LegacySource): Promise<number> {
  const port = memoryPort({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' });
  // CPU time of this process, not wall time: a busy machine does not inflate it.
  const start = process.cpuUsage();
  try {
    await runCommand(port, importCommand([src], { lang: 'zh', dryRun: true }), ENV);
  } catch (e) {
    // Refused as not a ledger, with a message: what a user sees as exit 2.
    if (!isEngineError(e)) throw e;
  }
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

test('30 × 26 header cells of 32,767 "(" are read in seconds', async () => {
  expect(await dryRun(source(PATTERNS[0]))).toBeLessThan(10_000);
}, 30_000);

test('every kind of long header cell, mixed, is read in seconds', async () => {
  const mixed = source((i) => PATTERNS[i % PATTERNS.length](i % 97));
  expect(await dryRun(mixed)).toBeLessThan(10_000);
}, 30_000);
