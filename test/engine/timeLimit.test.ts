/**
 * @timezone dates and deadlines: what they compute must not move with the machine's zone
 */
import { parseTimeLimit, parseChineseNumber, t } from '../../src/engine';

describe('Chinese numerals', () => {
  test.each([
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十五', 25],
    ['两', 2],
    ['三十', 30],
    ['一百二十', 120],
    ['九十九', 99],
  ])('%s = %d', (text, n) => expect(parseChineseNumber(text)).toBe(n));
  test('not a numeral', () => expect(parseChineseNumber('abc')).toBeNull());
});

describe('the time-limit grammar', () => {
  test.each([
    ['10个工作日', { kind: 'workdays', count: 10 }],
    ['十个工作日', { kind: 'workdays', count: 10 }],
    ['１０个工作日', { kind: 'workdays', count: 10 }],
    ['10个工作日内', { kind: 'workdays', count: 10 }],
    ['限时10个工作日内完成', { kind: 'workdays', count: 10 }],
    ['10 working days', { kind: 'workdays', count: 10 }],
    ['within 5 business days', { kind: 'workdays', count: 5 }],
    ['30天', { kind: 'days', count: 30 }],
    ['30日', { kind: 'days', count: 30 }],
    ['三十天', { kind: 'days', count: 30 }],
    ['30 days', { kind: 'days', count: 30 }],
    ['30 calendar days', { kind: 'days', count: 30 }],
    ['2周', { kind: 'weeks', count: 2 }],
    ['两周', { kind: 'weeks', count: 2 }],
    ['3个星期', { kind: 'weeks', count: 3 }],
    ['2 weeks', { kind: 'weeks', count: 2 }],
    ['1个月', { kind: 'months', count: 1 }],
    ['三个月', { kind: 'months', count: 3 }],
    ['限时1个月整改到位', { kind: 'months', count: 1 }],
    ['半年', { kind: 'months', count: 6 }],
    ['1年', { kind: 'months', count: 12 }],
    ['1 month', { kind: 'months', count: 1 }],
    ['6 months', { kind: 'months', count: 6 }],
    ['年底前', { kind: 'endOfYear', year: null }],
    ['今年年底前', { kind: 'endOfYear', year: null }],
    ['2025年底前', { kind: 'endOfYear', year: 2025 }],
    ['2025年内', { kind: 'endOfYear', year: 2025 }],
    ['年内', { kind: 'endOfYear', year: null }],
    ['限2025年内完成', { kind: 'endOfYear', year: 2025 }],
    ['本月内', { kind: 'endOfMonth', year: null, month: null }],
    ['2年内', { kind: 'months', count: 24 }],
    ['end of year', { kind: 'endOfYear', year: null }],
    ['by end of 2025', { kind: 'endOfYear', year: 2025 }],
    ['6月底前', { kind: 'endOfMonth', year: null, month: 6 }],
    ['六月底前', { kind: 'endOfMonth', year: null, month: 6 }],
    ['2025年6月底前', { kind: 'endOfMonth', year: 2025, month: 6 }],
    ['月底前', { kind: 'endOfMonth', year: null, month: null }],
    ['end of June', { kind: 'endOfMonth', year: null, month: 6 }],
    ['2025-06-30', { kind: 'date', date: '2025-06-30' }],
    ['2025年6月30日前', { kind: 'date', date: '2025-06-30' }],
    ['立行立改', { kind: 'immediate' }],
    ['immediate', { kind: 'immediate' }],
    ['长期坚持', { kind: 'ongoing' }],
    ['ongoing', { kind: 'ongoing' }],
  ])('%s', (text, expected) => {
    const r = parseTimeLimit(text);
    expect(r).toEqual({ ok: true, value: expected });
  });

  test.each(['尽快', 'soon', '10', '13月底前', '2025-02-30', '个工作日', '', '2025年', '100年'])(
    '"%s" is rejected, not guessed',
    (text) => {
      const r = parseTimeLimit(text);
      expect(r.ok).toBe(false);
    },
  );

  test('the error quotes the text and lists accepted forms, in both languages', () => {
    const r = parseTimeLimit('尽快');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const zh = t('zh', r.code, r.params);
    const en = t('en', r.code, r.params);
    expect(zh).toContain('“尽快”');
    expect(zh).toContain('10个工作日');
    expect(zh).toContain('长期坚持');
    expect(en).toContain('"尽快"');
    expect(en).toContain('10 working days');
  });

  test('"3月" is ambiguous (3 months or end of March) and says so', () => {
    const r = parseTimeLimit('3月');
    expect(!r.ok && r.code).toBe('limit.ambiguousMonth');
    expect(!r.ok && t('zh', r.code, r.params)).toContain('3个月');
  });

  test('zero is refused', () => {
    const r = parseTimeLimit('0个工作日');
    expect(!r.ok && r.code).toBe('limit.zero');
  });
});
