/**
 * The time-limit grammar (docs/DEADLINES.md): what people write in the 整改时限
 * column, in Chinese or English, turned into a structured TimeLimit.
 * Unreadable text is an error that quotes it and lists the accepted forms;
 * nothing is guessed (e.g. "3月" could be three months or March: we ask).
 */
import { IsoDate } from './dates';
import { parseDateText } from './parseDate';
import { toHalfWidth } from '../core/text';
import { Result, fail, ok } from '../core/errors';

export type TimeLimit =
  | { kind: 'workdays'; count: number }
  | { kind: 'days'; count: number }
  | { kind: 'weeks'; count: number }
  /** Years are stored as 12·n months. */
  | { kind: 'months'; count: number }
  /** 31 December of `year`; null = the feedback date's year. */
  | { kind: 'endOfYear'; year: number | null }
  /**
   * The last day of a month. `month` null = the feedback date's month; `year`
   * null = the first such month-end on or after the feedback date.
   */
  | { kind: 'endOfMonth'; year: number | null; month: number | null }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'immediate' }
  | { kind: 'ongoing' };

export type TimeLimitKind = TimeLimit['kind'];

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十 → 10, 十五 → 15, 二十 → 20, 一百二十 → 120, 两 → 2; null if not a Chinese numeral. */
export function parseChineseNumber(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  let sawDigit = false;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      current = CN_DIGITS[ch];
      sawDigit = true;
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (sawDigit || current > 0 ? current : 1) * unit;
      current = 0;
      sawDigit = false;
    }
  }
  return total + current;
}

function parseCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';
const CN_RULES: Array<[RegExp, (n: number) => TimeLimit]> = [
  [new RegExp(`^${NUM}个?工作日$`), (n) => ({ kind: 'workdays', count: n })],
  [new RegExp(`^${NUM}个?(?:自然日|日历日|天|日)$`), (n) => ({ kind: 'days', count: n })],
  [new RegExp(`^${NUM}个?(?:周|星期|礼拜)$`), (n) => ({ kind: 'weeks', count: n })],
  [new RegExp(`^${NUM}个月$`), (n) => ({ kind: 'months', count: n })],
  [new RegExp(`^${NUM}年$`), (n) => ({ kind: 'months', count: n * 12 })],
];

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const EN_RULES: Array<[RegExp, (n: number) => TimeLimit]> = [
  [/^(\d+) (?:working|work|business) days?$/, (n) => ({ kind: 'workdays', count: n })],
  [/^(\d+) workdays?$/, (n) => ({ kind: 'workdays', count: n })],
  [/^(\d+) (?:calendar )?days?$/, (n) => ({ kind: 'days', count: n })],
  [/^(\d+) weeks?$/, (n) => ({ kind: 'weeks', count: n })],
  [/^(\d+) months?$/, (n) => ({ kind: 'months', count: n })],
  [/^(\d+) years?$/, (n) => ({ kind: 'months', count: n * 12 })],
];

/** Strips the words around a limit that do not change it: 限时…内, 在…前完成. `within` keeps a trailing 内 (年内, 月内). */
function stripChineseFrame(s: string, keepWithin = false): string {
  let out = s.replace(/^(?:限期|限时|限|须在|需在|须|需|在|于)/, '');
  out = out.replace(/(?:整改到位|整改完成|完成整改|到位|完成|办结)$/, '');
  if (!keepWithin) out = out.replace(/(?:以内|之内|内)$/, '');
  return out;
}

/** A count of years this large is a calendar year ('2025年内' is the end of 2025, never 2,025 years). */
const MAX_YEARS = 99;

/** 10个工作日, 三十天, 2周, 1个月, 2年, 半年, 立行立改, 长期坚持. */
function parseChineseCount(cn: string, original: string): Result<TimeLimit> | null {
  if (/^立行立改$|^立即整改$|^即知即改$/.test(cn)) return ok({ kind: 'immediate' });
  if (/^(?:长期坚持|长期|持续整改|持续推进|常态化)$/.test(cn)) return ok({ kind: 'ongoing' });
  if (cn === '半年') return ok({ kind: 'months', count: 6 });
  for (const [re, make] of CN_RULES) {
    const m = re.exec(cn);
    if (!m) continue;
    const n = parseCount(m[1]);
    if (n === null) return null;
    if (n === 0) return fail('limit.zero', { value: original });
    const limit = make(n);
    if (limit.kind === 'months' && /年$/.test(cn) && n > MAX_YEARS) return null;
    return ok(limit);
  }
  return null;
}

/** 年底前, 今年底, 年内, 2025年底前, 2025年内, 月底前, 本月内, 6月底前, 2025年6月底前. */
function parseChinesePeriodEnd(cn: string, original: string): Result<TimeLimit> | null {
  if (/^(?:本|今|当)?年?年(?:底|末|内)(?:前|之前)?$/.test(cn)) return ok({ kind: 'endOfYear', year: null });
  const yearEnd = /^(\d{4})年(?:底|末|内)(?:前|之前)?$/.exec(cn);
  if (yearEnd) return ok({ kind: 'endOfYear', year: Number(yearEnd[1]) });
  if (/^(?:本|当)?月(?:底|末|内)(?:前|之前)?$/.test(cn)) return ok({ kind: 'endOfMonth', year: null, month: null });
  const monthEnd = new RegExp(`^(?:(\\d{4})年)?${NUM}月(?:底|末)(?:前|之前)?$`).exec(cn);
  if (!monthEnd) return null;
  const month = parseCount(monthEnd[2]);
  if (month === null || month < 1 || month > 12) return fail('limit.invalid', { value: original });
  return ok({ kind: 'endOfMonth', year: monthEnd[1] ? Number(monthEnd[1]) : null, month });
}

/** Every Chinese form; null when the text is none of them. */
function parseChinese(half: string, original: string): Result<TimeLimit> | null {
  // Spaces carry no meaning in Chinese.
  const compact = half.replace(/\s+/g, '');
  const cn = stripChineseFrame(compact);
  const periodEnd =
    parseChinesePeriodEnd(stripChineseFrame(compact, true), original) ?? parseChinesePeriodEnd(cn, original);
  if (periodEnd) return periodEnd;
  const counted = parseChineseCount(cn, original);
  if (counted) return counted;
  // A date, optionally followed by 前 / 之前 (2025年6月30日前).
  const date = parseDateText(cn.replace(/(?:之前|前)$/, ''));
  if (date) return ok({ kind: 'date', date });
  const ambiguous = new RegExp(`^${NUM}月$`).exec(cn);
  if (ambiguous) return fail('limit.ambiguousMonth', { value: original, n: parseCount(ambiguous[1]) ?? ambiguous[1] });
  return null;
}

/** 10 working days, 30 days, 2 weeks, 1 month, half a year, end of June 2025, immediate, ongoing. */
function parseEnglish(half: string, original: string): Result<TimeLimit> | null {
  const en = half
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:within|in|by|before|no later than) /, '')
    .replace(/^the /, '');
  if (/^(?:immediate|immediately|at once|fix immediately)$/.test(en)) return ok({ kind: 'immediate' });
  if (/^(?:ongoing|long[- ]term|continuous|permanent)$/.test(en)) return ok({ kind: 'ongoing' });
  if (/^(?:half a year|six months? ?\(half year\)|half year)$/.test(en)) return ok({ kind: 'months', count: 6 });
  for (const [re, make] of EN_RULES) {
    const m = re.exec(en);
    if (!m) continue;
    const n = Number(m[1]);
    return n === 0 ? fail('limit.zero', { value: original }) : ok(make(n));
  }
  const enEnd = /^end of (?:the )?(year|month|(\d{4})|([a-z]+)(?: (\d{4}))?)$/.exec(en);
  if (enEnd) {
    if (enEnd[1] === 'year') return ok({ kind: 'endOfYear', year: null });
    if (enEnd[1] === 'month') return ok({ kind: 'endOfMonth', year: null, month: null });
    if (enEnd[2]) return ok({ kind: 'endOfYear', year: Number(enEnd[2]) });
    const monthIndex = EN_MONTHS.indexOf(enEnd[3]);
    if (monthIndex >= 0) {
      return ok({ kind: 'endOfMonth', year: enEnd[4] ? Number(enEnd[4]) : null, month: monthIndex + 1 });
    }
  }

  return null;
}

/**
 * Reads a time limit as people write it, in Chinese or English
 * (docs/DEADLINES.md). Unreadable or ambiguous text is an error that quotes
 * it and lists the accepted forms; nothing is guessed.
 *
 * @example parseTimeLimit('十个工作日') // ok({ kind: 'workdays', count: 10 })
 * @example parseTimeLimit('2025年内')   // ok({ kind: 'endOfYear', year: 2025 })
 * @example parseTimeLimit('3月')        // fail('limit.ambiguousMonth'): three months, or March?
 */
export function parseTimeLimit(raw: string): Result<TimeLimit> {
  const original = raw;
  const half = toHalfWidth(String(raw)).trim();
  if (!half) return fail('limit.invalid', { value: original });
  return parseChinese(half, original) ?? parseEnglish(half, original) ?? fail('limit.invalid', { value: original });
}
