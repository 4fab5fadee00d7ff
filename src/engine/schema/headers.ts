/** Matching headers as people write them: any language, aliases, spaces, stars, full-width brackets. */
import { toHalfWidth } from '../core/text';
import type { ColumnDef, ListSheetDef } from './columns';

/** Normalises a header for matching: no spaces, no line breaks, no '*', no brackets or colons, half-width, lower case. */
export function normalizeHeader(text: unknown): string {
  return toHalfWidth(String(text ?? ''))
    .replace(/[\s*＊:：()（）]/g, '')
    .toLowerCase();
}

/** Finds the column a header means, by its Chinese or English name or an alias. */
export function matchColumn(sheet: ListSheetDef, header: unknown): ColumnDef | undefined {
  const h = normalizeHeader(header);
  if (!h) return undefined;
  return (
    sheet.columns.find((c) => normalizeHeader(c.header.zh) === h || normalizeHeader(c.header.en) === h) ??
    sheet.columns.find((c) => c.aliases.some((a) => normalizeHeader(a) === h))
  );
}
