import { appendLogToPlan, checkLog, finalizePlan, hash53, logChanges, logTail } from '../../../src/engine';
import { LogEntry, emptyPlan } from '../../../src/engine/core/plan';
import type { WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { applyWrites, sheet, smallSnapshot } from './fixture';

const entry = (i: number): LogEntry => ({
  time: `2025-06-30 10:00:0${i % 10}`,
  action: '刷新',
  sheet: '问题清单',
  address: `S${i + 2}`,
  oldValue: i % 3 === 0 ? null : `临期 ${i} 天`,
  newValue: i % 2 ? '=SUM(A1)' : i,
  user: 'tester',
});

/** A workbook whose _log holds `n` entries appended in batches of 3, as successive commands would. */
function logged(n: number): WorkbookSnapshot {
  let snap = smallSnapshot();
  for (let i = 0; i < n; i += 3) {
    const entries = Array.from({ length: Math.min(3, n - i) }, (_, k) => entry(i + k));
    snap = applyWrites(snap, appendLogToPlan(emptyPlan(), entries, snap, 'zh'));
  }
  return snap;
}

const logSheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === '_log')!;

describe('_log (全程留痕)', () => {
  it('appends numbered rows with a header, a chain of check codes and a seal, and checks clean', () => {
    const snap = logged(10);
    const log = logSheet(snap);
    expect(log.values[0].slice(0, 9)).toEqual([
      '序号',
      '时间',
      '操作',
      '工作表',
      '单元格',
      '原值',
      '新值',
      '操作人',
      '校验码',
    ]);
    expect(log.values[0][9]).toMatch(/^共 10 条记录，末条校验码 [0-9a-f]{14}$/);
    expect(log.values.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Values are kept as text: a '=' value is never a formula, a number keeps its digits.
    expect(log.values[2].slice(5, 7)).toEqual(['临期 1 天', '=SUM(A1)']);
    expect(log.values[3].slice(5, 7)).toEqual(['临期 2 天', '2']);
    expect(logTail(snap)).toMatchObject({ nextRow: 12, lastSeq: 10 });
    expect(checkLog(snap, 'zh')).toEqual([]);
  });

  it('notices a removed row in the middle', () => {
    const snap = logged(8);
    logSheet(snap).values.splice(4, 1);
    const [f] = checkLog(snap, 'zh');
    expect(f).toMatchObject({ sheet: '_log', row: 5, cell: 'A5', severity: 'warning', code: 'log.tampered' });
    expect(f.message).toContain('序号应为 4，实为“5”');
  });

  it('notices an edited value', () => {
    const snap = logged(6);
    logSheet(snap).values[3][6] = '已销号';
    expect(checkLog(snap, 'en')[0]).toMatchObject({ row: 4, cell: 'I4', code: 'log.tampered' });
  });

  it('notices rows cut off the end through the seal', () => {
    const snap = logged(9);
    logSheet(snap).values.splice(8, 2);
    const [f] = checkLog(snap, 'zh');
    expect(f).toMatchObject({ row: 1, cell: 'J1', code: 'log.tampered' });
    expect(f.message).toContain('现有 7 条记录，但封记（J1）记载为 9 条');
  });

  it('notices a cleared row and renumbered rows', () => {
    const snap = logged(5);
    logSheet(snap).values[2] = [];
    expect(checkLog(snap, 'zh')[0].message).toContain('第 3 行为空');
    const snap2 = logged(5);
    logSheet(snap2).values.splice(2, 1);
    logSheet(snap2)
      .values.slice(1)
      .forEach((r, i) => (r[0] = i + 1));
    expect(checkLog(snap2, 'zh')[0].code).toBe('log.tampered');
  });

  it('is silent when there is no log, and an empty log gets its header on first append', () => {
    expect(checkLog(smallSnapshot(), 'zh')).toEqual([]);
    const snap = smallSnapshot();
    snap.sheets.push(sheet('_log', []));
    const out = appendLogToPlan(emptyPlan(), [entry(1)], snap, 'en');
    expect(out.sheets[0]).toMatchObject({
      name: '_log',
      create: false,
      visibility: 'hidden',
      protect: { password: '' },
    });
    expect(out.writes[0].values[0][0]).toBe('Seq');
    expect(appendLogToPlan(emptyPlan(), [], snap, 'zh').writes).toEqual([]);
  });

  it('logs only cells whose value changes', () => {
    const snap = smallSnapshot();
    const plan = emptyPlan();
    plan.writes.push({ sheet: '问题清单', row: 2, column: 1, values: [['P1', '第二轮']] });
    plan.writes.push({ sheet: '整改台账', row: 1, column: 1, values: [['x']] });
    const entries = logChanges(plan, snap, ['问题清单']);
    expect(entries).toEqual([{ sheet: '问题清单', address: 'B2', oldValue: '第一轮', newValue: '第二轮' }]);
  });

  it('hashes deterministically', () => {
    expect(hash53('abc')).toBe(hash53('abc'));
    expect(hash53('abc')).not.toBe(hash53('abd'));
    expect(hash53('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('finalizePlan logs every changed user cell a plan writes, not generated sheets, and rewrites an old header', () => {
    const snap = smallSnapshot();
    snap.sheets.push(sheet('_log', [['时间', '操作', '工作表', '单元格', '原值', '新值', '用户']]));
    const plan = emptyPlan();
    plan.sheets.push({ name: '统计', create: true, clear: true });
    plan.writes.push({ sheet: '统计', row: 1, column: 1, values: [['【自动生成】']] });
    plan.writes.push({ sheet: '问题清单', row: 2, column: 19, values: [['已逾期20天']] });
    plan.writes.push({ sheet: '任务清单', row: 2, column: 12, values: [['已逾期20天']] });
    const { plan: out, entries } = finalizePlan(plan, snap, {
      action: 'log.action.refresh',
      user: 'u',
      time: 't',
      lang: 'zh',
    });
    expect(out.log).toEqual([]);
    expect(out.expect).toContainEqual({ sheet: '_log', address: 'A2', value: null });
    expect(entries.map((e) => `${e.sheet}!${e.address}`)).toEqual(['问题清单!S2', '任务清单!L2']);
    const after = applyWrites(snap, out);
    const log = after.sheets.find((s) => s.name === '_log')!;
    expect(log.values[0].slice(0, 9)).toEqual([
      '序号',
      '时间',
      '操作',
      '工作表',
      '单元格',
      '原值',
      '新值',
      '操作人',
      '校验码',
    ]);
    expect(log.values[1].slice(0, 7)).toEqual([1, 't', '刷新', '问题清单', 'S2', '', '已逾期20天']);
    expect(checkLog(after, 'zh')).toEqual([]);
  });
});
