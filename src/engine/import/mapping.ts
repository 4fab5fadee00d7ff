/**
 * Which source column feeds which column of the three lists. A column is
 * matched by its Chinese or English header first, then by an alias of
 * layout.ts; where several source columns could fill one target, the exact
 * header wins, then the alias listed first, then the leftmost column — the
 * others stay as extra columns (nothing is dropped) and the report says so.
 * `--map "源列=目标列"` overrides all of this.
 */
import { EngineError } from '../core/errors';
import { LIST_SHEETS, listSheet } from '../schema/listSheets';
import { ListSheetId } from '../schema/columns';
import { normalizeHeader } from '../schema/headers';
import type { Lang } from '../../i18n/index';
import { HeaderColumn } from './header';

export interface Target {
  sheet: ListSheetId;
  key: string;
}

export type MatchHow = 'header' | 'alias' | 'map' | 'extra';

export interface ColumnMapping {
  column: number;
  header: string;
  /** Empty for an extra column. */
  targets: Target[];
  how: MatchHow;
  /** For an extra column that could have filled a target another column took: that column's header. */
  lostTo?: string;
  /** The text of the header that matched (for two-row headers, the part that matched). */
  matchedAs?: string;
}

/** One `--map` rule: a source header and the target columns, or [] to keep the column as an extra. */
export interface MapRule {
  source: string;
  targets: Target[];
  /** As typed, for messages. */
  text: string;
}

const EXTRA_WORDS = new Set(['', '-', 'extra', '额外', '额外列', '保留', 'keep', '不导入', 'none']);

/** Finds the targets a target name means: `问题描述`, `问题清单.问题描述`, `Problems.Description`, or an alias. */
export function resolveTarget(name: string): Target[] {
  const text = name.trim();
  let sheets = LIST_SHEETS;
  let column = text;
  const dot = text.search(/[.．。]/);
  if (dot > 0) {
    const sheetName = normalizeHeader(text.slice(0, dot));
    const s = LIST_SHEETS.filter(
      (d) => normalizeHeader(d.name.zh) === sheetName || normalizeHeader(d.name.en) === sheetName || d.id === sheetName,
    );
    if (s.length) {
      sheets = s;
      column = text.slice(dot + 1);
    }
  }
  const h = normalizeHeader(column);
  const byHeader: Target[] = [];
  const byAlias: Target[] = [];
  for (const s of sheets) {
    for (const c of s.columns) {
      if (c.computed === 'alert' || c.computed === 'counter' || c.computed === 'extension') continue;
      if (normalizeHeader(c.header.zh) === h || normalizeHeader(c.header.en) === h || c.key.toLowerCase() === h)
        byHeader.push({ sheet: s.id, key: c.key });
      else if (c.aliases.some((a) => normalizeHeader(a) === h)) byAlias.push({ sheet: s.id, key: c.key });
    }
  }
  return byHeader.length ? byHeader : byAlias;
}

/** Parses `源列=目标列` rules; a bad rule is the user's to fix, so it throws a located EngineError. */
export function parseMapRules(rules: readonly string[]): MapRule[] {
  return rules.map((text) => {
    const eq = text.search(/[=＝]/);
    if (eq <= 0) throw new EngineError('import.map.syntax', { rule: text });
    const source = text.slice(0, eq).trim();
    const targetText = text.slice(eq + 1).trim();
    if (EXTRA_WORDS.has(targetText.toLowerCase())) return { source, targets: [], text };
    const targets = resolveTarget(targetText);
    if (!targets.length) throw new EngineError('import.map.unknownTarget', { rule: text, target: targetText });
    return { source, targets, text };
  });
}

/** Columns we never fill from a source: computed alerts and counters are the engine's. */
function importable(sheet: ListSheetId, key: string): boolean {
  const c = listSheet(sheet).columns.find((x) => x.key === key);
  return !!c && c.computed !== 'alert' && c.computed !== 'counter';
}

interface Candidate {
  column: HeaderColumn;
  rank: number;
  matchedAs: string;
}

function rankFor(sheet: ListSheetId, key: string, text: string): number | null {
  const c = listSheet(sheet).columns.find((x) => x.key === key)!;
  const h = normalizeHeader(text);
  if (!h) return null;
  if (normalizeHeader(c.header.zh) === h || normalizeHeader(c.header.en) === h) return 0;
  const i = c.aliases.findIndex((a) => normalizeHeader(a) === h);
  return i < 0 ? null : 1 + i;
}

/**
 * Maps the header columns of one source sheet. Throws when a --map rule names
 * a source column the sheet does not have (reported by the caller with the file).
 */
export function mapColumns(columns: readonly HeaderColumn[], rules: readonly MapRule[]): ColumnMapping[] {
  const ruleFor = new Map<number, MapRule>();
  const taken = new Set<string>();
  for (const rule of rules) {
    const h = normalizeHeader(rule.source);
    const col = columns.find(
      (c) => normalizeHeader(c.text) === h || c.candidates.some((t) => normalizeHeader(t) === h),
    );
    if (!col) continue;
    ruleFor.set(col.column, rule);
    for (const t of rule.targets) taken.add(`${t.sheet}.${t.key}`);
  }

  const result = new Map<number, ColumnMapping>();
  for (const col of columns) {
    const rule = ruleFor.get(col.column);
    if (rule)
      result.set(col.column, {
        column: col.column,
        header: col.text,
        targets: [...rule.targets],
        how: rule.targets.length ? 'map' : 'extra',
      });
    else result.set(col.column, { column: col.column, header: col.text, targets: [], how: 'extra' });
  }

  for (const sheet of LIST_SHEETS) {
    for (const def of sheet.columns) {
      if (!importable(sheet.id, def.key) || taken.has(`${sheet.id}.${def.key}`)) continue;
      const cands: Candidate[] = [];
      for (const col of columns) {
        if (ruleFor.has(col.column)) continue;
        for (const text of col.candidates) {
          const rank = rankFor(sheet.id, def.key, text);
          if (rank !== null) {
            cands.push({ column: col, rank, matchedAs: text });
            break;
          }
        }
      }
      if (!cands.length) continue;
      cands.sort((a, b) => a.rank - b.rank || a.column.column - b.column.column);
      const win = cands[0];
      const m = result.get(win.column.column)!;
      m.targets.push({ sheet: sheet.id, key: def.key });
      if (m.how === 'extra' || (m.how === 'alias' && win.rank === 0)) m.how = win.rank === 0 ? 'header' : 'alias';
      if (win.matchedAs !== win.column.text) m.matchedAs = win.matchedAs;
      for (const lost of cands.slice(1)) {
        const lm = result.get(lost.column.column)!;
        if (!lm.lostTo) lm.lostTo = win.column.text;
      }
    }
  }
  // A column that won somewhere is not "lost"; only pure extras keep the note.
  for (const m of result.values()) if (m.targets.length) delete m.lostTo;
  return [...result.values()].sort((a, b) => a.column - b.column);
}

/** The header text of a target in a language, e.g. 问题清单.问题描述. */
export function targetLabel(t: Target, lang: Lang, withSheet = true): string {
  const s = listSheet(t.sheet);
  const c = s.columns.find((x) => x.key === t.key)!;
  return withSheet ? `${s.name[lang]}.${c.header[lang]}` : c.header[lang];
}
