/**
 * A bounded `_log` (docs/LOG.md): the alert texts change every day for every
 * open item, so a daily refresh logs them as one summary row per sheet, while
 * a changed deadline is still logged cell by cell and the chain stays intact.
 * Five simulated daily refreshes of a 2,000-problem ledger add at most 20 rows
 * each (before: 2,016 to 2,808 rows a day).
 */
import { generateDemo } from '../../src/demo';
import { addDays, checkLog, finalizePlan, planLedgerRefresh, readWorkbook, snapshotAfter } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine';

const START = '2025-06-16';

function refreshOn(snap: WorkbookSnapshot, day: string) {
  const data = readWorkbook(snap, { today: day });
  const r = planLedgerRefresh(snap, data, { now: `${day} 09:00:00` });
  const f = finalizePlan(r.plan, snap, { action: 'log.action.refresh', time: `${day} 09:00:00`, user: 'tester' });
  return { entries: f.entries, cells: r.cells, after: snapshotAfter(snap, f.plan) };
}

test('five daily refreshes of 2,000 problems add at most 20 _log rows each, and the chain holds', () => {
  let snap = generateDemo({ problems: 2000, today: START, seed: 7 }).snapshot;
  const rows: number[] = [];
  const alertCells: number[] = [];
  for (let d = 1; d <= 5; d++) {
    const r = refreshOn(snap, addDays(START, d));
    rows.push(r.entries.length);
    alertCells.push(r.cells);
    snap = r.after;
  }
  expect(Math.max(...rows)).toBeLessThanOrEqual(20);
  expect(Math.min(...alertCells)).toBeGreaterThan(1000); // the alerts did change: they are summarised, not skipped
  expect(checkLog(snap, 'zh')).toEqual([]);
});

test('a deadline changed by an edited time limit is still logged cell by cell, old → new', () => {
  let snap = generateDemo({ problems: 60, today: START, seed: 7 }).snapshot;
  snap = refreshOn(snap, START).after;
  const problems = snap.sheets.find((s) => s.name === '问题清单')!;
  const header = problems.values[0];
  const limitCol = header.indexOf('整改时限');
  const row = problems.values.findIndex(
    (r, i) => i > 0 && typeof r[limitCol] === 'string' && /个工作日$/.test(r[limitCol] as string),
  );
  problems.values[row][limitCol] = '90天';
  const { entries } = refreshOn(snap, START);
  const deadlineColumn = String.fromCharCode(65 + header.indexOf('整改期限'));
  const logged = entries.find((e) => e.sheet === '问题清单' && e.address === `${deadlineColumn}${row + 1}`);
  expect(logged).toBeDefined();
  expect(String(logged!.newValue)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(logged!.oldValue).not.toEqual(logged!.newValue);
});
