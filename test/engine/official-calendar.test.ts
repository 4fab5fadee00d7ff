/**
 * Deadlines checked against the State Council's holiday notices, counted by
 * hand the way an office worker would (the feedback day is not counted):
 *   2024: 国办发明电〔2023〕7号   2025: 国办发明电〔2024〕12号
 *   2026: 国办发明电〔2025〕7号 (gov.cn, November 2025)
 * Each case names the rule it exercises.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { WorkCalendar, deadlineFromText, DEFAULT_SETTINGS } from '../../src/engine';

const cal = new WorkCalendar();
const due = (from: string, limit: string, settings = DEFAULT_SETTINGS) => {
  const r = deadlineFromText(from, limit, cal, settings);
  if (!r.ok) throw new Error(`${from} + ${limit}: ${r.code}`);
  return r.value;
};

describe('working days against the official schedules', () => {
  test.each([
    // 2024 — Spring Festival 2/10–2/17 off, Sundays 2/4 and 2/18 worked
    ['2024-02-02', '1个工作日', '2024-02-04', 'make-up Sunday 2024-02-04 counts'],
    ['2024-02-08', '5个工作日', '2024-02-21', 'Spring Festival skipped, make-up Sunday 2/18 counts'],
    // 2024 — Labour Day 5/1–5/5 off, Sunday 4/28 and Saturday 5/11 worked
    ['2024-04-26', '3个工作日', '2024-04-30', 'Saturday 4/27 off, Sunday 4/28 worked'],
    ['2024-04-30', '1个工作日', '2024-05-06', 'Labour Day break skipped'],
    ['2024-05-06', '5个工作日', '2024-05-11', 'make-up Saturday 5/11 counts'],
    // 2024 — National Day 10/1–10/7 off, Sunday 9/29 and Saturday 10/12 worked
    ['2024-09-27', '2个工作日', '2024-09-30', 'Sunday 9/29 worked'],
    ['2024-09-27', '3个工作日', '2024-10-08', 'National Day break skipped'],
    ['2024-09-27', '7个工作日', '2024-10-12', 'make-up Saturday 10/12 counts'],
    // 2025 — Spring Festival 1/28–2/4 off, Sunday 1/26 and Saturday 2/8 worked
    ['2025-01-24', '1个工作日', '2025-01-26', 'make-up Sunday 1/26'],
    ['2025-01-24', '3个工作日', '2025-02-05', 'Spring Festival skipped'],
    ['2025-01-24', '6个工作日', '2025-02-08', 'make-up Saturday 2/8'],
    // 2025 — National Day + Mid-Autumn 10/1–10/8 off, Sunday 9/28 and Saturday 10/11 worked
    ['2025-09-26', '1个工作日', '2025-09-28', 'make-up Sunday 9/28'],
    ['2025-09-30', '10个工作日', '2025-10-21', 'National Day + Mid-Autumn break, counted by hand'],
    ['2025-09-30', '十个工作日', '2025-10-21', 'Chinese numeral'],
    ['2025-09-30', '10 working days', '2025-10-21', 'English form'],
    // 2026 — New Year 1/1–1/3 off, Sunday 1/4 worked; across the year boundary
    ['2025-12-30', '3个工作日', '2026-01-05', 'year boundary, make-up Sunday 2026-01-04'],
    ['2023-12-29', '1个工作日', '2024-01-02', 'year boundary 2023→2024, New Year off'],
    // 2026 — Spring Festival 2/15–2/23 off, Saturdays 2/14 and 2/28 worked
    ['2026-02-12', '2个工作日', '2026-02-14', 'make-up Saturday 2/14'],
    ['2026-02-12', '3个工作日', '2026-02-24', 'nine-day Spring Festival skipped'],
    ['2026-02-12', '7个工作日', '2026-02-28', 'make-up Saturday 2/28'],
    // 2026 — National Day 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 worked
    ['2026-09-18', '1个工作日', '2026-09-20', 'make-up Sunday 9/20'],
    ['2026-09-30', '1个工作日', '2026-10-08', 'National Day skipped'],
    ['2026-09-30', '3个工作日', '2026-10-10', 'make-up Saturday 10/10'],
  ])('%s + %s = %s (%s)', (from, limit, expected) => {
    const d = due(from, limit);
    expect(d.deadline).toBe(expected);
    expect(d.kind).toBe('workdays');
    expect(d.calendarCovered).toBe(true);
  });
});

describe('calendar days, weeks and months', () => {
  test('1月31日 + 1个月 = 2月28日 (2025) and 2月29日 (2024, leap year)', () => {
    expect(due('2025-01-31', '1个月').deadline).toBe('2025-02-28');
    expect(due('2024-01-31', '1个月').deadline).toBe('2024-02-29');
    expect(due('2025-03-31', '1个月').deadline).toBe('2025-04-30');
  });

  test('a calendar-day deadline on a holiday rolls to the next working day', () => {
    const d = due('2025-09-26', '5天');
    expect(d.rolledFrom).toBe('2025-10-01');
    expect(d.deadline).toBe('2025-10-09');
  });

  test('without the roll-over setting it stays where it lands', () => {
    const d = due('2025-09-26', '5天', { ...DEFAULT_SETTINGS, rollToWorkday: false });
    expect(d.deadline).toBe('2025-10-01');
    expect(d.rolledFrom).toBeNull();
  });

  test('a month deadline landing on National Day rolls past the whole break', () => {
    expect(due('2025-09-01', '1个月').deadline).toBe('2025-10-09');
  });

  test('a week deadline landing on a Saturday that is a make-up working day stays', () => {
    // 2026-10-03 (Sat) + 1 week = 2026-10-10, a make-up working Saturday.
    const d = due('2026-10-03', '1周');
    expect(d.deadline).toBe('2026-10-10');
    expect(d.rolledFrom).toBeNull();
  });

  test('a 30-day deadline on an ordinary Sunday moves to Monday', () => {
    // 2025-06-01 + 30 days = 2025-07-01 (Tue) — a plain working day, no move.
    expect(due('2025-06-01', '30天').deadline).toBe('2025-07-01');
    // 2025-06-07 + 30 days = 2025-07-07 (Mon); 2025-06-06 + 30 = 07-06 (Sun) → 07-07.
    expect(due('2025-06-06', '30天').deadline).toBe('2025-07-07');
  });
});

describe('coverage of the calendar', () => {
  test('a working-day count in 2027, which the package does not cover, is flagged', () => {
    const d = due('2027-03-01', '10个工作日');
    expect(d.calendarCovered).toBe(false);
    expect(d.uncoveredYears).toEqual([2027]);
    expect(d.deadline).toBe('2027-03-15'); // weekends only
  });

  test('a count that starts in 2026 and ends in 2027 is flagged', () => {
    const d = due('2026-12-25', '10个工作日');
    expect(d.calendarCovered).toBe(false);
    expect(d.uncoveredYears).toEqual([2027]);
  });

  test('next year’s schedule typed into _calendar makes the year covered and is used', () => {
    const withNextYear = new WorkCalendar([
      { date: '2027-03-05', type: 'off', note: '本地假日' },
      { date: '2027-03-06', type: 'work', note: '调休上班' },
    ]);
    const r = deadlineFromText('2027-03-01', '10个工作日', withNextYear);
    expect(r.ok && r.value.calendarCovered).toBe(true);
    // 3/2,3,4 =3; 3/5 off; 3/6 Sat worked =4; 3/8..12 =9; 3/15 =10
    expect(r.ok && r.value.deadline).toBe('2027-03-15');
    const r2 = deadlineFromText('2027-03-01', '4个工作日', withNextYear);
    expect(r2.ok && r2.value.deadline).toBe('2027-03-06');
  });

  test('an override can make an official working day a day off', () => {
    const local = new WorkCalendar([{ date: '2025-10-09', type: 'off', note: '本地' }]);
    const r = deadlineFromText('2025-09-30', '1个工作日', local);
    expect(r.ok && r.value.deadline).toBe('2025-10-10');
  });
});

describe('other kinds', () => {
  test('立行立改 uses the setting (10 working days by default)', () => {
    const d = due('2025-09-30', '立行立改');
    expect(d.kind).toBe('immediate');
    expect(d.deadline).toBe('2025-10-21');
    expect(due('2025-09-30', '立行立改', { ...DEFAULT_SETTINGS, immediateLimit: '5天' }).deadline).toBe('2025-10-09');
  });

  test('立行立改 whose setting is itself 立行立改 is an error, not a loop', () => {
    const r = deadlineFromText('2025-09-30', '立行立改', cal, { ...DEFAULT_SETTINGS, immediateLimit: '立行立改' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('limit.immediateSetting');
  });

  test('长期坚持 has no deadline', () => {
    const d = due('2025-09-30', '长期坚持');
    expect(d.deadline).toBeNull();
    expect(d.kind).toBe('ongoing');
  });

  test('年底前, 2026年底前, 6月底前 and a fixed date are taken as written, never moved', () => {
    expect(due('2025-09-30', '年底前').deadline).toBe('2025-12-31');
    expect(due('2025-09-30', '2026年底前').deadline).toBe('2026-12-31');
    expect(due('2025-03-01', '6月底前').deadline).toBe('2025-06-30');
    // After June: the next end of June.
    expect(due('2025-09-30', '6月底前').deadline).toBe('2026-06-30');
    // 2025-05-31 is a Saturday and a holiday: a date typed by the user is theirs.
    expect(due('2025-03-01', '2025-05-31').deadline).toBe('2025-05-31');
    expect(due('2025-03-01', '2025年6月30日前').deadline).toBe('2025-06-30');
  });
});
