/** Status and kind cells as codes: '已销号' or 'Closed' → 'closed', in either language. */
import { normalizeHeader } from '../schema/headers';
import { CLUE_STATUS, DEFAULT_LISTS, PROBLEM_STATUS, REPORT_RESULT, TASK_STATUS } from '../schema/values';
import type { ClueStatusCode, ReportResultCode } from '../rules/cycleStatus';
import type { ProblemStatusCode, RectKindCode, TaskStatusCode } from './records';

/**
 * Status and kind cells repeat a handful of texts over tens of thousands of rows;
 * normalising every one with regular expressions was a hot spot in the profile,
 * so each table remembers the code it found for a text (bounded: free text
 * typed into a status column cannot grow it without limit).
 */
const codeCache = new WeakMap<object, Map<string, string | null>>();
const CODE_CACHE_LIMIT = 1000;

const matchCode = <T extends string>(table: Record<T, { zh: string; en: string }>, text: string): T | null => {
  let cache = codeCache.get(table);
  if (!cache) codeCache.set(table, (cache = new Map()));
  const hit = cache.get(text);
  if (hit !== undefined) return hit as T | null;
  let found: T | null = null;
  const n = normalizeHeader(text);
  if (n) {
    for (const [code, v] of Object.entries(table) as [T, { zh: string; en: string }][]) {
      if (normalizeHeader(v.zh) === n || normalizeHeader(v.en) === n) {
        found = code;
        break;
      }
    }
  }
  if (cache.size >= CODE_CACHE_LIMIT) cache.clear();
  cache.set(text, found);
  return found;
};

const KIND_TABLE: Record<RectKindCode, { zh: string; en: string }> = Object.fromEntries(
  DEFAULT_LISTS.kind.values.map((v) => [v.code, v]),
) as unknown as Record<RectKindCode, { zh: string; en: string }>;

export function problemStatusOf(text: string): ProblemStatusCode | null {
  return matchCode(PROBLEM_STATUS, text);
}
export function taskStatusOf(text: string): TaskStatusCode | null {
  return matchCode(TASK_STATUS, text);
}
export function rectKindOf(text: string): RectKindCode | null {
  return matchCode(KIND_TABLE, text);
}
export function clueStatusOf(text: string): ClueStatusCode | null {
  return matchCode(CLUE_STATUS, text);
}
export function reportResultOf(text: string): ReportResultCode | null {
  return matchCode(REPORT_RESULT, text);
}
