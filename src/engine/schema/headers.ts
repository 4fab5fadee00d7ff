/** Matching headers as people write them: any language, aliases, spaces, stars, full-width brackets. */
import { toHalfWidth } from '../core/text';
import type { AnyListId, ColumnDef, ListSheetDef } from './columns';

/** Normalises a header for matching: no spaces, no line breaks, no '*', no brackets or colons, half-width, lower case. */
export function normalizeHeader(text: unknown): string {
  return toHalfWidth(String(text ?? ''))
    .replace(/[\s*＊:：()（）]/g, '')
    .toLowerCase();
}

const BRACKETED = /[(（【[][^)）】\]]*[)）】\]]/g;

/**
 * The normalised forms a header is matched by: as written, then without its
 * bracketed notes ("被巡察单位（部门）" → 被巡察单位, "完成时限【以文件为准】" → 完成时限).
 */
export function headerVariants(text: unknown): string[] {
  const raw = String(text ?? '');
  const out = [normalizeHeader(raw), normalizeHeader(raw.replace(BRACKETED, ''))];
  return [...new Set(out.filter(Boolean))];
}

/** Finds the column a header means, by its Chinese or English name or an alias (each variant in turn). */
export function matchColumn(sheet: ListSheetDef<AnyListId>, header: unknown): ColumnDef | undefined {
  for (const h of headerVariants(header)) {
    const found =
      sheet.columns.find((c) => normalizeHeader(c.header.zh) === h || normalizeHeader(c.header.en) === h) ??
      sheet.columns.find((c) => c.aliases.some((a) => normalizeHeader(a) === h));
    if (found) return found;
  }
  return undefined;
}
