/**
 * The body of a formal document as WordprocessingML (word/document.xml),
 * produced piece by piece: a progress report of 10,000 problems is a table
 * of as many rows, and the pieces go to the zip as they are made, never all
 * in memory at once. Paragraphs name a style (styles.ts) and add only what
 * differs: alignment, a first-line indent, the title's spacing.
 * Tables (ECMA-376 Part 1, §17.4): fixed layout over the text width, single
 * borders, the header row repeated on every page (§17.4.49 tblHeader), rows
 * that never split across pages (§17.4.6 cantSplit), cells centred
 * vertically; the widest column is left-aligned, the others centred.
 */
import type { DocumentBlock, DocumentTable, FormalDocument, Lang } from '../engine';
import { INDENT, PAGE, STYLE, TEXT_WIDTH } from './styles';
import { runXml } from './text';

type Align = 'left' | 'center' | 'right' | 'both';

interface ParagraphLook {
  style: string;
  align?: Align;
  indent?: boolean;
  /** Space after, in twips, where it differs from the style's. */
  after?: number;
}

function paragraphXml(text: string, look: ParagraphLook): string {
  const props =
    `<w:pStyle w:val="${look.style}"/>` +
    (look.after !== undefined ? `<w:spacing w:after="${look.after}"/>` : '') +
    (look.indent ? `<w:ind w:firstLine="${INDENT}"/>` : '') +
    (look.align ? `<w:jc w:val="${look.align}"/>` : '');
  return `<w:p><w:pPr>${props}</w:pPr>${runXml(text)}</w:p>`;
}

const EMPTY_PARAGRAPH = '<w:p/>';
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
/** Rows written per piece: a few hundred kilobytes of XML. */
const ROWS_PER_PIECE = 200;

/** Column widths in twips, proportional to the table's relative widths. */
function twipsOf(t: DocumentTable): number[] {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  return t.headers.map((_, i) => Math.max(1, Math.floor(((t.widths[i] ?? 0) / total) * TEXT_WIDTH)) || 1000);
}

function tableStart(twips: number[]): string {
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>' +
    '<w:bottom w:w="80" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr><w:tblGrid>' +
    twips.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>'
  );
}

function rowXml(cells: readonly string[], twips: number[], header: boolean, leftColumn: number): string {
  const rowProps = header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  const tcs = twips.map((w, i) => {
    const look: ParagraphLook = header
      ? { style: STYLE.headerCell }
      : { style: STYLE.cell, align: i === leftColumn ? 'left' : undefined };
    return (
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
      paragraphXml(cells[i] ?? '', look) +
      '</w:tc>'
    );
  });
  return `<w:tr>${rowProps}${tcs.join('')}</w:tr>`;
}

function* tablePieces(t: DocumentTable): Generator<string> {
  const twips = twipsOf(t);
  const leftColumn = t.widths.indexOf(Math.max(...t.widths));
  let piece = tableStart(twips) + rowXml(t.headers, twips, true, leftColumn);
  for (let i = 0; i < t.rows.length; i++) {
    piece += rowXml(t.rows[i], twips, false, leftColumn);
    if ((i + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  // A table is followed by an empty paragraph: Word needs a paragraph between two tables, and it spaces the text.
  yield piece + '</w:tbl>' + EMPTY_PARAGRAPH;
}

function* blockPieces(b: DocumentBlock, lang: Lang): Generator<string> {
  if (b.kind === 'table') yield* tablePieces(b.table);
  else yield paragraphXml(b.text, { style: b.kind === 'heading' ? STYLE.heading : STYLE.body, indent: lang === 'zh' });
}

const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>';

const SECTION =
  `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
  `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" ` +
  'w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:linePitch="560"/></w:sectPr>';

/** word/document.xml, in pieces. */
export function* documentPieces(doc: FormalDocument, lang: Lang): Generator<string> {
  yield (
    DOCUMENT_START +
    paragraphXml(doc.title, { style: STYLE.title, after: doc.subtitle ? 120 : undefined }) +
    (doc.subtitle ? paragraphXml(doc.subtitle, { style: STYLE.subtitle }) : '') +
    (doc.addressee ? paragraphXml(doc.addressee, { style: STYLE.body, align: 'left' }) : '')
  );
  for (const b of doc.blocks) yield* blockPieces(b, lang);
  yield (
    EMPTY_PARAGRAPH +
    paragraphXml(doc.issuer, { style: STYLE.body, align: 'right' }) +
    paragraphXml(doc.dateText, { style: STYLE.body, align: 'right' }) +
    SECTION +
    '</w:body></w:document>'
  );
}
