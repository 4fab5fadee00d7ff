/**
 * The State Council's notices of 2010–2026, as published (test/fixtures/calendar-notices, SOURCE.md there),
 * read by parseNotice and layered in order, against the chinese-days package day by day; then the same
 * notices as people paste them (line breaks anywhere, other punctuation widths, traditional characters, a web
 * page's clutter around them), and the wordings and mistakes a notice may carry.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { type IsoDate, addDays, weekday } from '../rules/dates';
import { parseNotice } from './parse';
import type { NoticeDay, ParsedNotice } from './types';

const DIR = join(__dirname, '../../../test/fixtures/calendar-notices');
const YEARS = readdirSync(DIR)
  .filter((f) => /^\d{4}\.txt$/.test(f))
  .map((f) => Number(f.slice(0, 4)))
  .sort((a, b) => a - b);
const text = (year: number) => readFileSync(join(DIR, `${year}.txt`), 'utf8');

const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
const isWeekend = (d: IsoDate) => weekday(d) === 0 || weekday(d) === 6;

/** Days later notices changed, which chinese-days has and these texts do not (SOURCE.md): left out. */
const LATER_NOTICES = new Set<IsoDate>();
for (const [from, to] of [
  ['2015-09-03', '2015-09-06'], // 抗战胜利70周年纪念日
  ['2019-04-28', '2019-05-05'], // 劳动节, 国办发明电〔2019〕3号
  ['2020-01-31', '2020-02-02'], // 春节 extended, 国办发明电〔2020〕1号
])
  for (let d = from; d <= to; d = addDays(d, 1)) LATER_NOTICES.add(d);

/** chinese-days' short names (清明, 中秋) are the stems of the notices' (清明节, 中秋节). */
const stem = (name: string) => name.replace(/节$/, '');

function layered(years: number[], read: (y: number) => ParsedNotice = (y) => parseNotice(text(y))) {
  const days = new Map<IsoDate, NoticeDay>();
  for (const y of years) for (const d of read(y).days) days.set(d.date, d);
  return days;
}

/** The first day of `year` where the layered notices and chinese-days disagree, or null. */
function firstDifference(year: number, days: Map<IsoDate, NoticeDay>): string | null {
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    if (LATER_NOTICES.has(d)) continue;
    const ours = days.get(d);
    const oursWork = ours ? ours.type === '班' : !isWeekend(d);
    const theirHoliday = data.holidays[d];
    const theirsWork = theirHoliday ? false : data.workdays[d] ? true : !isWeekend(d);
    if (oursWork !== theirsWork)
      return `${d}: notice says ${ours?.type ?? (oursWork ? 'weekday' : 'weekend')}, chinese-days ${theirsWork ? 'work' : 'off'}`;
    // A weekday off is named after its holiday, as chinese-days names it.
    if (!isWeekend(d) && theirHoliday && ours && !ours.holiday.includes(stem(theirHoliday.split(',')[1])))
      return `${d}: notice says ${ours.holiday}, chinese-days ${theirHoliday}`;
  }
  return null;
}

describe('every official notice 2010–2026 agrees with chinese-days, day by day', () => {
  const all = layered(YEARS);
  test.each(YEARS)('%i', (year) => {
    const notice = parseNotice(text(year));
    expect(notice.year).toBe(year);
    expect(notice.errors).toEqual([]);
    expect(notice.warnings).toEqual([]);
    expect(firstDifference(year, all)).toBeNull();
  });

  test('the comparison fails, naming the year and day, when a notice is misread', () => {
    const wrong = layered(YEARS);
    wrong.delete('2024-02-04'); // a make-up working day dropped
    expect(firstDifference(2024, wrong)).toBe('2024-02-04: notice says weekend, chinese-days work');
  });

  test('a notice sets days of the year before (2012: 2011-12-31; 2019: 2018-12-29 to 31)', () => {
    const d2012 = parseNotice(text(2012)).days;
    expect(d2012).toContainEqual({ date: '2011-12-31', type: '班', holiday: '元旦' });
    const d2019 = parseNotice(text(2019)).days.filter((d) => d.date < '2019-01-01');
    expect(d2019).toEqual([
      { date: '2018-12-30', type: '休', holiday: '元旦' },
      { date: '2018-12-31', type: '休', holiday: '元旦' },
      { date: '2018-12-29', type: '班', holiday: '元旦' },
    ]);
  });
});

// ---------------------------------------------------------------------------
// As people paste it

/** A deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const BREAKS = ['\n', ' ', '\r\n', '\u3000', '\u00a0', '\t', '\n\n  '];
function breakAnywhere(s: string, seed: number): string {
  const r = random(seed);
  return [...s].map((ch) => (r() < 0.08 ? ch + BREAKS[Math.floor(r() * BREAKS.length)] : ch)).join('');
}
const halfWidth = (s: string) =>
  s.replace(/，/g, ',').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/；/g, ';');
const TRAD: Record<string, string> = {
  节: '節',
  调: '調',
  连: '連',
  周: '週',
  与: '與',
  劳: '勞',
  动: '動',
  国: '國',
  庆: '慶',
  农: '農',
  历: '曆',
  补: '補',
  关: '關',
  于: '於',
  务: '務',
  办: '辦',
  厅: '廳',
  发: '發',
  号: '號',
  电: '電',
};
const traditional = (s: string) => [...s].map((c) => TRAD[c] ?? c).join('');
const webPage = (s: string) =>
  `首页 | 政策 | 最新 | 解读 | 国务院信息公开\n当前位置：首页 > 政策 > 国务院文件\n字号：大 中 小\n${s}\n【我要纠错】 责任编辑：张三\n相关链接：\n2025年春节放假安排：1月28日至2月4日放假调休，共8天\n相关新闻：往年安排\n一、元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。\n扫一扫在手机打开当前页`;

describe('the same notices as pasted', () => {
  const forms: [string, (s: string, seed: number) => string][] = [
    ['line breaks and spaces anywhere', breakAnywhere],
    ['half-width punctuation', halfWidth],
    ['traditional characters', traditional],
    ['inside a web page', webPage],
    ['all of these at once', (s, seed) => webPage(breakAnywhere(traditional(halfWidth(s)), seed))],
  ];
  test.each(forms)('%s: the same days, every year', (_name, form) => {
    for (const year of YEARS) {
      const expected = parseNotice(text(year)).days;
      const seed = year * 7;
      const got = parseNotice(form(text(year), seed));
      expect({ year, seed, days: got.days, errors: got.errors }).toEqual({ year, seed, days: expected, errors: [] });
    }
  });
});
