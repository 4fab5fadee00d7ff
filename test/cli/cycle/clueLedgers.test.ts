/**
 * The three clue ledgers as `rectify report` writes them, at several dates,
 * against an independent count (test/helpers/count_clues.py, openpyxl over the
 * raw cells of 移交清单): 移交签收台账 registers every clue transferred by the
 * date with its signing record (date, signer, days until signed, or days
 * waiting), 按时办结 and 办理超时 hold the clues the definition puts there, none
 * in both, and the counts by receiving body agree; a clue once registered is
 * registered at every later date.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'clue-ledgers-'));
const demo = join(dir, 'demo.xlsx');

interface Ledger {
  ids: string[];
  bodies: Record<string, number>;
  signing?: Record<string, { signedOn: string | null; signer: string; days: number | null; state: string }>;
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
  const states = new Set<string>();
  for (const date of DATES) {
    const out = join(dir, `r-${date}.xlsx`);
    expect((await rectify('report', demo, '-o', out, '--today', date)).code).toBe(0);
    const c = count(out, date);
    for (const state of ['register', 'onTime', 'overdue'])
      expect([date, state, c.sheets[state]]).toEqual([date, state, c.expected[state]]);
    const register = c.sheets.register.ids;
    const settled = [...c.sheets.onTime.ids, ...c.sheets.overdue.ids];
    expect(new Set(settled).size).toBe(settled.length); // finished on time or overdue, never both
    for (const id of settled) expect([date, id, register.includes(id)]).toEqual([date, id, true]);
    const all = [...c.expected.handling.ids, ...settled];
    expect([...register].sort()).toEqual([...all].sort()); // the register is every clue transferred by the date
    for (const id of before) expect([date, id, register.includes(id)]).toEqual([date, id, true]); // never disappears
    for (const s of Object.values(c.sheets.register.signing!)) states.add(s.state.replace(/\d+/g, 'N'));
    before = register;
    totals.push(register.length);
  }
  // The demo's clues came in over time, and as of its own date it has clues in every ledger.
  expect(totals[0]).toBeLessThan(totals[totals.length - 1]);
  const today = count(join(dir, 'r-2025-06-30.xlsx'), '2025-06-30').sheets;
  expect(Object.values(today).every((l) => l.ids.length > 0)).toBe(true);
  // The demo's signing records cover signed in time and not signed (in time and late), so the comparison means something.
  expect([...states].sort()).toEqual(
    expect.arrayContaining(['按时签收', '未签收，已等待N天', '超期未签收，已等待N天']),
  );
});
