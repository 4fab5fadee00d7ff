/** Text helpers shared by the reader, the rules and import. */

const FULLWIDTH_RE = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, －, ／, ．, Ａ…) to half-width; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
