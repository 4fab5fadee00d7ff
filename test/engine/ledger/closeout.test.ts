import { checkLog, finalizePlan, planCloseOut, planRecordReminders, t } from '../../../src/engine';
import { fromExcelSerial } from '../../../src/engine/rules/excelSerial';
import type { CloseOutAction, CloseOutRequest } from '../../../src/engine';
import type { WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { TODAY, applyWrites, ledgerOf, smallSnapshot } from './fixture';

const who = { user: '审核员甲', now: '2025-06-30 10:00:00' };

function act(
  action: CloseOutAction,
  req: Omit<CloseOutRequest, 'user' | 'now'>,
  snap: WorkbookSnapshot = smallSnapshot(),
) {
  const data = ledgerOf(snap, { today: TODAY });
  return { data, snap, r: planCloseOut(action, data, snap, req) };
}

const msg = (r: { ok: false; code: Parameters<typeof t>[1]; params: Record<string, string | number> }) =>
  t('zh', r.code, r.params);

describe('close-out workflow (对单销号)', () => {
  it('refuses to close a problem with unfinished measures and names them', () => {
    const { r } = act('close', { id: 'P5', reviewer: '王审', date: '2025-06-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('closeout.openTasks');
    const text = msg(r);
    expect(text).toContain('问题 P5');
    expect(text).toContain('第 6 行');
    expect(text).toContain('1 项整改措施未完成');
    expect(text).toContain('P5-1（清退津贴，进行中）');
    expect(text).not.toContain('P5-2');
    expect(t('en', r.code, r.params)).toContain('cannot be closed out');
  });

  it('requires a reviewer and a closing date, not in the future and not before feedback', () => {
    const snap = smallSnapshot();
    // Mark P5-1 done so only the field checks remain.
    snap.sheets[2].values[6][8] = '已完成';
    const code = (req: Omit<CloseOutRequest, 'user' | 'now'>) => {
      const r = act('close', req, snap).r;
      return r.ok ? 'ok' : r.code;
    };
    expect(code({ id: 'P5', date: '2025-06-30' })).toBe('closeout.reviewerRequired');
    expect(code({ id: 'P5', reviewer: '  ', date: '2025-06-30' })).toBe('closeout.reviewerRequired');
    expect(code({ id: 'P5', reviewer: '王审' })).toBe('closeout.dateRequired');
    expect(code({ id: 'P5', reviewer: '王审', date: '2025-07-01' })).toBe('closeout.dateFuture');
    expect(code({ id: 'P5', reviewer: '王审', date: '2025-04-01' })).toBe('closeout.dateBeforeFeedback');
    expect(code({ id: 'P3', reviewer: '王审', date: '2025-06-30' })).toBe('closeout.alreadyClosed');
    expect(code({ id: 'P99', reviewer: '王审', date: '2025-06-30' })).toBe('closeout.notFound');
  });

  it('closes: writes status, closing date and reviewer on the problem row, guarded and logged', () => {
    const snap = smallSnapshot();
    snap.sheets[2].values[6][8] = '已完成';
    const { r } = act('close', { id: 'P5', reviewer: '王审', date: '2025-06-29' }, snap);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { plan } = r.value;
    const cells = plan.writes.map((w) => [w.sheet, w.row, w.column, w.values[0][0]]);
    expect(cells).toEqual([
      ['问题清单', 6, 11, '已销号'],
      ['问题清单', 6, 13, 45837],
      ['问题清单', 6, 14, '王审'],
    ]);
    expect(fromExcelSerial(45837)).toBe('2025-06-29');
    expect(plan.expect).toEqual([
      { sheet: '问题清单', address: 'K6', value: '待审核' },
      { sheet: '问题清单', address: 'M6', value: null },
      { sheet: '问题清单', address: 'N6', value: null },
    ]);
    expect(plan.log.map((e) => [e.sheet, e.address, e.oldValue, e.newValue])).toEqual([
      ['问题清单', 'K6', '待审核', '已销号'],
      ['问题清单', 'M6', null, 45837],
      ['问题清单', 'N6', null, '王审'],
    ]);
    const stamped = finalizePlan(plan, snap, { action: 'log.action.close', time: who.now, user: who.user }).entries;
    expect(stamped.map((e) => [e.action, e.address, e.user])).toEqual([
      ['销号', 'K6', '审核员甲'],
      ['销号', 'M6', '审核员甲'],
      ['销号', 'N6', '审核员甲'],
    ]);
    expect(r.value.message).toBe('问题 P5 已销号（销号日期 2025-06-29，审核人 王审）。');
  });

  it('submits for review, filling an empty completion date and warning about open measures', () => {
    const { r } = act('submit', { id: 'P1' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.plan.writes.map((w) => [w.column, w.values[0][0]])).toEqual([
      [11, '待审核'],
      [12, 45838],
    ]);
    expect(r.value.warnings[0]).toContain('P1-1（精简会议，进行中）');
    const again = act('submit', { id: 'P5' }).r;
    expect(again.ok ? '' : again.code).toBe('closeout.alreadyPending');
  });

  it('sends back only from 待审核, with a reason, counting the rejections', () => {
    expect(act('reject', { id: 'P5' }).r).toMatchObject({ ok: false, code: 'closeout.reasonRequired' });
    expect(act('reject', { id: 'P1', reason: '材料不全' }).r).toMatchObject({ ok: false, code: 'closeout.notPending' });
    const { r } = act('reject', { id: 'P5', reason: '佐证材料不全', reviewer: '王审' });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.plan.writes.map((w) => [w.column, w.values[0][0]])).toEqual([
      [11, '退回重改'],
      [16, 2],
      [17, '佐证材料不全'],
      [14, '王审'],
    ]);
    expect(r.value.message).toContain('第 2 次退回');
  });

  it('refuses with a located message when a needed column is missing', () => {
    const snap = smallSnapshot();
    snap.sheets[0].values[0][15] = '其他列'; // 退回次数 header renamed away
    const { r } = act('reject', { id: 'P5', reason: 'x' }, snap);
    expect(r).toMatchObject({
      ok: false,
      code: 'closeout.missingColumn',
      params: { sheet: '问题清单', column: '退回次数' },
    });
  });

  it('refuses an ambiguous duplicated ID', () => {
    const snap = smallSnapshot();
    snap.sheets[0].values[2][0] = 'P1';
    const { r } = act('submit', { id: 'P1' }, snap);
    expect(r).toMatchObject({ ok: false, code: 'closeout.duplicate', params: { rows: '2, 3' } });
  });

  it('records reminders sent (督办次数 + 1 once per problem)', () => {
    const snap = smallSnapshot();
    const data = ledgerOf(snap, { today: TODAY });
    const r = planRecordReminders(data, snap, ['P2', 'P1', 'P2']);
    if (!r.ok) throw new Error(r.code);
    expect(r.value.writes.map((w) => [w.row, w.column, w.values[0][0]])).toEqual([
      [2, 18, 1],
      [3, 18, 3],
    ]);
    expect(r.value.log).toHaveLength(2);
  });

  it('every change of a sequence of actions lands in _log, and the log checks clean', () => {
    let snap = smallSnapshot();
    const steps: [CloseOutAction, Omit<CloseOutRequest, 'user' | 'now'>][] = [
      ['submit', { id: 'P1', date: '2025-06-28' }],
      ['reject', { id: 'P1', reason: '会议仍偏多' }],
      ['submit', { id: 'P2' }],
    ];
    let expected = 0;
    for (const [action, req] of steps) {
      const data = ledgerOf(snap, { today: TODAY });
      const r = planCloseOut(action, data, snap, req);
      if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.params)}`);
      expected += r.value.plan.log.length;
      const stamp = { action: `log.action.${action}` as const, time: who.now, user: who.user, lang: 'zh' as const };
      snap = applyWrites(snap, finalizePlan(r.value.plan, snap, stamp).plan);
    }
    const log = snap.sheets.find((s) => s.name === '_log')!;
    expect(log.visibility).toBe('hidden');
    expect(log.protected).toBe(true);
    expect(log.values.length - 1).toBe(expected);
    expect(expected).toBe(7);
    expect(log.values.slice(1).map((r) => r.slice(0, 7))).toContainEqual([
      3,
      who.now,
      '退回重改',
      '问题清单',
      'K2',
      '待审核',
      '退回重改',
    ]);
    expect(checkLog(snap, 'zh')).toEqual([]);
    const p1 = snap.sheets[0].values[1];
    expect([p1[10], p1[15], p1[16]]).toEqual(['退回重改', 1, '会议仍偏多']);
  });
});

describe('是否整改完成（原值） after our command changes the status', () => {
  /** The small ledger with the column import keeps beside 整改状态: 否 for P1, 是 for P5. */
  function withOriginal(): WorkbookSnapshot {
    const snap = smallSnapshot();
    const rows = snap.sheets[0].values;
    const at = rows[0].length;
    rows[0][at] = '是否整改完成（原值）';
    rows[1][at] = '否'; // P1
    rows[5][at] = '是'; // P5
    return snap;
  }
  const column = () => withOriginal().sheets[0].values[0].length;

  it('is cleared with the status, logged, and the message says so', () => {
    const snap = withOriginal();
    const { r } = act('submit', { id: 'P1' }, snap);
    if (!r.ok) throw new Error(r.code);
    expect(r.value.plan.writes.map((w) => [w.column, w.values[0][0]])).toContainEqual([column(), null]);
    expect(r.value.message).toContain('“是否整改完成（原值）”（导入时保留的原值“否”）与新的整改状态不再相符，已清空');
    const logged = r.value.plan.log.find((c) => c.address === `${String.fromCharCode(64 + column())}2`);
    expect(logged).toMatchObject({ oldValue: '否', newValue: null });
    const after = applyWrites(snap, r.value.plan);
    expect(after.sheets[0].values[1][column() - 1]).toBeNull();
    expect(after.sheets[0].values[1][10]).toBe('待审核');
  });

  it('is cleared when a review sends the problem back, and left alone on a row without one', () => {
    const { r } = act('reject', { id: 'P5', reason: '佐证不足' }, withOriginal());
    if (!r.ok) throw new Error(r.code);
    expect(r.value.plan.writes.map((w) => w.column)).toContain(column());
    // No original value on P2's row: nothing more is written, and the message is the usual one.
    const p2 = act('submit', { id: 'P2' }, withOriginal()).r;
    if (!p2.ok) throw new Error(p2.code);
    expect(p2.value.plan.writes.map((w) => w.column)).not.toContain(column());
    expect(p2.value.message).toBe('问题 P2 已提交审核（状态：待审核）。');
  });
});
