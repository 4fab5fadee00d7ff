/**
 * The words of a sheet's structure rather than its data: a section heading
 * (一、… （一）… 1. … 第一部分 … 一是… with an optional （共5项）), a total row
 * (小计 / 合计 / 总计), a footnote under the table (说明：… 注：… 填写要求：…).
 * Every test is a scan of a bounded prefix or suffix: a cell of 32,767
 * characters costs no more than a short one.
 */
import { toHalfWidth } from '../core/text';

/** How a heading is numbered; headings of the same style are one level of the outline. */
export type HeadingStyle = 'part' | 'cn' | 'cnParen' | 'shi' | 'num' | 'numParen' | 'plain';

export interface Heading {
  style: HeadingStyle;
  /** The heading without its number and its count: the problems' category (一、党的领导方面（共5项） → 党的领导方面). */
  title: string;
  /** The count the heading announces (（共5项） → 5), when it does. */
  count?: number;
}

/** A heading is a line, not a paragraph: longer text is a problem typed on its own. */
export const MAX_HEADING = 80;

const CN_DIGITS = '一二三四五六七八九十百零〇两';
const isCn = (ch: string) => CN_DIGITS.includes(ch);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const SEPARATORS = '、.，,：: ';
const OPEN = '(（';
const CLOSE = ')）';

/** Length of the run at `from` whose characters pass `test`, at most `max`. */
function run(text: string, from: number, test: (ch: string) => boolean, max: number): number {
  let n = 0;
  while (n < max && from + n < text.length && test(text[from + n])) n++;
  return n;
}

/** The count a heading ends with, （共5项） / (5个) / 共5项, and where it starts; null when none. */
function countSuffix(text: string): { at: number; count: number } | null {
  let end = text.length;
  let s = text;
  const bracketed = CLOSE.includes(s[end - 1] ?? '');
  if (bracketed) end--;
  // Unit word(s): 项 个 条 处, possibly 个问题.
  let i = end;
  while (i > 0 && end - i < 4 && !isDigit(s[i - 1])) i--;
  const unit = s.slice(i, end);
  if (!/^(项|个|条|处|个问题|项问题)$/.test(unit)) return null;
  let j = i;
  while (j > 0 && i - j < 4 && isDigit(s[j - 1])) j--;
  if (j === i) return null;
  const count = Number(s.slice(j, i));
  let k = j;
  if (s[k - 1] === '共') k--;
  if (bracketed) {
    if (!OPEN.includes(s[k - 1] ?? '')) return null;
    k--;
  } else if (s[j - 1] !== '共') return null;
  s = s.slice(0, k);
  return { at: s.length, count };
}

/** The number at the start of a heading and its style, and where its text starts; null when it has none. */
function marker(s: string): { style: HeadingStyle; rest: number } | null {
  if (s[0] === '第') {
    const n = run(s, 1, (c) => isCn(c) || isDigit(c), 4);
    const word = s.slice(1 + n, 3 + n);
    if (n && /^(部分|方面)$/.test(word)) return { style: 'part', rest: 3 + n };
    if (n && /^[章节篇类]/.test(word)) return { style: 'part', rest: 2 + n };
    return null;
  }
  if (OPEN.includes(s[0])) {
    const cn = run(s, 1, isCn, 4);
    if (cn && CLOSE.includes(s[1 + cn] ?? '')) return { style: 'cnParen', rest: 2 + cn };
    const dg = run(s, 1, isDigit, 3);
    if (dg && CLOSE.includes(s[1 + dg] ?? '')) return { style: 'numParen', rest: 2 + dg };
    return null;
  }
  const cn = run(s, 0, isCn, 4);
  if (cn && s[cn] === '、') return { style: 'cn', rest: cn + 1 };
  if (cn && s[cn] === '是' && cn <= 2) return { style: 'shi', rest: cn + 1 };
  const dg = run(s, 0, isDigit, 3);
  // 1. / 1、 but not 1.5 or 2019.6 (a number or a date).
  if (dg && (s[dg] === '、' || ((s[dg] === '.' || s[dg] === '．') && !isDigit(s[dg + 1] ?? ''))))
    return { style: 'num', rest: dg + 1 };
  return null;
}

/**
 * Reads a line as a section heading: its style, its title and the count it announces. Null when the text has no
 * heading number, is too long to be a heading, or has nothing after its number.
 */
export function parseHeading(text: string): Heading | null {
  if (text.length > MAX_HEADING) return null;
  const s = toHalfWidth(text).trim();
  const m = marker(s);
  if (!m) return null;
  let body = s.slice(m.rest);
  const suffix = countSuffix(body);
  if (suffix) body = body.slice(0, suffix.at);
  const title = trimSeparators(body);
  if (!title) return null;
  return suffix ? { style: m.style, title, count: suffix.count } : { style: m.style, title };
}

/** A heading with no number (merged across the row): its title is its text, without a count. */
export function plainHeading(text: string): Heading {
  const s = toHalfWidth(text).trim();
  const suffix = s.length <= MAX_HEADING ? countSuffix(s) : null;
  const title = trimSeparators(suffix ? s.slice(0, suffix.at) : s) || s;
  return suffix ? { style: 'plain', title, count: suffix.count } : { style: 'plain', title };
}

function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && SEPARATORS.includes(s[a])) a++;
  while (b > a && SEPARATORS.includes(s[b - 1])) b--;
  return s.slice(a, b).trim();
}

/** A bare outline number typed alone in the 序号 cell (一, （一）, 一、): the row is a heading when its text is beside. */
export function isOutlineNumber(text: string): boolean {
  if (!text || text.length > 6) return false;
  const s = toHalfWidth(text).trim();
  const inner = OPEN.includes(s[0] ?? '') && CLOSE.includes(s[s.length - 1] ?? '') ? s.slice(1, -1) : s;
  const bare = inner.endsWith('、') ? inner.slice(0, -1) : inner;
  return bare.length > 0 && [...bare].every(isCn);
}

const TOTAL_WORDS = ['小计', '合计', '总计', '共计', 'total', 'subtotal', 'sum'];

/** 小计 / 合计 / 总计 / 共计 (合 计, 合计：38项): a total row's label. */
export function isTotalLabel(text: string): boolean {
  if (!text || text.length > 20) return false;
  const s = toHalfWidth(text).replace(/\s/g, '').toLowerCase();
  // 合计：38项, 小计(一), 合计 38 — but not 合计发放补贴…, a sentence that starts with the word.
  return TOTAL_WORDS.some((w) => s === w || (s.startsWith(w) && ':(-,、0123456789'.includes(s[w.length])));
}

const FOOTNOTE_WORDS = [
  '填写要求',
  '填表要求',
  '填表说明',
  '填报说明',
  '填写说明',
  '说明',
  '附注',
  '备注',
  '注意',
  '注释',
  '注',
];

/** A footnote's first line: 说明：… 注：… 注1：… 填写要求：… or the word alone (填表说明). */
export function isFootnoteStart(text: string): boolean {
  const t = text.trim();
  const s = toHalfWidth(t.slice(0, 16));
  for (const w of FOOTNOTE_WORDS) {
    if (!s.startsWith(w)) continue;
    const i = w.length + run(s, w.length, isDigit, 2);
    if (i === t.length) return true;
    // 说明：… / 注1：… / 注 1. … (a numbered list right after the word).
    const next = s[i] ?? '';
    if (next === ':' || next === ' ' || next === '\n') return true;
  }
  return false;
}
