/**
 * Importing an old clue-transfer ledger (移交台账: 线索来源, 问题线索, 移交单位,
 * 移交时间, 签收时间, 办结时间, 办理情况 …) into 移交清单. The header row is
 * the one among the first rows that names the most columns of 移交清单
 * (headers, aliases, bracketed notes); every other column is kept as an
 * extra column with its own header; every value is kept as typed, except:
 * placeholders (/, 无 …) become empty, dates become dates, and a status word
 * is written as the list's (待签收 / 办理中 / 已办结) with the original kept in
 * a （原值） column beside. A missing status is inferred from the dates (办结
 * → 已办结, 签收 → 办理中, else 待签收) and counted; a missing 线索编号 is
 * made up (XS-导入-001 …) and counted. Receiving bodies are kept as typed
 * (a 区纪委监委 stays one) and added to the 移交对象 list in `_lists`.
 * A clue already in 移交清单 (same 线索编号, or same body, transfer date and
 * summary) is not added again.
 */
import type { CellValue } from '../core/cells';
import type { Lang } from '../../i18n';
import { readDateCell } from '../rules/parseDate';
import { toExcelSerial } from '../rules/excelSerial';
import { CLUES } from '../schema/clues';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { CLUE_STATUS } from '../schema/values';
import { SheetReader, cellText } from './header';

export interface ClueImportRow {
  file: string;
  sheet: string;
  row: number;
  /** By 移交清单 column key. */
  values: Record<string, CellValue>;
  /** By extra column name (the source's own columns, 来源文件 / 来源行, （原值） columns). */
  extras: Record<string, CellValue>;
}

export interface ClueImportResult {
  lang: Lang;
  files: { file: string; sheet: string; headerRow: number; rows: number; mapped: Record<string, string> }[];
  rows: ClueImportRow[];
  extraColumns: string[];
  /** Bodies not in the 移交对象 list yet. */
  newReceivers: string[];
  counts: { rows: number; statusInferred: number; idsMade: number; already: number; badDates: number };
}

/** What a ledger already has, so a re-import adds nothing twice. */
export interface ExistingClues {
  ids: ReadonlySet<string>;
  keys: ReadonlySet<string>;
  receivers: readonly string[];
}

/** Body, transfer date and summary: a clue without an ID is the same clue when all three are. */
export function clueKey(receiver: string, transferredOn: CellValue, summary: string): string {
  const d = readDateCell(transferredOn);
  return [
    normalizeHeader(receiver),
    d.kind === 'date' ? d.date : String(transferredOn ?? ''),
    normalizeHeader(summary),
  ].join('\u241f');
}

const STATUS_WORDS: Record<string, keyof typeof CLUE_STATUS> = {
  待签收: 'awaiting',
  未签收: 'awaiting',
  未接收: 'awaiting',
  已移交: 'awaiting',
  办理中: 'handling',
  正在办理: 'handling',
  在办: 'handling',
  已签收: 'handling',
  正在核查: 'handling',
  已办结: 'finished',
  办结: 'finished',
  已完成: 'finished',
  已结案: 'finished',
};

/** A status word as the list's value; null for anything else (kept as typed). */
export function clueStatusWord(text: string, lang: Lang): string | null {
  const n = normalizeHeader(text);
  for (const [word, code] of Object.entries(STATUS_WORDS))
    if (normalizeHeader(word) === n) return CLUE_STATUS[code][lang];
  const v = Object.values(CLUE_STATUS).find((x) => normalizeHeader(x.zh) === n || normalizeHeader(x.en) === n);
  return v ? v[lang] : null;
}

/** The header row: the one among the first 30 naming the most columns of 移交清单 (at least two). */
export function findClueHeader(reader: SheetReader): { row: number; keys: Map<number, string> } | null {
  let best: { row: number; keys: Map<number, string> } | null = null;
  for (let r = 1; r <= Math.min(30, reader.rowCount); r++) {
    const keys = new Map<number, string>();
    const taken = new Set<string>();
    for (let c = 1; c <= reader.columnCount; c++) {
      const col = matchColumn(CLUES, cellText(reader.value(r, c)));
      if (col && !taken.has(col.key) && col.computed !== 'alert' && col.computed !== 'date') {
        keys.set(c, col.key);
        taken.add(col.key);
      }
    }
    if (keys.size >= 2 && (!best || keys.size > best.keys.size)) best = { row: r, keys };
  }
  return best;
}

export const DATE_KEYS = ['transferredOn', 'signedOn', 'finishedOn'];

/** A date cell as a date (serial); anything else as typed, and whether it was unreadable. */
export function dateValue(v: CellValue): { value: CellValue; bad: boolean } {
  const d = readDateCell(v);
  if (d.kind === 'date') return { value: toExcelSerial(d.date), bad: false };
  return { value: v, bad: d.kind === 'invalid' };
}
