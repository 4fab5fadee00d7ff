/**
 * Turning one legacy cell into a list value. Placeholders people type for
 * "not applicable" become empty; dates are read with the engine's parser;
 * list values are translated only where the meaning is certain (是否整改完成:
 * 是/否). Anything else is kept exactly as typed and reported: we never guess.
 */
import { yearOf } from '../rules/dates';
import { parseDateValue } from '../rules/parseDate';
import { toExcelSerial } from '../rules/excelSerial';
import { toHalfWidth } from '../core/text';
import { attempt } from '../core/errors';
import { ColumnDef } from '../schema/columns';
import { DEFAULT_LISTS, PROBLEM_STATUS, TASK_STATUS, ListValue } from '../schema/values';
import { normalizeHeader } from '../schema/headers';
import type { Lang, MessageKey, MessageParams } from '../../i18n/index';
import { CellValue, isCellError } from '../core/cells';
import { parseTimeLimit } from '../rules/timeLimit';
import { dropTime } from '../sheetLayout';

/** What people type in a legacy ledger to mean "nothing here". */
export const PLACEHOLDERS = ['\\', '/', '-', '—', '——', '–', '－', '无', 'N/A', '#N/A'];
const PLACEHOLDER_SET = new Set(PLACEHOLDERS.map((p) => toHalfWidth(p).toLowerCase()));

export function isPlaceholder(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const s = toHalfWidth(v).trim().toLowerCase();
  return s === '' || PLACEHOLDER_SET.has(s);
}

/** Dates outside these years are far more likely a number typed in the wrong column than a date. */
const PLAUSIBLE_YEARS = [1990, 2100];

/**
 * Words for "done?" columns (是否整改完成) and the status columns of other templates — safety-hazard ledgers
 * (隐患状态 开放/关闭, 销号情况) and audit-rectification ledgers — by code. A "done" is handed in for review, never
 * closed by import; a hazard 关闭 or 已销号 was closed by its re-check. docs/IMPORT.md lists this table; a word it does
 * not know is kept as typed and reported.
 */
export const PROBLEM_STATUS_WORDS: Record<string, keyof typeof PROBLEM_STATUS> = {
  是: 'pendingReview',
  已完成: 'pendingReview',
  完成: 'pendingReview',
  已整改: 'pendingReview',
  整改完成: 'pendingReview',
  已完成整改: 'pendingReview',
  已办结: 'pendingReview',
  现场处置: 'pendingReview',
  已现场处置: 'pendingReview',
  已处置: 'pendingReview',
  现场整改: 'pendingReview',
  yes: 'pendingReview',
  done: 'pendingReview',
  否: 'inProgress',
  未完成: 'inProgress',
  未整改: 'inProgress',
  正在整改: 'inProgress',
  进行中: 'inProgress',
  开放: 'inProgress',
  未关闭: 'inProgress',
  未销号: 'inProgress',
  open: 'inProgress',
  no: 'inProgress',
  未开始: 'notStarted',
  待整改: 'notStarted',
  已销号: 'closed',
  已销账: 'closed',
  销号: 'closed',
  关闭: 'closed',
  已关闭: 'closed',
  closed: 'closed',
};

/** A problem's status as the status of its single measure. */
export const TASK_STATUS_OF_PROBLEM: Record<keyof typeof PROBLEM_STATUS, keyof typeof TASK_STATUS> = {
  notStarted: 'notStarted',
  inProgress: 'inProgress',
  pendingReview: 'done',
  closed: 'done',
  rejected: 'inProgress',
};

/** The same words for a measure's 完成状态: a closed or handed-in problem's measure is done. */
export const TASK_STATUS_WORDS: Record<string, keyof typeof TASK_STATUS> = {
  ...Object.fromEntries(
    Object.values(PROBLEM_STATUS).map((v) => [v.zh, TASK_STATUS_OF_PROBLEM[v.code as keyof typeof PROBLEM_STATUS]]),
  ),
  ...Object.fromEntries(Object.entries(PROBLEM_STATUS_WORDS).map(([w, code]) => [w, TASK_STATUS_OF_PROBLEM[code]])),
};

export interface Converted {
  value: CellValue;
  /** For list columns: the code the value stands for. */
  code?: string;
  /** Set when the value was kept as typed because it does not fit the column. */
  problem?: { code: MessageKey; params: MessageParams };
  /** Set when a typed word was translated to a list value (是 → 待审核). */
  translated?: { from: string; to: string };
}

function findListValue(values: readonly ListValue[], text: string): ListValue | undefined {
  const h = normalizeHeader(text);
  return values.find((v) => normalizeHeader(v.zh) === h || normalizeHeader(v.en) === h || v.code.toLowerCase() === h);
}

/** A ledger's own status words (the 状态词对照 setting), by normalised word, to the problem status each means. */
export type OwnStatusWords = ReadonlyMap<string, keyof typeof PROBLEM_STATUS>;

/** The setting's pairs whose status is one of ours (zh, en or code); the others are left out, and named in `unknown`. */
export function ownStatusWords(pairs: readonly { word: string; status: string }[]): {
  words: OwnStatusWords;
  unknown: string[];
} {
  const words = new Map<string, keyof typeof PROBLEM_STATUS>();
  const unknown: string[] = [];
  for (const { word, status } of pairs) {
    const v = findListValue(DEFAULT_LISTS.problemStatus.values, status);
    if (v && word) words.set(normalizeHeader(word), v.code as keyof typeof PROBLEM_STATUS);
    else unknown.push(`${word}=${status}`);
  }
  return { words, unknown };
}

/** A status word of the user's table: the list value it means in this column (a measure's status follows its problem's). */
function ownStatus(def: ColumnDef, text: string, own: OwnStatusWords | undefined): string | undefined {
  if (!own || (def.list !== 'problemStatus' && def.list !== 'taskStatus')) return undefined;
  const code = own.get(normalizeHeader(text));
  if (!code) return undefined;
  return def.list === 'problemStatus' ? code : TASK_STATUS_OF_PROBLEM[code];
}

/** Converts a non-placeholder value for a column of the layout (`own`: the ledger's own status words, first). */
export function convertValue(def: ColumnDef, raw: CellValue, lang: Lang, own?: OwnStatusWords): Converted {
  if (isCellError(raw)) return { value: raw.error, problem: { code: 'import.value.cellError', params: {} } };
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  switch (def.type) {
    case 'date': {
      if (typeof raw === 'boolean') return { value: raw, problem: { code: 'import.value.notDate', params: {} } };
      // A typed date with its time of day (2019-05-30 09:30) is that day.
      const r = attempt(() => parseDateValue(typeof raw === 'string' ? dropTime(raw.trim()) : raw));
      if (!r.ok) return { value: raw, problem: { code: 'import.value.notDate', params: {} } };
      const y = yearOf(r.value);
      if (y < PLAUSIBLE_YEARS[0] || y > PLAUSIBLE_YEARS[1])
        return { value: raw, problem: { code: 'import.value.implausibleDate', params: { date: r.value } } };
      // Written back as a serial with a date format: a real date in Excel, whatever form it was typed in.
      return { value: toExcelSerial(r.value) };
    }
    case 'list': {
      const values = DEFAULT_LISTS[def.list!].values;
      const direct = findListValue(values, text);
      if (direct) return { value: direct[lang], code: direct.code };
      const words: Record<string, string> | undefined =
        def.list === 'problemStatus' ? PROBLEM_STATUS_WORDS : def.list === 'taskStatus' ? TASK_STATUS_WORDS : undefined;
      const code = ownStatus(def, text, own) ?? words?.[text.toLowerCase()];
      if (code) {
        const v = values.find((x) => x.code === code)!;
        return { value: v[lang], code, translated: { from: text, to: v[lang] } };
      }
      // Categories may be added freely (docs/WORKBOOK.md): kept, and the report lists them to add to _lists.
      if (def.list === 'category') return { value: text, problem: { code: 'import.value.newCategory', params: {} } };
      return { value: raw, problem: { code: 'import.value.notInList', params: { list: def.header[lang] } } };
    }
    case 'limit':
      return convertLimit(raw, text);
    case 'integer':
      if (typeof raw === 'number' && Number.isInteger(raw)) return { value: raw };
      return { value: raw, problem: { code: 'import.value.notInteger', params: {} } };
    default:
      // Text columns keep what was typed; only keys are made text so that the three lists match.
      return typeof raw === 'string' && raw.length > EXCEL_MAX_TEXT ? tooLong(raw) : { value: raw };
  }
}

/** Excel holds at most this many characters in a cell. */
export const EXCEL_MAX_TEXT = 32_767;

/** A text Excel cannot hold: the cell keeps what fits, and the report says where and how much was left out. */
function tooLong(raw: string): Converted {
  return {
    value: raw.slice(0, EXCEL_MAX_TEXT),
    problem: { code: 'import.value.tooLong', params: { length: raw.length, kept: EXCEL_MAX_TEXT } },
  };
}

/** A time limit: text in the grammar, or a date — a date cell (a serial) becomes that date, as the limit. */
function convertLimit(raw: CellValue, text: string): Converted {
  if (typeof raw === 'number') {
    const r = attempt(() => parseDateValue(raw));
    const y = r.ok ? yearOf(r.value) : 0;
    if (r.ok && y >= PLAUSIBLE_YEARS[0] && y <= PLAUSIBLE_YEARS[1]) return { value: r.value };
  }
  const r = parseTimeLimit(text);
  if (!r.ok) return { value: raw, problem: { code: 'import.value.notLimit', params: {} } };
  return { value: text };
}
