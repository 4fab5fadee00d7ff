/**
 * The screen every text of the public version passes (docs/STATUS.md, "The
 * public version"): each match of a rule is replaced by *** and counted under
 * that rule. The rules, first match winning where two overlap:
 *   email     e-mail addresses (email.ts)
 *   idNumber, bankCard, mobile, landline   personal numbers (numbers.ts)
 *   word      the user's own words to withhold (the setting 公开版屏蔽词)
 *   name      every person the workbook names (names.ts)
 * Everything is found by linear scans of the text (no regular expression that
 * could backtrack on a long typed text).
 */
import { foldForMatching } from './fold';
import { findEmails } from './email';
import { findNumbers } from './numbers';
import { WordMatcher } from './words';

export const SCREEN_RULES = ['mobile', 'landline', 'idNumber', 'email', 'bankCard', 'name', 'word'] as const;
export type ScreenRule = (typeof SCREEN_RULES)[number];
export type ScreenCounts = Record<ScreenRule, number>;

export const WITHHELD = '***';

export interface Screen {
  /** The text with every match replaced by ***. */
  screen(text: string): string;
  /** How many matches each rule has replaced so far (never what they were). */
  readonly counts: ScreenCounts;
}

interface Span {
  start: number;
  end: number;
  rule: ScreenRule;
}

export interface ScreenOptions {
  /** People's names (personNames). */
  names?: Iterable<string>;
  /** The user's words to withhold. */
  words?: Iterable<string>;
}

export function makeScreen(opts: ScreenOptions = {}): Screen {
  const names = new WordMatcher(opts.names ?? []);
  const words = new WordMatcher(opts.words ?? []);
  const counts = Object.fromEntries(SCREEN_RULES.map((r) => [r, 0])) as ScreenCounts;

  /** The matches in priority order; one overlapping a match already taken is dropped. */
  function spans(folded: string): Span[] {
    const taken = new Uint8Array(folded.length);
    const out: Span[] = [];
    const take = (s: Span) => {
      for (let k = s.start; k < s.end; k++) if (taken[k]) return;
      taken.fill(1, s.start, s.end);
      out.push(s);
    };
    for (const m of findEmails(folded)) take({ ...m, rule: 'email' });
    for (const m of findNumbers(folded)) take(m);
    if (words.size) for (const m of words.find(folded)) take({ ...m, rule: 'word' });
    if (names.size) for (const m of names.find(folded)) take({ ...m, rule: 'name' });
    return out.sort((a, b) => a.start - b.start);
  }

  return {
    counts,
    screen(text: string): string {
      if (!text) return text;
      const found = spans(foldForMatching(text));
      if (!found.length) return text;
      let out = '';
      let at = 0;
      for (const s of found) {
        out += text.slice(at, s.start) + WITHHELD;
        at = s.end;
        counts[s.rule]++;
      }
      return out + text.slice(at);
    },
  };
}
