/**
 * Lays out a reminder letter (engine `Letter`) as a .docx with the `docx`
 * package, in the usual style of official letters: A4, title in a large
 * song-style face, body in fangsong at 三号 (16 pt) with a two-character
 * first-line indent, the items as a bordered table, issuer and date at the
 * right. Fonts fall back to whatever CJK face the reader has (LibreOffice here
 * uses WenQuanYi); the words come from the engine, not from here.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Lang, Letter } from '../../engine';

const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' };
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'Times New Roman' };
const TABLE_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'Times New Roman' };
/** Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21;
/** Two characters of 16 pt, in twips. */
const INDENT = 640;

const run = (text: string, opts: { bold?: boolean; size?: number; font?: typeof BODY_FONT } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? BODY_SIZE, font: opts.font ?? BODY_FONT });

const para = (
  text: string,
  opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    children: [run(text)],
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: INDENT } : undefined,
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
  });

/** Column widths of the item table in twips; they add up to the text width of the page (8844). */
const COLUMN_TWIPS = [640, 1100, 1804, 900, 1500, 1500, 1400];

function itemTable(letter: Letter): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: COLUMN_TWIPS[i] ?? 1000, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 80, bottom: 80, left: 60, right: 60 },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({
          alignment: header || i !== 2 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 320, lineRule: LineRuleType.AT_LEAST },
          children: [run(text, { bold: header, size: TABLE_SIZE, font: TABLE_FONT })],
        }),
      ],
    });
  return new Table({
    width: { size: 8844, type: WidthType.DXA },
    columnWidths: COLUMN_TWIPS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: letter.tableHeaders.map((h, i) => cell(h, i, true)) }),
      ...letter.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

export function letterDocument(letter: Letter, lang: Lang, roundLine: string): Document {
  const indent = lang === 'zh';
  return new Document({
    creator: letter.issuer,
    title: `${letter.title} — ${letter.unit}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          // A4 with the margins of official documents (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [run(letter.title, { size: TITLE_SIZE, font: TITLE_FONT })],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(roundLine)] }),
          para(letter.addressee, { align: AlignmentType.LEFT }),
          ...letter.body.map((p) => para(p, { indent })),
          itemTable(letter),
          new Paragraph({ children: [] }),
          ...letter.closing.map((p) => para(p, { indent })),
          new Paragraph({ children: [] }),
          para(letter.issuer, { align: AlignmentType.RIGHT }),
          para(letter.dateText, { align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
}

export async function letterDocx(letter: Letter, lang: Lang, roundLine: string): Promise<Buffer> {
  return Packer.toBuffer(letterDocument(letter, lang, roundLine));
}
