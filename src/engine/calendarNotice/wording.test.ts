/**
 * Wordings the official texts of 2010–2026 do not all show, notices not yet seen, and the mistakes a notice
 * may carry (a weekday that contradicts its date, a day both off and working, a text with no notice).
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { EngineError } from '../core/errors';
import { noticeIssueText, noticeJson } from './messages';
import { parseNotice } from './parse';
import type { ParsedNotice } from './types';
import { cpuNow } from '../../../test/helpers/cpuClock';

const DIR = join(__dirname, '../../../test/fixtures/calendar-notices');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const offDays = (n: ParsedNotice) => n.days.filter((d) => d.type === '休').map((d) => d.date);
const workDays = (n: ParsedNotice) => n.days.filter((d) => d.type === '班').map((d) => d.date);

const notice = (year: number, items: string) =>
  `国务院办公厅关于${year}年部分节假日安排的通知\n经国务院批准，现将${year}年元旦、春节……放假调休日期的具体安排通知如下。\n${items}\n节假日期间，各地区、各部门要妥善安排好值班……\n国务院办公厅\n`;

describe('a notice not yet seen (2027, in the wording of 2025–2026)', () => {
  const n = parseNotice(fixture('example-2027.txt'));
  test('year, 文号, title, and no mistakes', () => {
    expect(n.year).toBe(2027);
    expect(n.docNumber).toBe('国办发明电〔2026〕99号');
    expect(n.title).toBe('国务院办公厅关于2027年部分节假日安排的通知');
    expect(n.errors).toEqual([]);
    expect(n.warnings).toEqual([]);
  });
  test('every day of every range, weekend days inside it included, then the make-up days, item by item', () => {
    expect(noticeJson(n, 'zh').days.slice(0, 14)).toEqual([
      { date: '2027-01-01', type: '休', holiday: '元旦' },
      { date: '2027-01-02', type: '休', holiday: '元旦' },
      { date: '2027-01-03', type: '休', holiday: '元旦' },
      ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({
        date: `2027-02-${d}`,
        type: '休',
        holiday: '春节',
      })),
      { date: '2027-01-31', type: '班', holiday: '春节' },
      { date: '2027-02-20', type: '班', holiday: '春节' },
    ]);
    expect(offDays(n)).toHaveLength(3 + 9 + 3 + 5 + 1 + 1 + 7);
    expect(workDays(n)).toEqual(['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09']);
  });
  test('--json is exactly year, days and warnings', () => {
    expect(Object.keys(noticeJson(n, 'en'))).toEqual(['year', 'days', 'warnings']);
  });
});

describe('wordings', () => {
  test('a range across years with its years written; a December date without one belongs to the year before', () => {
    const a = parseNotice(notice(2023, '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。'));
    expect(offDays(a)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    const b = parseNotice(notice(2033, '一、元旦：12月31日（星期五）至1月2日（星期日）放假调休，共3天。'));
    expect(offDays(b)).toEqual(['2032-12-31', '2033-01-01', '2033-01-02']);
    expect(b.errors).toEqual([]);
  });
  test('a range across months, a day written without its month, 星期日 and 周日 and 星期天', () => {
    const n = parseNotice(
      notice(2010, '六、中秋节：9月22日至24日放假调休，共3天。9月19日（星期日）、25日（星期六）上班。') +
        notice(2011, '四、劳动节：4月30日至5月2日放假公休，共3天。').replace(/国务院办公厅关于2011/, '关于2011'),
    );
    expect(workDays(n)).toEqual(['2010-09-19', '2010-09-25']);
    const m = parseNotice(notice(2011, '四、劳动节：4月30日至5月2日放假公休，共3天。4月24日（星期天）上班。'));
    expect(offDays(m)).toEqual(['2011-04-30', '2011-05-01', '2011-05-02']);
    expect(m.errors).toEqual([]);
  });
  test('放假1天，不调休; 与周末连休; 补休 with only a weekend between; a lunar note with the weekday', () => {
    const n = parseNotice(
      notice(
        2025,
        [
          '一、元旦：1月1日（周三）放假1天，不调休。',
          '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。',
          '三、清明节：4月4日放假，与周末连休。',
        ].join('\n'),
      ) + '',
    );
    expect(offDays(n)).toContain('2025-01-01');
    expect(offDays(n)).toContain('2025-04-04');
    expect(n.errors).toEqual([]);
    const c = parseNotice(notice(2027, '一、元旦：1月1日（周五）放假，与周末连休，共3天。'));
    expect(c.warnings).toEqual([]);
    const b = parseNotice(notice(2014, '三、清明节：4月5日放假，4月7日（星期一）补休。'));
    expect(offDays(b)).toEqual(['2014-04-05', '2014-04-06', '2014-04-07']);
  });
  test('several make-up days in one sentence, numbered items in other styles, items without numbers', () => {
    const a = parseNotice(
      notice(2024, '（一）春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。'),
    );
    expect(workDays(a)).toEqual(['2024-02-04', '2024-02-18']);
    expect(a.days[0].holiday).toBe('春节');
    const b = parseNotice(notice(2024, '元旦：1月1日放假，与周末连休。\n春节：2月10日至17日放假调休，共8天。'));
    expect(b.days.map((d) => d.holiday)).toEqual(['元旦', ...Array(8).fill('春节')]);
  });
  test('a sentence that sets no day off sets none (2024: 鼓励……安排职工在除夕（2月9日）休息)', () => {
    const n = parseNotice(
      notice(
        2024,
        '二、春节：2月10日至17日放假调休，共8天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
      ),
    );
    expect(offDays(n)).not.toContain('2024-02-09');
  });
  test('a news relay with no title (“2008年，元旦、春节……具体安排如下”)', () => {
    const n = parseNotice(
      '通知指出，2008年，元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期具体安排如下：一、元旦：1月1日放假，与周末连休。二、春节：2月6日至12日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。',
    );
    expect(n.year).toBe(2008);
    expect(n.title).toBeNull();
    expect(workDays(n)).toEqual(['2008-02-02', '2008-02-03']);
  });
  test('a later notice that adjusts one holiday (2019 劳动节): marked as an adjustment, the old dates not read', () => {
    const n = parseNotice(
      '国务院办公厅关于调整2019年劳动节假期安排的通知\n国办发明电〔2019〕3号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院批准，现将2019年劳动节假期调整安排通知如下：2019年劳动节放假时间由5月1日调整为5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。\n国务院办公厅\n2019年3月22日',
    );
    expect(n.adjustment).toBe(true);
    expect(n.days).toEqual([
      ...['01', '02', '03', '04'].map((d) => ({ date: `2019-05-${d}`, type: '休', holiday: '劳动节' })),
      { date: '2019-04-28', type: '班', holiday: '劳动节' },
      { date: '2019-05-05', type: '班', holiday: '劳动节' },
    ]);
  });
});

describe('mistakes', () => {
  test('a weekday that contradicts its date is reported with its item', () => {
    const n = parseNotice(notice(2025, '一、元旦：1月1日（周四）放假1天，不调休。'));
    expect(n.errors).toHaveLength(1);
    expect(noticeIssueText('zh', n.errors[0])).toBe(
      '一、元旦：1月1日（周四） 注明是星期四，但 2025-01-01 是星期三。请核对通知原文。',
    );
    expect(noticeIssueText('en', n.errors[0])).toContain('2025-01-01 is a Wednesday');
  });
  test('a day given off and called a working day is reported', () => {
    const n = parseNotice(notice(2024, '一、春节：2月10日至17日放假调休，共8天。2月11日（星期日）上班。'));
    expect(n.errors.map((e) => e.code)).toEqual(['conflict']);
    expect(noticeIssueText('zh', n.errors[0])).toContain('2024-02-11 既被列为放假（春节），又被列为上班（春节）');
  });
  test('an impossible date, and a 共N天 that is not its range', () => {
    const n = parseNotice(notice(2027, '二、春节：2月30日放假。三、清明节：4月3日至5日放假，共4天。'));
    expect(n.errors.map((e) => e.code)).toEqual(['badDate']);
    expect(n.warnings.map((e) => e.code)).toEqual(['count']);
  });
  test.each([
    ['an empty text', ''],
    ['a letter', '关于开展2027年巡察整改工作的通知：请各单位于1月5日前报送整改台账。'],
    ['a notice without any day off', notice(2027, '一、元旦：另行通知。')],
  ])('%s is no notice', (_name, text) => {
    let caught: unknown;
    try {
      parseNotice(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EngineError);
    expect((caught as EngineError).code).toBe('notice.none');
  });
  test('a huge paste is read in linear time (no pattern backtracks)', () => {
    const junk = '一、' + '节、'.repeat(20_000) + '(' + ' '.repeat(50_000) + '1月1日'.repeat(10_000);
    const start = cpuNow();
    expect(() => parseNotice(notice(2027, junk))).toThrow();
    expect(cpuNow() - start).toBeLessThan(2000);
  });
});
