/**
 * Numbers that identify a person, found by one linear scan of the folded text
 * (fold.ts; no regular expression, so a long typed text cannot make it slow):
 *   mobile    11 digits 1[3-9]…, also +86 / 86 before it, also written 138 0013 8000 or 138-0013-8000
 *   landline  0 + area code + 7–8 digits ((010)8765-4321, 0571-88888888-123 with its extension), or
 *             7–8 digits right after 电话 / 座机 / 手机 / 联系方式 / Tel / 传真 / 热线
 *   idNumber  18-character 居民身份证号 whose check character is right (GB 11643)
 *   bankCard  13–19 digits passing the Luhn check, also in groups of four
 * Digits are read in runs: digit groups joined by at most two of ' ', '-', '(', ')'. A run is first tried as
 * a whole (a number written in groups), else group by group; a match never starts or ends inside a group.
 */
import { isDigit, isLatin } from './fold';

export type NumberRule = 'mobile' | 'landline' | 'idNumber' | 'bankCard';

export interface NumberMatch {
  start: number;
  end: number;
  rule: NumberRule;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

interface Run {
  /** Where the run starts: its first digit, or the '(' of an area code. */
  start: number;
  groups: Group[];
}

const SEPARATORS = new Set([' ', '-', '(', ')']);
const PHONE_WORDS = ['电话', '座机', '手机', '联系方式', 'tel', 'phone', '传真', 'fax', '热线'];

/** The digit runs of a folded text, left to right. */
function digitRuns(s: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < s.length) {
    const opens = s[i] === '(' && isDigit(s[i + 1]);
    if (!isDigit(s[i]) && !opens) {
      i++;
      continue;
    }
    const run: Run = { start: i, groups: [] };
    if (opens) i++;
    for (;;) {
      const g = i;
      while (isDigit(s[i])) i++;
      // The check character X of an ID number ends its 17 digits.
      if (i - g === 17 && s[i] === 'x' && !isLatin(s[i + 1])) i++;
      run.groups.push({ start: g, end: i, digits: s.slice(g, i) });
      let j = i;
      while (j < s.length && j - i < 2 && SEPARATORS.has(s[j])) j++;
      if (j === i || !isDigit(s[j])) break;
      i = j;
    }
    runs.push(run);
  }
  return runs;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/** An 18-character 居民身份证号 with the right check character. */
export function isIdNumber(d: string): boolean {
  if (d.length !== 18) return false;
  let sum = 0;
  for (let k = 0; k < 17; k++) {
    if (!isDigit(d[k])) return false;
    sum += Number(d[k]) * ID_WEIGHTS[k];
  }
  return ID_CHECK[sum % 11] === d[17];
}

/** Digits passing the Luhn check (bank cards). */
export function passesLuhn(d: string): boolean {
  let sum = 0;
  for (let k = 0; k < d.length; k++) {
    if (!isDigit(d[k])) return false;
    let v = Number(d[d.length - 1 - k]);
    if (k % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
}

const isMobile = (d: string) => d.length === 11 && d[0] === '1' && d[1] >= '3' && d[1] <= '9';
const isCard = (d: string) => d.length >= 13 && d.length <= 19 && passesLuhn(d);
const isAreaCode = (d: string) => d.length >= 3 && d.length <= 4 && d[0] === '0' && d[1] !== '0';
const afterPhoneWord = (s: string, at: number) => {
  const before = s.slice(Math.max(0, at - 10), at);
  return PHONE_WORDS.some((w) => before.includes(w));
};
const joined = (groups: Group[]) => groups.map((g) => g.digits).join('');

/** An area code, then 7–8 digits in one or two groups, then maybe an extension of 1–5 digits. */
function isGroupedLandline(groups: Group[]): boolean {
  if (!isAreaCode(groups[0].digits)) return false;
  const rest = groups.slice(1);
  const local = (gs: Group[]) => gs.length <= 2 && joined(gs).length >= 7 && joined(gs).length <= 8;
  if (local(rest)) return true;
  const ext = rest[rest.length - 1];
  return rest.length >= 2 && local(rest.slice(0, -1)) && ext.digits.length <= 5;
}

/** A card written in groups: fours (the last shorter), or 6 + 13. */
function isGroupedCard(groups: Group[]): boolean {
  const lens = groups.map((g) => g.digits.length);
  const fours = lens.slice(0, -1).every((n) => n === 4) && lens[lens.length - 1] <= 4;
  const sixThirteen = lens.length === 2 && lens[0] === 6 && lens[1] === 13;
  return (fours || sixThirteen) && isCard(joined(groups));
}

/** The rule a run written in several groups matches as a whole, if any. */
function wholeRun(s: string, run: Run): NumberRule | null {
  const gs = run.groups;
  const d = joined(gs);
  if (isMobile(d) && gs.length <= 3) return 'mobile';
  if (gs[0].digits === '86' && isMobile(joined(gs.slice(1)))) return 'mobile';
  if (isGroupedLandline(gs)) return 'landline';
  const lens = gs.map((g) => g.digits.length);
  if (lens.join() === '6,8,4' && isIdNumber(d)) return 'idNumber';
  if (isGroupedCard(gs)) return 'bankCard';
  if (d.length >= 7 && d.length <= 8 && afterPhoneWord(s, run.start)) return 'landline';
  return null;
}

/** The rule one group of digits matches, if any. */
function oneGroup(s: string, g: Group): NumberRule | null {
  const d = g.digits;
  if (isIdNumber(d)) return 'idNumber';
  if (isMobile(d)) return 'mobile';
  if (d.length === 13 && d.startsWith('86') && isMobile(d.slice(2))) return 'mobile';
  if (d.length >= 10 && d.length <= 12 && isAreaCode(d.slice(0, 3))) return 'landline';
  if (isCard(d)) return 'bankCard';
  if (d.length >= 7 && d.length <= 8 && afterPhoneWord(s, g.start)) return 'landline';
  return null;
}

/** Every personal number in a folded text, left to right, none overlapping. */
export function findNumbers(folded: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const run of digitRuns(folded)) {
    const whole = run.groups.length > 1 ? wholeRun(folded, run) : null;
    if (whole) {
      out.push({ start: run.start, end: run.groups[run.groups.length - 1].end, rule: whole });
      continue;
    }
    for (const g of run.groups) {
      const rule = oneGroup(folded, g);
      if (rule) out.push({ start: g.start, end: g.end, rule });
    }
  }
  return out;
}
