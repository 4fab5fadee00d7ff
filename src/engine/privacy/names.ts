/**
 * The people a workbook names: every value of a column whose header says it
 * holds people — 责任人, 领导, 签收人, 跟踪人, 联系人, 审核人 (and 负责人,
 * 经办人; Person, Leader, Official, Signed by, Followed by, Contact, Reviewer)
 * — on any sheet, plus the person fields of the lists as the reader reads
 * them (whatever their headers are called). The hidden helper sheets are not
 * read: `_log`'s 操作人 are the file's users, not people it names. A cell may
 * hold several (张三、李四 / 张三（科长）/ 张 三): it is split into names; a bare title
 * (局长), or a unit of the workbook (责任单位, 被巡察单位, 移交对象 …) that reads
 * like one (办公室, 财务科: an organisation's last character), is not a
 * person's name and is not withheld — a person's name typed as a unit is.
 */
import { type CellValue, valueText } from '../core/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { ParsedWorkbook } from '../read/records';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { foldForMatching } from './fold';

const PERSON_HEADERS = [
  '责任人',
  '领导',
  '签收人',
  '跟踪人',
  '联系人',
  '审核人',
  '负责人',
  '经办人',
  'person',
  'leader',
  'official',
  'signed by',
  'followed by',
  'tracker',
  'contact',
  'reviewer',
];

/** Titles alone, which are nobody in particular. */
const TITLES = new Set(
  '局长 副局长 处长 副处长 科长 副科长 主任 副主任 书记 副书记 部长 副部长 组长 副组长 同志 领导 负责人 主要负责人 分管领导 班子成员 无 暂无 待定'.split(
    ' ',
  ),
);

/** The last character of an organisation's name (办公室, 财务科, 市住建局, 纪委监委, 组织部门 …). */
const UNIT_ENDINGS = new Set([...'室科局处部委办厅院所队站组会司门心府道社馆校团区县市镇乡村']);

const HELPER_SHEETS = new Set(Object.values(HELPER_SHEET_NAMES));

/** Rows searched for a header on a sheet the reader does not know (import looks as far). */
const HEAD_ROWS = 30;

const isCjk = (c: string) => c >= '\u3400' && c <= '\u9fff';
const isNameMark = (c: string) => c === '·' || c === '•';

/** A header cell naming people: short, and one of the words above in it. */
function isPersonHeader(v: CellValue | undefined): boolean {
  const h = foldForMatching(valueText(v ?? null))
    .replace(/\s+/g, ' ')
    .trim();
  return h.length > 0 && h.length <= 16 && PERSON_HEADERS.some((w) => h.includes(w));
}

/** A piece of a cell that is a name: 2–8 Chinese characters (· allowed), or a Latin word of 2–40 letters. */
function asName(piece: string): string | null {
  let p = piece.trim();
  if (p.endsWith('同志')) p = p.slice(0, -2);
  if (p.length < 2 || TITLES.has(p)) return null;
  if ([...p].every((c) => isCjk(c) || isNameMark(c))) return p.length <= 8 && [...p].some(isCjk) ? p : null;
  return /^[A-Za-z][A-Za-z'.-]{1,39}$/.test(p) ? p : null;
}

/** The names in one cell: split at list marks and brackets; "张 三" (a name spaced out) is one name. */
export function namesInCell(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[、，,;；/|()（）【】[\]:：\n\r\t]/)) {
    const words = part.trim().split(/\s+/);
    const spaced = words.length > 1 && words.every((w) => w.length === 1 && isCjk(w));
    for (const w of spaced ? [words.join('')] : words) {
      const name = asName(w);
      if (name) out.push(name);
    }
  }
  return out;
}

/** The header row of a sheet the reader does not know: the first of its head with three or more short texts. */
function headerRowOf(sheet: SheetSnapshot): number {
  const last = Math.min(sheet.values.length, HEAD_ROWS);
  for (let r = 0; r < last; r++) {
    const cells = sheet.values[r] ?? [];
    let texts = 0;
    for (const v of cells) if (typeof v === 'string' && v.trim() && v.length <= 16) texts++;
    if (texts >= 3 && cells.some(isPersonHeader)) return r + 1;
  }
  return 0;
}

/** Every value below a person header of a sheet (the reader's header row for a list, else the one found). */
function sheetNames(sheet: SheetSnapshot, headerRow: number, add: (text: string) => void): void {
  const header = sheet.values[headerRow - 1] ?? [];
  const columns: number[] = [];
  header.forEach((v, c) => isPersonHeader(v) && columns.push(c));
  for (let r = headerRow; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (row) for (const c of columns) if (row[c] !== null && row[c] !== undefined) add(valueText(row[c]));
  }
}

/** The units of the workbook: a name equal to one of them is a unit, not a person. */
function unitsOf(data: ParsedWorkbook): Set<string> {
  const units = new Set<string>();
  const add = (s: string) => s && units.add(s.trim());
  for (const r of data.responsibilities) {
    add(r.unit);
    for (const u of r.supportUnits.split(/[、，,;；\s]/)) add(u);
  }
  for (const t of data.tasks) add(t.unit);
  for (const p of data.problems) add(p.inspectedUnit);
  for (const c of data.clues) add(c.receiver);
  for (const r of data.reports) add(r.unit);
  return units;
}

/** The names of the people a workbook names, each once. */
export function personNames(data: ParsedWorkbook, snapshot: WorkbookSnapshot): string[] {
  const names = new Set<string>();
  const add = (text: string) => {
    for (const n of namesInCell(text)) names.add(n);
  };
  for (const r of data.responsibilities) [r.leader, r.person].forEach(add);
  for (const t of data.tasks) add(t.person);
  for (const p of data.problems) add(p.reviewer);
  for (const c of data.clues) [c.signer, c.tracker].forEach(add);
  for (const r of data.reports) add(r.reviewer);
  const listHeader = new Map(Object.values(data.mappings).map((m) => [m!.sheet, m!.headerRow]));
  for (const sheet of snapshot.sheets) {
    if (HELPER_SHEETS.has(sheet.name)) continue;
    const headerRow = listHeader.get(sheet.name) ?? headerRowOf(sheet);
    if (headerRow) sheetNames(sheet, headerRow, add);
  }
  const units = unitsOf(data);
  return [...names].filter((n) => !(units.has(n) && UNIT_ENDINGS.has(n[n.length - 1])));
}
