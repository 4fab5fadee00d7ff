/**
 * Merged cells in a list sheet's data rows: check reports each one, located;
 * refresh never writes into a cell a merge hides (the write would land in the
 * merged area's visible cell, a neighbouring column) and its guard does not
 * compare them; structuring refuses, before anything is written, to make a
 * table over them (Excel cannot); close-out refuses a hidden target cell.
 */
import { EngineError, checkWorkbook, planCloseOut, planRefresh, planStructure, readWorkbook } from '../../src/engine';
import { TODAY, smallSnapshot } from './ledger/fixture';

/** P1's 督办次数 (R2) merged with its 预警 (S2), a value left under the merge, as legacy sheets have. */
function withMerge() {
  const snap = smallSnapshot();
  const problems = snap.sheets[0];
  problems.merges.push('R2:S2');
  problems.values[1][18] = '旧预警';
  return snap;
}

test('check reports the merge at its top-left cell, with its range', () => {
  const r = checkWorkbook(withMerge(), { today: TODAY, lang: 'zh' });
  const merges = r.findings.filter((f) => f.code === 'merge.inList');
  expect(merges).toHaveLength(1);
  expect(merges[0]).toMatchObject({ sheet: '问题清单', cell: 'R2', severity: 'error' });
  expect(merges[0].message).toContain('R2:S2');
});

test('refresh writes nothing into the hidden cell, nor guards it, and logs only cells it writes', () => {
  const snap = withMerge();
  const plan = planRefresh(snap, readWorkbook(snap, { today: TODAY }));
  const written = plan.writes
    .filter((w) => w.sheet === '问题清单')
    .flatMap((w) => w.values.map((_, i) => `${w.column}:${w.row + i}`));
  expect(written).not.toContain('19:2'); // S2 is hidden by R2:S2
  expect(plan.expect!.some((e) => e.address === 'S2')).toBe(false);
  // Other rows are refreshed as usual (their alerts logged as one summary row from S3 down).
  expect(written).toContain('19:3');
  expect(plan.log.some((l) => l.sheet === '问题清单' && /^S3:S\d+$/.test(l.address))).toBe(true);
});

test('structuring refuses to make a table over merged data, naming the sheet and the range, before any write', () => {
  let error: unknown;
  try {
    planStructure(withMerge(), { lang: 'zh' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(EngineError);
  expect(error).toMatchObject({ code: 'workbook.mergedData', params: { sheet: '问题清单', range: 'R2:S2', count: 1 } });
});

test('a merged title above the header is not a list merge', () => {
  const snap = smallSnapshot();
  snap.sheets[0].merges.push('A1:A1');
  expect(checkWorkbook(snap, { today: TODAY, lang: 'zh' }).findings.some((f) => f.code === 'merge.inList')).toBe(false);
});

test('close-out refuses to write a cell a merge hides', () => {
  const snap = smallSnapshot();
  snap.sheets[0].merges.push('J2:K2'); // P1's 整改期限 and 整改状态
  const data = readWorkbook(snap, { today: TODAY });
  const r = planCloseOut('submit', data, snap, { id: 'P1' });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.code).toBe('closeout.mergedCell');
});
