/**
 * A formal document (公文) as structured text: what the office sends — a
 * reminder letter, the progress report, a 通报. The engine writes the words;
 * the command line lays them out in the GB/T 9704 style (A4, 小标宋 title,
 * 仿宋 三号 body) as .docx, and the pane shows them as text.
 */
export interface DocumentTable {
  headers: string[];
  rows: string[][];
  /** Relative column widths (they are scaled to the text width); the widest text column should have the most. */
  widths: number[];
}

export type DocumentBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; table: DocumentTable };

export interface FormalDocument {
  title: string;
  /** A line under the title, e.g. （第3次督办）. */
  subtitle?: string;
  /** The addressee line (主送机关), when there is one. */
  addressee?: string;
  blocks: DocumentBlock[];
  /** The issuing body and the date, at the bottom right. */
  issuer: string;
  dateText: string;
}

export const heading = (text: string): DocumentBlock => ({ kind: 'heading', text });
export const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const table = (headers: string[], rows: string[][], widths: number[]): DocumentBlock => ({
  kind: 'table',
  table: { headers, rows, widths },
});

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Numbers the headings in order (一、二、… as official documents do; 1. 2. in
 * English), so that a section left out (no --since) leaves no gap.
 */
export function numberHeadings(blocks: DocumentBlock[], lang: 'zh' | 'en'): DocumentBlock[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    n++;
    const label = lang === 'zh' ? `${CHINESE_NUMERALS[n - 1] ?? n}、` : `${n}. `;
    return { kind: 'heading', text: label + b.text };
  });
}

/** The document as plain text (the pane's preview, the clipboard, tests). */
export function documentText(doc: FormalDocument): string {
  const lines = [doc.title, ...(doc.subtitle ? [doc.subtitle] : []), ''];
  if (doc.addressee) lines.push(doc.addressee);
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      lines.push(b.table.headers.join('\t'));
      for (const r of b.table.rows) lines.push(r.join('\t'));
    } else lines.push(b.text);
  }
  lines.push('', doc.issuer, doc.dateText);
  return lines.join('\n');
}
