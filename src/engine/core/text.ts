/** Text helpers shared by the reader, the rules and import. */
import type { CellValue } from './cells';

const FULLWIDTH_RE = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, －, ／, ．, Ａ…) to half-width; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Text compared for identity (a unit's name, a problem's ID): half-width, no spaces, lower case — so that
 * “某某局 ” and “某某局”, or Ａ-01 and A-01, are one name.
 */
export function identityText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return toHalfWidth(typeof v === 'object' ? v.error : String(v))
    .replace(/\s+/g, '')
    .toLowerCase();
}
