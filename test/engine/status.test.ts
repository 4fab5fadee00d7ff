import { computeAlert, isChased } from '../../src/engine';
import { alertText, looksLikeAlert } from '../../src/engine/rules/alertText';

const base = { today: '2025-06-30', dueSoonDays: 7, finishedOn: null };

describe('alerts (docs/STATUS.md)', () => {
  test('open and past the deadline: overdue N days', () => {
    const a = computeAlert({ ...base, state: 'open' as const, deadline: '2025-06-20' });
    expect(a).toEqual({ kind: 'overdue', days: 10 });
    expect(alertText(a, 'zh')).toBe('已逾期10天');
    expect(alertText(a, 'en')).toBe('Overdue 10 d');
  });
  test('open and within the threshold: due soon', () => {
    expect(computeAlert({ ...base, state: 'open' as const, deadline: '2025-07-07' })).toEqual({
      kind: 'dueSoon',
      days: 7,
    });
    expect(computeAlert({ ...base, state: 'open' as const, deadline: '2025-07-08' }).kind).toBe('onTrack');
    const today = computeAlert({ ...base, state: 'open' as const, deadline: '2025-06-30' });
    expect(alertText(today, 'zh')).toBe('今日到期');
  });
  test('closed on time and closed late', () => {
    const onTime = computeAlert({
      ...base,
      state: 'closed' as const,
      deadline: '2025-06-20',
      finishedOn: '2025-06-20',
    });
    expect(alertText(onTime, 'zh')).toBe('按期销号');
    const late = computeAlert({ ...base, state: 'closed' as const, deadline: '2025-06-20', finishedOn: '2025-06-23' });
    expect(late).toEqual({ kind: 'closedLate', days: 3 });
    expect(alertText(late, 'zh')).toBe('逾期销号（逾期3天）');
    expect(alertText(late, 'zh', 'task')).toBe('逾期完成（逾期3天）');
  });
  test('no deadline: ongoing, never overdue', () => {
    expect(computeAlert({ ...base, state: 'open' as const, deadline: null }).kind).toBe('ongoing');
  });
  test('unknown deadline gives no alert text (validation reports why)', () => {
    expect(alertText(computeAlert({ ...base, state: 'open' as const, deadline: undefined }), 'zh')).toBe('');
  });
  test('finished before its deadline and handed in for review: never overdue, however long the review takes', () => {
    const a = computeAlert({
      state: 'pendingReview',
      deadline: '2024-03-31',
      finishedOn: '2024-03-22',
      today: '2026-11-22',
      dueSoonDays: 7,
    });
    expect(a.kind).toBe('pendingOnTime');
    expect(a.days).toBe(975); // days waiting for the office's review, not days overdue
    expect(alertText(a, 'zh')).toBe('按期完成，待审核975天');
    expect(alertText(a, 'en')).toBe('Done on time, in review 975 d');
    expect(isChased(a)).toBe(false);
  });
  test('finished after its deadline, awaiting review: counted late, not chased', () => {
    const a = computeAlert({ ...base, state: 'pendingReview', deadline: '2025-06-20', finishedOn: '2025-06-25' });
    expect(a).toEqual({ kind: 'pendingLate', days: 5, late: 5 });
    expect(alertText(a, 'zh')).toBe('逾期完成（逾期5天），待审核5天');
    expect(isChased(a)).toBe(false);
  });
  test('sent back: runs against the original deadline, and the alert says it was sent back', () => {
    const a = computeAlert({ ...base, state: 'open', sentBack: true, deadline: '2025-06-20' });
    expect(a).toEqual({ kind: 'overdue', days: 10, sentBack: true });
    expect(alertText(a, 'zh')).toBe('退回重改，已逾期10天');
    expect(alertText(a, 'en')).toBe('Sent back: Overdue 10 d');
    expect(isChased(a)).toBe(true);
    expect(looksLikeAlert('退回重改，已逾期10天')).toBe(true);
    expect(looksLikeAlert('按期完成，待审核3天')).toBe(true);
  });
});
