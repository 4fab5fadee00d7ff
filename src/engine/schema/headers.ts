/** Matching headers as people write them: any language, aliases, spaces, stars, full-width brackets. */
import { toHalfWidth } from '../core/text';
import type { AnyListId, ColumnDef, ListSheetDef } from './columns';

/** Normalises a header for matching: no spaces, no line breaks, no '*', no brackets or colons, half-width, lower case. */
export function normalizeHeader(text: unknown): string {
  return toHalfWidth(String(text ?? ''))
    .replace(/[\s*＊:：()（）]/g, '')
    .toLowerCase();
}

/**
 * A bracketed note: an opening bracket, then no other bracket, then a closing one. Excluding the opening brackets
 * inside keeps the match linear (a run of unclosed "(" is scanned once, not once per bracket) and takes the innermost
 * note where notes nest.
 */
const BRACKETED = /[(（【[][^(（【[)）】\]]*[)）】\]]/g;

/** A header part without its bracketed notes ("被巡察单位（部门）" → "被巡察单位"). */
export function withoutBracketedNotes(text: string): string {
  return text.replace(BRACKETED, '');
}

/**
 * No header is longer than this: a longer text (a paragraph, a 32,767-character cell) is never tried, so matching
 * costs the same whatever is typed in a cell.
 */
export const MAX_HEADER_LENGTH = 120;

/**
 * The normalised forms a header is matched by: as written, then without its
 * bracketed notes ("被巡察单位（部门）" → 被巡察单位, "完成时限【以文件为准】" → 完成时限).
 */
export function headerVariants(text: unknown): string[] {
  const raw = String(text ?? '');
  if (raw.length > MAX_HEADER_LENGTH) return [];
  const out = [normalizeHeader(raw), normalizeHeader(withoutBracketedNotes(raw))];
  return [...new Set(out.filter(Boolean))];
}

interface HeaderIndex {
  byHeader: Map<string, ColumnDef>;
  byAlias: Map<string, ColumnDef>;
}

const INDEX = new WeakMap<object, HeaderIndex>();

/** A list's names and aliases, normalised once: a lookup per header instead of a scan of every alias. */
function indexOf(sheet: ListSheetDef<AnyListId>): HeaderIndex {
  let idx = INDEX.get(sheet);
  if (idx) return idx;
  idx = { byHeader: new Map(), byAlias: new Map() };
  for (const c of sheet.columns) {
    for (const h of [c.header.zh, c.header.en].map(normalizeHeader)) if (!idx.byHeader.has(h)) idx.byHeader.set(h, c);
  }
  for (const c of sheet.columns) {
    for (const h of c.aliases.map(normalizeHeader)) if (!idx.byAlias.has(h)) idx.byAlias.set(h, c);
  }
  INDEX.set(sheet, idx);
  return idx;
}

/** Finds the column a header means, by its Chinese or English name or an alias (each variant in turn). */
export function matchColumn(sheet: ListSheetDef<AnyListId>, header: unknown): ColumnDef | undefined {
  const idx = indexOf(sheet);
  for (const h of headerVariants(header)) {
    const found = idx.byHeader.get(h) ?? idx.byAlias.get(h);
    if (found) return found;
  }
  return undefined;
}
