/**
 * A required column a file does not have by any name we know: which of the
 * columns it kept as extras looks like it? A neighbouring ledger's 隐患内容
 * is our 问题描述, its 隐患状态 our 整改状态. The guess is only offered, with
 * the exact `--map` rule (and, in the pane, one click): never applied.
 *
 * The score is plain and explainable: the two-character words a header
 * shares with the column's names (问题内容 and 隐患内容 share 内容), words
 * that hint at the column, and whether the values fit (dates for a date).
 */
import { attempt } from '../core/errors';
import { parseDateValue } from '../rules/parseDate';
import { normalizeHeader } from '../schema/headers';
import { PROBLEMS } from '../schema/problems';
import { DEFAULT_LISTS } from '../schema/values';
import type { ColumnReport, FileReport, MappingGuess } from './types';

export type RequiredKey = 'description' | 'status' | 'feedbackDate';

/** Words in a header that hint at each required column. */
const HINTS: Record<RequiredKey, string[]> = {
  description: ['问题', '隐患', '内容', '描述', '事项', '表现', '情况', 'problem', 'issue', 'description'],
  status: ['状态', '是否', '完成', '销号', '进度', '结果', 'status', 'done'],
  feedbackDate: ['反馈', '日期', '时间', '发现', '检查', '排查', 'date'],
};

const STATUS_WORDS = new Set(
  [
    ...DEFAULT_LISTS.problemStatus.values.flatMap((v) => [v.zh, v.en]),
    ...['是', '否', '已完成', '未完成', '完成', '已整改', '未整改', '整改中', '开放', '关闭', '已销号', '待整改'],
  ].map(normalizeHeader),
);

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function names(key: RequiredKey): string[] {
  const c = PROBLEMS.columns.find((x) => x.key === key)!;
  return [c.header.zh, c.header.en, ...c.aliases].map(normalizeHeader);
}

/** Whether the column's samples could be values of the required column (null: no samples to judge by). */
function valuesFit(key: RequiredKey, samples: readonly string[]): boolean | null {
  if (!samples.length) return null;
  if (key === 'feedbackDate') return samples.every((s) => attempt(() => parseDateValue(s)).ok);
  if (key === 'status') return samples.every((s) => STATUS_WORDS.has(normalizeHeader(s)));
  // A description is a sentence, not a code or a number.
  return samples.some((s) => s.length >= 4 && !/^[\d.\-/\s]+$/.test(s));
}

/** How much a source column looks like the required column; 0: not at all. */
export function likeness(key: RequiredKey, header: string, samples: readonly string[]): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  const fit = valuesFit(key, samples);
  if (fit === false) return 0;
  let best = 0;
  for (const n of names(key)) {
    let shared = 0;
    for (const b of bigrams(n)) if (h.includes(b)) shared++;
    best = Math.max(best, shared * 2);
  }
  const hints = HINTS[key].filter((w) => h.includes(w)).length;
  const score = best + hints + (fit ? 1 : 0);
  // One hint word alone (…时间) is not enough: it must share a word with the column's names, or two hints.
  return best > 0 || hints >= 2 ? score : 0;
}

/** A rule as the shell takes it: quoted when the header holds a space or a line break. */
export function mapRule(source: string, target: string): string {
  const rule = `${source}=${target}`;
  return /[\s"]/.test(rule) ? `"${rule.replace(/"/g, '\\"')}"` : rule;
}

/** The best unmapped column of a file for each required column it lacks (a column is offered for one at most). */
export function guessColumns(file: FileReport, missing: readonly RequiredKey[], lang: 'zh' | 'en'): MappingGuess[] {
  const extras = file.columns.filter((c) => !c.targets.length && c.header);
  const pairs: { key: RequiredKey; col: ColumnReport; score: number }[] = [];
  for (const key of missing)
    for (const col of extras) {
      const score = likeness(key, col.header, col.samples);
      if (score > 0) pairs.push({ key, col, score });
    }
  pairs.sort((a, b) => b.score - a.score || a.col.column - b.col.column);
  const out: MappingGuess[] = [];
  const used = new Set<number>();
  for (const p of pairs) {
    if (used.has(p.col.column) || out.some((g) => g.target.key === p.key)) continue;
    used.add(p.col.column);
    const target = PROBLEMS.columns.find((c) => c.key === p.key)!.header[lang];
    const rule = mapRule(p.col.header, target);
    out.push({ file: file.file, source: p.col.header, target: { sheet: 'problems', key: p.key }, rule });
  }
  return out;
}
