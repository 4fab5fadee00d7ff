/**
 * A problem is the sum of its measures, and people write them down in three
 * ways: one per row under the problem cell merged down, one per row with the
 * problem cells left blank below it, or as numbered lines in one cell
 * (`1.… 2.…`, `（1）…（2）…`, `①…②…`). Each measure becomes its own task.
 * Both readers here are linear scans: no pattern can backtrack on a long cell.
 */
import type { CellValue } from '../core/cells';
import { type FileState, columnFor } from './context';
import { cellText } from './header';
import { isPlaceholder } from './values';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Characters after which a number starts an item: a new line, a space, the end of a sentence or clause. */
const BEFORE_ITEM = new Set(['\n', '\r', ' ', '\t', '\u3000', '；', ';', '。', '，', ',', '、']);
const AFTER_NUMBER = new Set(['.', '．', '、', ')', '）']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The length of an item marker numbered n at position i (`3.`, `3、`, `(3)`, `（3）`, `③`), or 0. */
function markerAt(text: string, i: number, n: number): number {
  const c = text[i];
  if (CIRCLED.indexOf(c) === n - 1) return 1;
  const open = c === '(' || c === '（';
  let j = open ? i + 1 : i;
  const start = j;
  while (isDigit(text[j]) && j - start < 3) j++;
  if (j === start || Number(text.slice(start, j)) !== n || isDigit(text[j])) return 0;
  const close = text[j];
  if (open) return close === ')' || close === '）' ? j + 1 - i : 0;
  // `2.5万元` is an amount, not item 2.
  if (!AFTER_NUMBER.has(close) || ((close === '.' || close === '．') && isDigit(text[j + 1]))) return 0;
  return j + 1 - i;
}

/**
 * The numbered items of a cell, each as typed (its number kept), when the cell holds two or more numbered in order
 * from 1 at its start; otherwise null (one item, or numbers that are not a list).
 */
export function splitNumbered(value: CellValue | undefined): string[] | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!markerAt(text, 0, 1)) return null;
  const starts = [0];
  for (let i = 1; i < text.length; i++) {
    // ① ② … and （2） mark an item wherever they stand; a bare digit only after a space, a line break or a clause's end.
    const selfMarked = CIRCLED.indexOf(text[i]) >= 0 || text[i] === '（' || text[i] === '(';
    if (!BEFORE_ITEM.has(text[i - 1]) && !selfMarked) continue;
    if (markerAt(text, i, starts.length + 1)) starts.push(i);
  }
  if (starts.length < 2) return null;
  return starts.map((s, k) => trimItem(text.slice(s, starts[k + 1] ?? text.length)));
}

/** An item without the separator that ended it (`；`, a line break). */
function trimItem(item: string): string {
  let end = item.length;
  while (end > 0 && (BEFORE_ITEM.has(item[end - 1]) || item[end - 1] === '；')) end--;
  return item.slice(0, end);
}

/** Problem columns whose value starts a new problem (a measure row repeats none of them). */
const PROBLEM_ONLY = new Set(['id', 'description', 'category', 'round', 'feedbackDate', 'severity', 'kind']);

/** The cell is inside a merge that starts in an earlier data row. */
function mergedFromAbove(f: FileState, r: number, column: number): boolean {
  const m = f.reader.mergeAt(r, column);
  return !!m && m.top < r && m.top > f.header.lastRow;
}

function blank(f: FileState, r: number, column: number): boolean {
  return isPlaceholder(f.reader.value(r, column));
}

/** A row under a problem that names no problem of its own but something a measure has (a blank-below measure). */
function blankBelow(f: FileState, r: number, unit: string): boolean {
  const desc = columnFor(f, 'problems', 'description');
  if (!desc || !blank(f, r, desc.column)) return false;
  for (const m of f.mapping) {
    if (blank(f, r, m.column)) continue;
    const keys = m.targets.filter((t) => t.sheet === 'problems').map((t) => t.key);
    if (keys.some((k) => PROBLEM_ONLY.has(k))) return false;
    // The unit repeated on every row says nothing; another unit is another problem.
    if (keys.includes('inspectedUnit') && cellText(f.reader.value(r, m.column)) !== unit) return false;
  }
  return f.mapping.some(
    (m) => m.targets.some((t) => t.sheet === 'tasks' && t.key !== 'problemId') && !blank(f, r, m.column),
  );
}

/**
 * Whether row r is a further measure of the problem above it: its ID cell merged down from that problem, its
 * description merged down (and no ID of its own, or only a row counter), or the problem's cells left blank.
 */
export function isFurtherMeasure(f: FileState, r: number): boolean {
  if (!f.lastProblem && !f.skipped) return false;
  const id = f.idCol;
  if (id && mergedFromAbove(f, r, id.column)) return true;
  const idBlank = !id || blank(f, r, id.column);
  const desc = columnFor(f, 'problems', 'description');
  if (desc && mergedFromAbove(f, r, desc.column)) return idBlank || !!f.idIsCounter;
  if (!idBlank) return false;
  const top = f.lastProblem?.source.row ?? f.skipped!.row;
  const unit = f.unitCol ? cellText(f.reader.value(top, f.unitCol.column)) : '';
  return blankBelow(f, r, unit);
}
