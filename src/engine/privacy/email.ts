/**
 * E-mail addresses in a folded text (fold.ts), found from each '@' by a scan
 * left over the name and right over the domain; neither scan passes another
 * '@', so the whole text is read a bounded number of times (no regular
 * expression over typed text). The domain needs a dot and a top level of two
 * or more letters: 张三@单位 is not an address, zhangsan@gov.cn is.
 */
import { isDigit, isLatin } from './fold';

export interface EmailMatch {
  start: number;
  end: number;
}

const isNameChar = (c: string) =>
  isLatin(c) || isDigit(c) || c === '.' || c === '_' || c === '%' || c === '+' || c === '-';
const isDomainChar = (c: string) => isLatin(c) || isDigit(c) || c === '.' || c === '-';

/** The end of the address's domain starting at `from`, or -1 when there is no domain with a top level. */
function domainEnd(s: string, from: number): number {
  let end = from;
  while (end < s.length && isDomainChar(s[end])) end++;
  while (end > from && (s[end - 1] === '.' || s[end - 1] === '-')) end--; // a full stop after the address
  let dot = end - 1;
  while (dot > from && s[dot] !== '.') dot--;
  if (dot <= from || end - dot - 1 < 2) return -1;
  for (let k = dot + 1; k < end; k++) if (!isLatin(s[k])) return -1;
  return end;
}

export function findEmails(folded: string): EmailMatch[] {
  const out: EmailMatch[] = [];
  let floor = 0;
  for (let at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isNameChar(folded[start - 1])) start--;
    while (start < at && folded[start] === '.') start++;
    floor = at + 1;
    if (start === at) continue;
    const end = domainEnd(folded, at + 1);
    if (end < 0) continue;
    out.push({ start, end });
    floor = end;
  }
  return out;
}
