/**
 * Lays out a formal document (engine `FormalDocument`: a reminder letter, the
 * progress report, a 通报) as a .docx with the `docx` package, in the style of
 * official documents (GB/T 9704): A4 with margins top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm; the title in 小标宋 二号 (22 pt); the body in 仿宋
 * 三号 (16 pt) at a fixed 28 pt line with a two-character first-line indent;
 * headings in 黑体; tables bordered, their header row repeated on each page;
 * issuer and date at the right. Fonts fall back to whatever CJK face the
 * reader has (LibreOffice here uses WenQuanYi). The words come from the
 * engine, not from here. The command line writes these files; the pane
 * offers the same file for download (loaded only when asked for: the docx
 * package is not part of the pane's first load).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
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
import type { DocumentBlock, DocumentTable, FormalDocument, Lang, Letter } from '../engine';
import { letterAsDocument } from '../engine';

const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' };
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'Times New Roman' };
/** Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21;
/** Two characters of 16 pt, in twips. */
const INDENT = 640;
/** The text width of an A4 page with the margins below, in twips. */
const TEXT_WIDTH = 8844;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const run = (text: string, opts: { bold?: boolean; size?: number; font?: typeof BODY_FONT } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? BODY_SIZE, font: opts.font ?? BODY_FONT });

const para = (text: string, opts: { indent?: boolean; align?: Align; font?: typeof BODY_FONT } = {}) =>
  new Paragraph({
    children: [run(text, { font: opts.font })],
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: INDENT } : undefined,
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
  });

function tableOf(t: DocumentTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const twips = t.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const widest = t.widths.indexOf(Math.max(...t.widths));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: twips[i] ?? 1000, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 80, bottom: 80, left: 60, right: 60 },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({
          alignment: header || i !== widest ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 320, lineRule: LineRuleType.AT_LEAST },
          children: [run(text, { bold: header, size: TABLE_SIZE })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: t.headers.map((h, i) => cell(h, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

function block(b: DocumentBlock, lang: Lang): (Paragraph | Table)[] {
  if (b.kind === 'table') return [tableOf(b.table), new Paragraph({ children: [] })];
  if (b.kind === 'heading') return [para(b.text, { indent: lang === 'zh', font: HEADING_FONT })];
  return [para(b.text, { indent: lang === 'zh' })];
}

export function formalDocument(doc: FormalDocument, lang: Lang): Document {
  return new Document({
    creator: doc.issuer,
    title: doc.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: doc.subtitle ? 120 : 480 },
            children: [run(doc.title, { size: TITLE_SIZE, font: TITLE_FONT })],
          }),
          ...(doc.subtitle
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  spacing: { after: 240 },
                  children: [run(doc.subtitle)],
                }),
              ]
            : []),
          ...(doc.addressee ? [para(doc.addressee, { align: AlignmentType.LEFT })] : []),
          ...doc.blocks.flatMap((b) => block(b, lang)),
          new Paragraph({ children: [] }),
          para(doc.issuer, { align: AlignmentType.RIGHT }),
          para(doc.dateText, { align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
}

/** The .docx file's bytes (the command line writes them to a file). */
export async function documentDocx(doc: FormalDocument, lang: Lang): Promise<Buffer> {
  return Packer.toBuffer(formalDocument(doc, lang));
}

/** The same file as a Blob (the pane offers it for download; a browser has no Buffer). */
export async function documentBlob(doc: FormalDocument, lang: Lang): Promise<Blob> {
  return Packer.toBlob(formalDocument(doc, lang));
}

/** A reminder letter as .docx. */
export async function letterDocx(letter: Letter, lang: Lang): Promise<Buffer> {
  return documentDocx(letterAsDocument(letter, lang), lang);
}
