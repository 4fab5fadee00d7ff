/**
 * What each row under a ledger's header is. Only problems become problems:
 * a section heading (一、党的领导方面（共5项）, merged across the row or typed
 * in one cell) names the problems under it; a 小计 / 合计 row, a footnote
 * under the table (说明：… 填写要求：…), a signature line (填表人：… 审核人：…)
 * and a row holding nothing but its 序号 are reported, not imported. A row
 * whose description is blank but whose other cells are filled is a problem.
 */
import type { CellValue } from '../core/cells';
import { isKnownLabel, parseDetailText } from './details';
import {
  type Heading,
  type HeadingStyle,
  MAX_HEADING,
  isFootnoteStart,
  isOutlineNumber,
  isTotalLabel,
  parseHeading,
  plainHeading,
} from './headings';
import { type SheetReader, cellText } from './reader';

export type RowKind = 'problem' | 'heading' | 'total' | 'footnote' | 'details' | 'numberOnly';

export interface PlannedRow {
  row: number;
  kind: RowKind;
  /** For a row that is not a problem: its text as typed (the cells joined), for the report. */
  text?: string;
  /** For a row that is not a problem: the column of its first cell. */
  column?: number;
  /** For a problem: the headings it sits under, outermost first, as typed. */
  path?: string[];
  /** For a problem under a heading: the outermost heading's title (一、党的领导方面（共5项） → 党的领导方面). */
  category?: string;
}

export interface Section {
  row: number;
  /** As typed. */
  text: string;
  heading: Heading;
  /** 0 for the outermost style met, 1 for the next… */
  level: number;
  /** Problems found under it (sub-sections included). */
  problems: number;
}

export interface RowPlan {
  rows: PlannedRow[];
  sections: Section[];
}

export interface RowPlanInput {
  reader: SheetReader;
  /** The first row under the header. */
  firstRow: number;
  /** The columns read (named or not), 1-based. */
  columns: readonly number[];
  /** 序号 / 问题编号 columns: a row with values only there is a number, not a problem. */
  counterColumns: ReadonlySet<number>;
  /** Where a heading may be typed alone: the 序号 and 问题 columns, and the first column. */
  headingColumns: ReadonlySet<number>;
  /** True for what fills no cell (empty, or a placeholder such as / or 无). */
  isEmpty: (v: CellValue) => boolean;
}

interface Own {
  column: number;
  text: string;
  value: CellValue;
  across: boolean;
}

function ownCells(input: RowPlanInput, row: number): Own[] {
  const out: Own[] = [];
  for (const c of input.columns) {
    const value = input.reader.raw(row, c);
    if (input.isEmpty(value)) continue;
    const m = input.reader.mergeAt(row, c);
    out.push({ column: c, text: cellText(value), value, across: !!m && m.right > m.left });
  }
  return out;
}

/** A sentence, not a title: headings numbered 1. or （1） are short and carry no sentence punctuation. */
function isSentence(text: string): boolean {
  return text.length > 40 || /[，,。；;]/.test(text);
}

/** `一、党的领导方面` then `5` or `5项` in another cell: the heading and the count it announces. */
function countedHeading(own: Own[]): Heading | null {
  const [first, second] = own;
  if (typeof first.value !== 'string') return null;
  const h = parseHeading(first.text);
  if (!h || h.style === 'num' || h.style === 'numParen') return null;
  const digits =
    typeof second.value === 'number' ? String(second.value) : /^(\d{1,4})\s?[项个条处]?$/.exec(second.text)?.[1];
  return digits && Number.isInteger(Number(digits)) ? { ...h, count: Number(digits) } : null;
}

/** A row that is a heading, with its heading; null when it is not one. */
function headingOf(input: RowPlanInput, own: Own[]): Heading | null {
  if (own.length === 1) {
    const [cell] = own;
    if (typeof cell.value !== 'string') return null;
    const h = parseHeading(cell.text);
    if (cell.across && cell.text.length <= MAX_HEADING) return h ?? plainHeading(cell.text);
    if (!h || !input.headingColumns.has(cell.column)) return null;
    if ((h.style === 'num' || h.style === 'numParen') && isSentence(h.title)) return null;
    return h;
  }
  if (own.length === 2) {
    // 一、党的领导方面 | 5项: a heading with its count in a cell of its own.
    const counted = countedHeading(own);
    if (counted) return counted;
    // 一 | 党的领导方面: the outline number in the 序号 cell, the heading's text beside it.
    const [num, text] = own;
    if (!input.headingColumns.has(num.column) || typeof text.value !== 'string') return null;
    if (!isOutlineNumber(num.text) || text.text.length > MAX_HEADING) return null;
    const style: HeadingStyle = /^[(（]/.test(num.text) ? 'cnParen' : 'cn';
    return { ...plainHeading(text.text), style };
  }
  return null;
}

function isDetailsRow(own: Own[]): boolean {
  return own.every((c) => {
    const d = parseDetailText(c.text);
    return !!d && !d.prefix && d.pairs.every((p) => isKnownLabel(p.label));
  });
}

/** A row that is part of the table's frame rather than its data: details, a footnote, a total; null otherwise. */
function frameKind(own: Own[], footer: boolean): RowKind | null {
  if (isDetailsRow(own)) return 'details';
  if (own.length === 1 && isFootnoteStart(own[0].text)) return 'footnote';
  // The notes go on over several rows (1.… 2.…), each typed in one cell.
  if (footer && own.length === 1) return 'footnote';
  if (own.slice(0, 2).some((c) => typeof c.value === 'string' && isTotalLabel(c.text))) return 'total';
  return null;
}

class Outline {
  readonly sections: Section[] = [];
  private readonly styles: HeadingStyle[] = [];
  private stack: Section[] = [];

  open(row: number, text: string, heading: Heading): void {
    if (!this.styles.includes(heading.style)) this.styles.push(heading.style);
    const level = this.styles.indexOf(heading.style);
    const section: Section = { row, text, heading, level, problems: 0 };
    this.stack = this.stack.filter((s) => s.level < level);
    this.stack.push(section);
    this.sections.push(section);
  }

  place(row: PlannedRow): void {
    if (!this.stack.length) return;
    for (const s of this.stack) s.problems++;
    row.path = this.stack.map((s) => s.text);
    row.category = this.stack[0].heading.title;
  }
}

/** Reads every row under the header: what it is, and the sections the problems sit in. */
export function planRows(input: RowPlanInput): RowPlan {
  const rows: PlannedRow[] = [];
  const outline = new Outline();
  let footer = false;
  for (let r = input.firstRow; r <= input.reader.rowCount; r++) {
    const own = ownCells(input, r);
    if (!own.length) continue;
    const text = own.map((c) => c.text).join(' ');
    const frame = frameKind(own, footer);
    if (frame !== 'details') footer = frame === 'footnote';
    const heading = frame ? null : headingOf(input, own);
    if (heading) {
      outline.open(r, text, heading);
      rows.push({ row: r, kind: 'heading', text, column: own[0].column });
      continue;
    }
    const kind = frame ?? (own.every((c) => input.counterColumns.has(c.column)) ? 'numberOnly' : 'problem');
    if (kind !== 'problem') {
      rows.push({ row: r, kind, text, column: own[0].column });
      continue;
    }
    const planned: PlannedRow = { row: r, kind };
    outline.place(planned);
    rows.push(planned);
  }
  return { rows, sections: outline.sections };
}
