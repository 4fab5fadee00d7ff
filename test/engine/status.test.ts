import { computeAlert } from '../../src/engine';
import { alertText } from '../../src/engine/rules/alertText';

const base = { today: '2025-06-30', dueSoonDays: 7, finishedOn: null };

describe('alerts (docs/STATUS.md)', () => {
  test('open and past the deadline: overdue N days', () => {
    const a = computeAlert({ ...base, closed: false, deadline: '2025-06-20' });
    expect(a).toEqual({ kind: 'overdue', days: 10 });
    expect(alertText(a, 'zh')).toBe('已逾期10天');
    expect(alertText(a, 'en')).toBe('Overdue 10 d');
  });
  test('open and within the threshold: due soon', () => {
    expect(computeAlert({ ...base, closed: false, deadline: '2025-07-07' })).toEqual({ kind: 'dueSoon', days: 7 });
    expect(computeAlert({ ...base, closed: false, deadline: '2025-07-08' }).kind).toBe('onTrack');
    const today = computeAlert({ ...base, closed: false, deadline: '2025-06-30' });
    expect(alertText(today, 'zh')).toBe('今日到期');
  });
  test('closed on time and closed late', () => {
    const onTime = computeAlert({ ...base, closed: true, deadline: '2025-06-20', finishedOn: '2025-06-20' });
    expect(alertText(onTime, 'zh')).toBe('按期销号');
    const late = computeAlert({ ...base, closed: true, deadline: '2025-06-20', finishedOn: '2025-06-23' });
    expect(late).toEqual({ kind: 'closedLate', days: 3 });
    expect(alertText(late, 'zh')).toBe('逾期销号（逾期3天）');
    expect(alertText(late, 'zh', 'task')).toBe('逾期完成（逾期3天）');
  });
  test('no deadline: ongoing, never overdue', () => {
    expect(computeAlert({ ...base, closed: false, deadline: null }).kind).toBe('ongoing');
  });
  test('unknown deadline gives no alert text (validation reports why)', () => {
    expect(alertText(computeAlert({ ...base, closed: false, deadline: undefined }), 'zh')).toBe('');
  });
});
