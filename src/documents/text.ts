/**
 * Text as WordprocessingML runs. XML 1.0 (§2.2) admits no control characters
 * but tab, line feed and carriage return, and no lone surrogates: a ledger
 * cell can hold them (pasted from elsewhere), and one of them would make
 * Word refuse the whole file, so they are left out of the document (the
 * ledger keeps them). A line break becomes <w:br/> and a tab <w:tab/>
 * (ECMA-376 Part 1, §17.3.3.1 br, §17.3.3.32 tab), as Word itself writes
 * them.
 */

/** Everything XML 1.0 cannot carry (with `u`, a lone surrogate is one code point outside the ranges). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes. */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

/** The runs of one paragraph's text: one <w:r>, its lines split by <w:br/>, its tabs as <w:tab/>. */
export function runXml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const body = lines
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return body ? `<w:r>${body}</w:r>` : '';
}
