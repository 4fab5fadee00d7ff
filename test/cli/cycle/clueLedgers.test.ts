/**
 * The three clue ledgers as `rectify report` writes them, at several dates,
 * against an independent count (test/helpers/count_clues.py, openpyxl over the
 * raw cells of 移交清单): every clue transferred by the date is in exactly one
 * ledger, in the one the definition says, and the counts by receiving body
 * agree; a clue once listed is listed at every later date.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'clue-ledgers-'));
const demo = join(dir, 'demo.xlsx');

async function rectify(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['node', 'rectify', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface Ledger {
  ids: string[];
  bodies: Record<string, number>;
}
type Count = { expected: Record<string, Ledger>; sheets: Record<string, Ledger> };

const count = (file: string, date: string): Count =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../../helpers/count_clues.py'), file, date], {
      encoding: 'utf8',
    }),
  );

beforeAll(async () => {
  expect((await rectify('demo', demo, '--today', '2025-06-30', '--problems', '80')).code).toBe(0);
});

const DATES = ['2024-12-31', '2025-02-15', '2025-04-30', '2025-06-01', '2025-06-30', '2025-09-30'];

test('at every date the three ledgers hold exactly the clues the independent count puts there', async () => {
  let before: string[] = [];
  const totals: number[] = [];
  for (const date of DATES) {
    const out = join(dir, `r-${date}.xlsx`);
    expect((await rectify('report', demo, '-o', out, '--today', date)).code).toBe(0);
    const c = count(out, date);
    for (const state of ['handling', 'onTime', 'overdue'])
      expect([date, state, c.sheets[state]]).toEqual([date, state, c.expected[state]]);
    const all = Object.values(c.sheets).flatMap((l) => l.ids);
    expect(new Set(all).size).toBe(all.length); // in one ledger only
    for (const id of before) expect([date, id, all.includes(id)]).toEqual([date, id, true]); // never disappears
    before = all;
    totals.push(all.length);
  }
  // The demo's clues came in over time, and as of its own date it has clues in every ledger.
  expect(totals[0]).toBeLessThan(totals[totals.length - 1]);
  const today = count(join(dir, 'r-2025-06-30.xlsx'), '2025-06-30').sheets;
  expect(Object.values(today).every((l) => l.ids.length > 0)).toBe(true);
});
