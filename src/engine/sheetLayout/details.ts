/**
 * The file's details as people type them above (or below) a ledger's table:
 * `项目名称：XX工程`, `填报人：王魁  填报时间：2019年6月25日`, `（反馈时间：2024年3月5日）`.
 * They say what the whole file is about — its unit, its date, who filled it
 * in — and are never part of a column's name.
 */
import { type CellValue, isCellError } from '../core/cells';
import { attempt } from '../core/errors';
import { toHalfWidth } from '../core/text';
import type { IsoDate } from '../rules/dates';
import { yearOf } from '../rules/dates';
import { parseDateText, parseDateValue } from '../rules/parseDate';

/** What a detail says about the file. */
export type DetailKind =
  /** The unit inspected (被巡察单位, 被检查单位…): the best unit for a file without a unit column. */
  | 'inspectedUnit'
  /** The project or works (项目名称, 工程名称): the unit of a site's hazard ledger. */
  | 'project'
  /** The unit that filled the file in (填报单位, 单位名称): a unit, when nothing better is said. */
  | 'fillingUnit'
  /** The day the findings were handed over (反馈时间). */
  | 'feedbackDate'
  /** The day of the inspection (检查时间, 排查日期). */
  | 'inspectionDate'
  /** The day the file was filled in (填报时间, 日期). */
  | 'fillingDate'
  /** Who filled it in, checked it, answers for it. */
  | 'person'
  | 'other';

export interface Detail {
  label: string;
  /** As typed (the next cell's value when the label's own cell has none). */
  value: CellValue;
  kind: DetailKind;
  /** Where it was typed (1-based). */
  row: number;
  column: number;
  /** The date it names, for a date detail whose value reads as one. */
  date?: IsoDate;
}

const LABELS: Record<Exclude<DetailKind, 'other'>, string[]> = {
  inspectedUnit: [
    '被巡察单位',
    '被巡视单位',
    '被检查单位',
    '受检单位',
    '被审计单位',
    '被巡察党组织',
    '被巡察党组织名称',
    '被检查部门',
  ],
  project: ['项目名称', '工程名称', '项目', '工程', '标段', '合同段'],
  fillingUnit: ['填报单位', '报送单位', '填表单位', '编制单位', '单位名称', '单位', '部门', '责任单位'],
  feedbackDate: ['反馈时间', '反馈日期', '巡察反馈时间', '巡察反馈日期', '巡视反馈时间', '反馈'],
  inspectionDate: ['检查时间', '检查日期', '排查时间', '排查日期', '巡察时间', '发现时间', '发现日期'],
  fillingDate: [
    '填报时间',
    '填报日期',
    '填表时间',
    '填表日期',
    '编制日期',
    '制表日期',
    '报送日期',
    '统计时间',
    '统计日期',
    '截止时间',
    '截止日期',
    '截至时间',
    '截至日期',
    '日期',
    '时间',
  ],
  person: [
    '填报人',
    '填表人',
    '制表人',
    '审核人',
    '负责人',
    '联系人',
    '统计人',
    '编制人',
    '审批人',
    '检查人',
    '经办人',
  ],
};

const KIND_OF = new Map<string, DetailKind>();
for (const [kind, labels] of Object.entries(LABELS)) for (const l of labels) KIND_OF.set(l, kind as DetailKind);

/** The kind of a detail by its label; a label we do not know is 'other' (kept, never a column name). */
export function detailKind(label: string): DetailKind {
  return KIND_OF.get(label.replace(/\s/g, '')) ?? 'other';
}

export const isKnownLabel = (label: string) => detailKind(label) !== 'other';

/** A details cell is a line, not a paragraph. */
const MAX_DETAILS_TEXT = 200;
const MAX_LABEL = 12;
const NOT_IN_LABEL = '()（）【】[]，,。.;；!?！？、/\\0123456789';

export interface DetailText {
  /** Text before the first label (a title typed in the same cell), trimmed. */
  prefix: string;
  pairs: { label: string; value: string }[];
}

function labelAt(token: string): { label: string; value: string } | null {
  let k = -1;
  for (let i = 0; i < token.length && i <= MAX_LABEL; i++) {
    if (token[i] === ':' || token[i] === '：') {
      k = i;
      break;
    }
  }
  if (k < 1) return null;
  const label = token.slice(0, k);
  for (const ch of label) if (NOT_IN_LABEL.includes(ch)) return null;
  return { label, value: token.slice(k + 1) };
}

/**
 * The `label：value` pairs of a cell's text, several to a line (`填报人：王魁  填报时间：2019年6月25日`), or null
 * when it has none. A scan of the words: no pattern that backtracks.
 */
export function parseDetailText(text: string): DetailText | null {
  if (!text || text.length > MAX_DETAILS_TEXT) return null;
  let s = text.trim();
  if ('(（'.includes(s[0] ?? '') && ')）'.includes(s[s.length - 1] ?? '')) s = s.slice(1, -1);
  const prefix: string[] = [];
  const pairs: { label: string; value: string }[] = [];
  for (const token of s.split(/\s+/)) {
    if (!token) continue;
    const pair = labelAt(token);
    if (pair) pairs.push(pair);
    else if (pairs.length) {
      const last = pairs[pairs.length - 1];
      last.value = last.value ? `${last.value} ${token}` : token;
    } else prefix.push(token);
  }
  if (!pairs.length) return null;
  return { prefix: prefix.join(' '), pairs };
}

/** Dates outside these years are a typing slip, not the file's date. */
const PLAUSIBLE = [1990, 2100];

/** The date a detail's value names: a date cell, or text such as 2019年6月25日, 2019-06-25 10:30; null otherwise. */
export function detailDate(value: CellValue): IsoDate | null {
  if (value === null || typeof value === 'boolean' || isCellError(value)) return null;
  let iso: IsoDate | null = null;
  if (typeof value === 'number') {
    const r = attempt(() => parseDateValue(value));
    iso = r.ok ? r.value : null;
  } else iso = parseDateText(dropTime(toHalfWidth(value).replace(/\s+/g, ' ').trim()).replace(/\s/g, ''));
  if (!iso) return null;
  const y = yearOf(iso);
  return y >= PLAUSIBLE[0] && y <= PLAUSIBLE[1] ? iso : null;
}

/** '2019-06-25 10:30:00' → '2019-06-25': a time of day after a typed date is dropped (the day is what counts). */
export function dropTime(text: string): string {
  const space = text.indexOf(' ');
  if (space < 0) return text;
  const time = text.slice(space + 1);
  return /^\d{1,2}:\d{2}(:\d{2})?$/.test(time) ? text.slice(0, space) : text;
}

const DATE_KINDS: DetailKind[] = ['feedbackDate', 'inspectionDate', 'fillingDate'];
const UNIT_KINDS: DetailKind[] = ['inspectedUnit', 'project', 'fillingUnit'];

/** The file's date among its details, best first: a feedback date, then an inspection date, then a filling date. */
export function fileDate(details: readonly Detail[]): Detail | undefined {
  for (const kind of DATE_KINDS) {
    const d = details.find((x) => x.kind === kind && x.date);
    if (d) return d;
  }
  return undefined;
}

/** `单位：万元` above a table of amounts names the unit of measure, not an organisation. */
const MEASURE_UNITS = new Set([
  '元',
  '万元',
  '千元',
  '百万元',
  '亿元',
  '个',
  '项',
  '条',
  '人',
  '次',
  '户',
  '吨',
  '米',
  '平方米',
  '%',
]);

function namesUnit(d: Detail): boolean {
  if (typeof d.value !== 'string') return false;
  const v = d.value.trim();
  return v !== '' && !MEASURE_UNITS.has(v);
}

/** The file's unit among its details: the unit inspected, else the project, else the unit that filled it in. */
export function fileUnit(details: readonly Detail[]): Detail | undefined {
  for (const kind of UNIT_KINDS) {
    const d = details.find((x) => x.kind === kind && namesUnit(x));
    if (d) return d;
  }
  return undefined;
}
