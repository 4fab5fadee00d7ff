/**
 * The look of a formal document (GB/T 9704, 党政机关公文格式), as named
 * paragraph styles, so that each paragraph names its style instead of
 * repeating fonts and sizes (a 10,000-row table stays small):
 * - title: 小标宋 二号 (22 pt), centred;
 * - body: 仿宋 三号 (16 pt) at a fixed 28 pt line (§7.2: 22 lines of 28 chars
 *   on A4), justified; Chinese paragraphs indent the first line two characters;
 * - headings: 黑体, else as the body;
 * - table text: 五号 (10.5 pt), at least a 16 pt line; the header row bold.
 * Fonts fall back to whatever CJK face the reader has (LibreOffice here uses
 * WenQuanYi). Sizes are in half-points, lengths in twips (ECMA-376 Part 1,
 * §17.3.2.38 sz, §17.3.1.33 spacing, §17.7.4.17 style).
 */
const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' };
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'Times New Roman' };
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21;
/** Two characters of 16 pt, in twips. */
export const INDENT = 640;

/** The page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (§5.2.1 / §5.2.2), in twips. */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
/** The text width of that page, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The style ids paragraphs name. */
export const STYLE = {
  title: 'RLTitle',
  subtitle: 'RLSubtitle',
  body: 'RLBody',
  heading: 'RLHeading',
  cell: 'RLCell',
  headerCell: 'RLHeaderCell',
} as const;

const fonts = (f: typeof BODY_FONT) =>
  `<w:rFonts w:ascii="${f.ascii}" w:eastAsia="${f.eastAsia}" w:hAnsi="${f.hAnsi}"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

interface StyleSpec {
  id: string;
  name: string;
  pPr: string;
  rPr: string;
}

const BODY_LINE = '<w:spacing w:line="560" w:lineRule="exact"/>';

const SPECS: StyleSpec[] = [
  {
    id: STYLE.title,
    name: 'RL Title',
    pPr: '<w:spacing w:after="480"/><w:jc w:val="center"/>',
    rPr: fonts(TITLE_FONT) + size(TITLE_SIZE),
  },
  { id: STYLE.subtitle, name: 'RL Subtitle', pPr: '<w:spacing w:after="240"/><w:jc w:val="center"/>', rPr: '' },
  { id: STYLE.body, name: 'RL Body', pPr: BODY_LINE + '<w:jc w:val="both"/>', rPr: '' },
  { id: STYLE.heading, name: 'RL Heading', pPr: BODY_LINE + '<w:jc w:val="both"/>', rPr: fonts(HEADING_FONT) },
  {
    id: STYLE.cell,
    name: 'RL Table Text',
    pPr: '<w:spacing w:line="320" w:lineRule="atLeast"/><w:jc w:val="center"/>',
    rPr: size(TABLE_SIZE),
  },
  { id: STYLE.headerCell, name: 'RL Table Header', pPr: '', rPr: '<w:b/><w:bCs/>' },
];

function styleXml(s: StyleSpec): string {
  const basedOn = s.id === STYLE.headerCell ? STYLE.cell : 'Normal';
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
    `<w:basedOn w:val="${basedOn}"/><w:qFormat/>` +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

/** word/styles.xml: the defaults (body font and size), Normal, and the styles above. */
export function stylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(BODY_FONT)}${size(BODY_SIZE)}` +
    '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>' +
    '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    SPECS.map(styleXml).join('') +
    '</w:styles>'
  );
}
