/**
 * One item of a notice ("二、春节：…") read into the days it sets. The item is
 * split into sentences (。 ;) and clauses (,): a clause that says 上班 sets
 * working days, one that says 放假 / 补休 / 公休 / 调休 / 休息 sets days off; its
 * dates are single days ("1月26日"), lists ("2月2日、2月3日") or ranges
 * ("1月28日至2月4日", every day between, weekend days too). A date without a
 * year or month takes them from the date before it in the sentence.
 * Advice ("鼓励……安排职工在除夕（2月9日）休息") sets nothing.
 */
import { type IsoDate, addDays, compareIso, daysBetween, formatIso, isValidYMD, weekday } from '../rules/dates';
import type { NoticeIssue } from './types';

/** A date as written: "2022年12月31日", "1月28日(农历除夕、周二)", "25日(星期六)". */
const DATE_TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日((?:\([^()]{0,40}\))*)/g;
const WEEKDAY_NOTE = /(?:星期|礼拜|周)([一二三四五六日天])/;
const WEEKDAYS = '日一二三四五六';
const RANGE_GAP = /^(至|到|-)$/;
const WORK = /上班/;
const OFF = /放假|补休|公休|休假|休息|调休/;
/** Advice and encouragement set no day: 2024's "鼓励各单位……安排职工在除夕（2月9日）休息". */
const ADVICE = /鼓励|倡导|提倡|建议|自愿/;
/** "由5月1日调整为5月1日至4日": the dates before 调整为 are the old arrangement. */
const REPLACED = /由[^,。;]{0,60}?调整为/g;
const COUNT = /(?:共|放假)(\d{1,2})天/;

interface Token {
  text: string;
  start: number;
  end: number;
  year?: number;
  month?: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday, when the note beside the date names a weekday. */
  written?: number;
}

export interface ItemContext {
  year: number;
  label: string;
  /** 元旦: a December date without a year belongs to the year before. */
  newYear: boolean;
}

export interface ItemDays {
  off: IsoDate[];
  work: IsoDate[];
  errors: NoticeIssue[];
  warnings: NoticeIssue[];
}

function tokens(clause: string): Token[] {
  const out: Token[] = [];
  DATE_TOKEN.lastIndex = 0;
  for (let m = DATE_TOKEN.exec(clause); m; m = DATE_TOKEN.exec(clause)) {
    const w = WEEKDAY_NOTE.exec(m[4] ?? '');
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      year: m[1] ? Number(m[1]) : undefined,
      month: m[2] ? Number(m[2]) : undefined,
      day: Number(m[3]),
      written: w ? (w[1] === '天' ? 0 : WEEKDAYS.indexOf(w[1])) : undefined,
    });
  }
  return out;
}

/** The dates of a sentence, each completed from the one before it; an impossible one is an error. */
type Previous = { year: number; month: number; iso: IsoDate } | null;

function resolve(toks: Token[], ctx: ItemContext, out: ItemDays, last: { prev: Previous }): (IsoDate | null)[] {
  return toks.map((tk) => {
    const prev = last.prev;
    const month = tk.month ?? prev?.month;
    let year = tk.year ?? prev?.year ?? (ctx.newYear && month === 12 ? ctx.year - 1 : ctx.year);
    if (month === undefined || !isValidYMD(year, month, tk.day)) {
      out.errors.push({ code: 'badDate', item: ctx.label, params: { text: tk.text } });
      return null;
    }
    // "12月31日至1月2日": a later date written without a year is in the next year.
    if (tk.year === undefined && prev && compareIso(formatIso({ year, month, day: tk.day }), prev.iso) < 0) year++;
    const iso = formatIso({ year, month, day: tk.day });
    if (tk.written !== undefined && tk.written !== weekday(iso)) {
      out.errors.push({
        code: 'weekday',
        item: ctx.label,
        params: { text: tk.text, date: iso, written: tk.written, actual: weekday(iso) },
      });
    }
    if (Math.abs(year - ctx.year) > 1 || (year < ctx.year && month < 12) || (year > ctx.year && month > 1)) {
      out.errors.push({ code: 'outOfYear', item: ctx.label, params: { date: iso, year: ctx.year } });
    }
    last.prev = { year, month, iso };
    return iso;
  });
}

/** Every day a clause names: ranges expanded, lists one by one. */
function clauseDays(clause: string, toks: Token[], dates: (IsoDate | null)[], ctx: ItemContext, out: ItemDays) {
  const days: IsoDate[] = [];
  const ranges: [IsoDate, IsoDate][] = [];
  for (let i = 0; i < toks.length; i++) {
    const from = dates[i];
    const next = i + 1 < toks.length ? clause.slice(toks[i].end, toks[i + 1].start) : '';
    if (RANGE_GAP.test(next)) {
      const to = dates[i + 1];
      i++;
      if (!from || !to) continue;
      if (compareIso(to, from) < 0 || daysBetween(from, to) > 40) {
        out.errors.push({
          code: 'badDate',
          item: ctx.label,
          params: { text: `${toks[i - 1].text}${next}${toks[i].text}` },
        });
        continue;
      }
      ranges.push([from, to]);
      for (let d = from; compareIso(d, to) <= 0; d = addDays(d, 1)) days.push(d);
    } else if (from) {
      days.push(from);
      ranges.push([from, from]);
    }
  }
  return { days, ranges };
}

/** "共3天" / "放假1天" that is not the length of the sentence's one range: worth a look, the dates win. */
function checkCount(sentence: string, ranges: [IsoDate, IsoDate][], ctx: ItemContext, out: ItemDays): void {
  const m = COUNT.exec(sentence);
  // "与周末连休，共3天" counts the weekend beside the day off, which the notice does not list.
  if (!m || ranges.length !== 1 || sentence.includes('连休')) return;
  const [from, to] = ranges[0];
  const actual = daysBetween(from, to) + 1;
  if (actual !== Number(m[1]))
    out.warnings.push({ code: 'count', item: ctx.label, params: { written: m[1], from, to, actual } });
}

function readSentence(sentence: string, ctx: ItemContext, out: ItemDays): void {
  if (ADVICE.test(sentence)) return;
  const clauses = sentence.replace(REPLACED, '').split(',');
  const offRanges: [IsoDate, IsoDate][] = [];
  const last = { prev: null as Previous };
  clauses.forEach((clause, i) => {
    const toks = tokens(clause);
    if (toks.length === 0) return;
    // A clause of dates alone takes its verb from the next clause that has none ("9月27日,放假").
    const verb = [clause, ...clauses.slice(i + 1).filter((c) => tokens(c).length === 0)].find(
      (c) => WORK.test(c) || OFF.test(c),
    );
    if (!verb) {
      out.warnings.push({ code: 'unread', item: ctx.label, params: { text: sentence } });
      return;
    }
    const { days, ranges } = clauseDays(clause, toks, resolve(toks, ctx, out, last), ctx, out);
    if (WORK.test(verb)) out.work.push(...days);
    else {
      out.off.push(...days);
      offRanges.push(...ranges);
    }
  });
  checkCount(sentence, offRanges, ctx, out);
}

/** Days off an item names with only a weekend between them ("4月5日放假，4月7日补休") are one block. */
function fillWeekends(off: IsoDate[], work: IsoDate[]): IsoDate[] {
  const sorted = [...new Set(off)].sort(compareIso);
  const out: IsoDate[] = [];
  sorted.forEach((d, i) => {
    const prev = sorted[i - 1];
    if (prev && daysBetween(prev, d) > 1 && daysBetween(prev, d) <= 3) {
      const between: IsoDate[] = [];
      for (let x = addDays(prev, 1); x !== d; x = addDays(x, 1)) between.push(x);
      if (between.every((x) => (weekday(x) === 0 || weekday(x) === 6) && !work.includes(x))) out.push(...between);
    }
    out.push(d);
  });
  return out;
}

export function readItemDays(body: string, ctx: ItemContext): ItemDays {
  const out: ItemDays = { off: [], work: [], errors: [], warnings: [] };
  for (const sentence of body.split(/[。;]/)) readSentence(sentence, ctx, out);
  out.off = fillWeekends(out.off, out.work);
  out.work = [...new Set(out.work)].sort(compareIso);
  return out;
}
