/**
 * Finding any of a set of words (people's names, the user's own words to
 * withhold) in a folded text: the words are kept by length, and at each place
 * whose character starts some word the text is looked up once per length,
 * longest first. The work is the text's length times the number of distinct
 * word lengths — linear, whatever the text holds.
 */
import { foldForMatching, isLatin } from './fold';

export interface WordMatch {
  start: number;
  end: number;
}

export class WordMatcher {
  private readonly byLength = new Map<number, Set<string>>();
  private readonly lengths: number[];
  private readonly firsts = new Set<string>();

  constructor(words: Iterable<string>) {
    for (const raw of words) {
      const w = foldForMatching(raw.trim());
      if (!w) continue;
      let set = this.byLength.get(w.length);
      if (!set) this.byLength.set(w.length, (set = new Set()));
      set.add(w);
      this.firsts.add(w[0]);
    }
    this.lengths = [...this.byLength.keys()].sort((a, b) => b - a);
  }

  get size(): number {
    let n = 0;
    for (const set of this.byLength.values()) n += set.size;
    return n;
  }

  /**
   * The words in a folded text, left to right, longest first where two start at one place. A word beginning or
   * ending with a Latin letter matches only as a whole word there (Li is not withheld from Limited).
   */
  find(folded: string): WordMatch[] {
    const out: WordMatch[] = [];
    let i = 0;
    while (i < folded.length) {
      const hit = this.firsts.has(folded[i]) ? this.longestAt(folded, i) : 0;
      if (hit) {
        out.push({ start: i, end: i + hit });
        i += hit;
      } else i++;
    }
    return out;
  }

  private longestAt(s: string, i: number): number {
    for (const len of this.lengths) {
      if (i + len > s.length) continue;
      const w = s.substr(i, len);
      if (!this.byLength.get(len)!.has(w)) continue;
      if (isLatin(w[0]) && isLatin(s[i - 1])) continue;
      if (isLatin(w[len - 1]) && isLatin(s[i + len])) continue;
      return len;
    }
    return 0;
  }
}

/** The words of a list as a person types it: separated by commas, 、, semicolons or line breaks (either width). */
export function splitWordList(text: string): string[] {
  return text
    .split(/[,，、;；\n\r\t]/)
    .map((w) => w.trim())
    .filter(Boolean);
}
