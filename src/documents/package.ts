/**
 * A .docx package (ECMA-376 Part 2, Open Packaging Conventions): the
 * content types, the relationships, the document, its styles and settings,
 * and the core properties (title, author). It is zipped as it is made
 * (fflate's streaming zip, which runs in the pane and in node alike), so a
 * large document's XML is never held whole. Nothing in it depends on the
 * clock: the same document gives the same bytes.
 */
import { escapeXml } from './text';
import { stylesXml } from './styles';

// Loaded when a document is made: every other command (check, refresh…) started without fflate's ~7 ms (its tables
// are built as it loads).
type Fflate = typeof import('fflate');
const fflate = (): Fflate => require('fflate') as Fflate;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const CONTENT_TYPES =
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${MAIN}.settings+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const DOCUMENT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
  '</Relationships>';

/**
 * Settings: without a compatibility mode Word opens a document in the mode of Word 2007 and says so in its title
 * bar (ECMA-376 Part 1, §17.15.3.4 compatSetting; 15 = Word 2013 and later).
 */
const SETTINGS =
  XML_HEAD +
  '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:defaultTabStop w:val="420"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
  '</w:compat></w:settings>';

const APP =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>整改台账 Rectification Ledger</Application></Properties>';

function coreXml(title: string, creator: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    '</cp:coreProperties>'
  );
}

/** Zip entries carry a date; a fixed one keeps the bytes the same from run to run (DOS dates start in 1980). */
const ENTRY_DATE = new Date(1980, 0, 1);
/** Text is gathered into pieces of about this many characters before it is compressed. */
const PIECE = 1 << 16;

export interface DocxParts {
  title: string;
  creator: string;
  /** word/document.xml, in pieces. */
  body: Iterable<string>;
}

/** The .docx file's bytes. */
export function docxPackage(parts: DocxParts): Uint8Array<ArrayBuffer> {
  const { Zip, ZipDeflate, strToU8 } = fflate();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const entry = (name: string, pieces: Iterable<string>) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = ENTRY_DATE;
    zip.add(file);
    let buffered = '';
    for (const piece of pieces) {
      buffered += piece;
      if (buffered.length >= PIECE) {
        file.push(strToU8(buffered));
        buffered = '';
      }
    }
    file.push(strToU8(buffered), true);
  };
  entry('[Content_Types].xml', [CONTENT_TYPES]);
  entry('_rels/.rels', [PACKAGE_RELS]);
  entry('docProps/core.xml', [coreXml(parts.title, parts.creator)]);
  entry('docProps/app.xml', [APP]);
  entry('word/_rels/document.xml.rels', [DOCUMENT_RELS]);
  entry('word/styles.xml', [stylesXml()]);
  entry('word/settings.xml', [SETTINGS]);
  entry('word/document.xml', parts.body);
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
