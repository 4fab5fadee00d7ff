/**
 * A ledger's columns and the block above its data: title rows, `label：value`
 * rows, and a header of one to four rows (groups over sub-heads, the other
 * header cells merged down). One layout serves every sheet of a workbook, as
 * one template serves every unit or year of an office.
 */
import { SheetBuilder, text } from './builder';
import type { Rng } from './random';
import type { ShapeOptions } from './shapes';
import type { ManifestColumn, SheetDetail } from './types';
import { HEADERS, LEADERS, PEOPLE, ROLE_UNITS, STATUS_WORDS, SUBTITLES, TITLES } from './vocab';

export interface Column {
  role: string;
  /** Header parts from the top header row down: groups, then the column's own name. */
  parts: string[];
  /** Columns the cell spans (a measure merged across several columns). */
  span: number;
  /** 'measure' columns hold a value per measure; the others one per problem. */
  level: 'problem' | 'measure';
  /** First sheet column (1-based). */
  index: number;
}

export interface Layout {
  columns: Column[];
  width: number;
  /** Header rows (1–4). */
  headerRows: number;
  /** Rows each header level takes, top down (a group may be merged down over two rows, as the leaves may). */
  levelRows: number[];
  /** Names of the status column's words. */
  statusWords: string[];
}

const MEASURE_ROLES = new Set(['measure', 'respUnit', 'person', 'timeLimit', 'progress']);
export const ROLES_OF_UNITS = Object.keys(ROLE_UNITS);
const HAZARD_STATUS_HEADERS = ['隐患状态', '整改情况', '销号情况', '整改状态'];

/** Which columns a ledger keeps (the shape forces the ones it needs). */
function chooseRoles(rng: Rng, o: ShapeOptions): string[] {
  const p = (x: number) => rng.chance(x);
  const roles: string[] = [];
  const add = (role: string, on: boolean | undefined) => on && roles.push(role);
  add('seq', o.sections || o.numberOnlyRows || o.blankDescriptions || o.formulas || p(0.7));
  add('id', o.duplicateIds || p(0.4));
  add('unit', p(o.labelValues ? 0.4 : 0.6));
  add('category', o.ownCategory || (!o.sections && p(0.2)));
  add('description', true);
  add('feedbackDate', o.formulas || o.mixedDates || p(o.labelValues ? 0.4 : 0.7));
  add('measure', o.measuresInRows || o.measuresInCell || o.mergedMeasure || p(0.9));
  add('leader', o.groupedHeader || p(0.5));
  add('person', o.groupedHeader || p(0.6));
  add('respUnit', p(0.5));
  if (o.groupedHeader && p(0.6)) roles.push(...ROLES_OF_UNITS.map((r) => `roleUnit:${r}`));
  add('timeLimit', p(0.6));
  add('progress', p(0.5));
  add('status', o.hazardStatus || p(0.8));
  add('reviewer', o.fieldWords ? p(0.6) : p(0.15));
  add('reviewDate', o.fieldWords && p(0.6));
  add('reviewResult', o.fieldWords ? p(0.6) : p(0.15));
  add('notes', p(0.4));
  add('extra', o.formulas || p(0.5));
  add('extraDate', o.mixedDates && p(0.8));
  return roles;
}

function headerName(rng: Rng, role: string, o: ShapeOptions): string {
  if (role.startsWith('roleUnit:')) return role.slice('roleUnit:'.length);
  if (role === 'status' && o.hazardStatus) return rng.pick(HAZARD_STATUS_HEADERS);
  const words = HEADERS[role];
  if (o.fieldWords && words.field?.length && (rng.chance(0.75) || !words.known.length)) return rng.pick(words.field);
  if (!words.known.length) return rng.pick(words.field!);
  return o.knownSynonyms ? rng.pick(words.known) : words.known[0];
}

/** Groups over sub-heads (整改责任 over 责任领导/责任人, 整改责任单位 over 建设/设计/施工/监理, 整改落实情况 over all). */
function groupColumns(rng: Rng, columns: Column[], headerRows: number): void {
  const leader = columns.find((c) => c.role === 'leader');
  const person = columns.find((c) => c.role === 'person');
  if (leader && person) for (const c of [leader, person]) c.parts.unshift('整改责任');
  for (const c of columns) if (c.role.startsWith('roleUnit:')) c.parts.unshift('整改责任单位');
  if (headerRows >= 3 && rng.chance(0.6)) {
    // A top group over the whole rectification block: the columns from the measure to the status.
    const first = columns.findIndex((c) => MEASURE_ROLES.has(c.role) || c.role === 'leader');
    const last = columns.findIndex((c) => c.role === 'status');
    if (first >= 0 && last > first) for (const c of columns.slice(first, last + 1)) c.parts.unshift('整改落实情况');
  }
}

export function chooseLayout(rng: Rng, o: ShapeOptions): Layout {
  const roles = chooseRoles(rng, o);
  // Side by side, as the group needs them.
  if (roles.includes('leader') && roles.includes('person')) {
    roles.splice(roles.indexOf('person'), 1);
    roles.splice(roles.indexOf('leader') + 1, 0, 'person');
  }
  const columns: Column[] = roles.map((role) => ({
    role,
    parts: [headerName(rng, role, o)],
    span: role === 'measure' && o.mergedMeasure ? rng.int(2, 5) : 1,
    level: MEASURE_ROLES.has(role) ? 'measure' : 'problem',
    index: 0,
  }));
  let headerRows = 1;
  if (o.groupedHeader) {
    headerRows = rng.int(2, 4);
    groupColumns(rng, columns, headerRows);
  }
  // The rows a level takes: one each, the header's spare rows given to any level (the four-row header:
  // 整改责任单位 merged over two rows, 建设/设计/施工/监理 over the next two).
  const depth = columns.reduce((n, c) => Math.max(n, c.parts.length), 1);
  const levelRows = new Array<number>(depth).fill(1);
  for (let k = depth; k < headerRows; k++) levelRows[rng.int(0, depth - 1)]++;
  let index = 1;
  for (const c of columns) {
    c.index = index;
    index += c.span;
  }
  const status = columns.find((c) => c.role === 'status');
  const statusName = status?.parts[status.parts.length - 1] ?? '';
  const statusWords = o.hazardStatus
    ? [...(STATUS_WORDS[statusName] ?? []), '开放', '关闭', '已整改', '未整改', '待整改', '已销号', '现场处置']
    : (STATUS_WORDS[statusName] ?? STATUS_WORDS['整改状态']);
  return { columns, width: index - 1, headerRows, levelRows, statusWords };
}

export const leafOf = (c: Column) => c.parts[c.parts.length - 1];
export const headerOf = (c: Column) => c.parts.join('/');
export const columnOf = (l: Layout, role: string) => l.columns.find((c) => c.role === role);

/** The header rows: each group across its columns (and down the rows of its level), each name merged down to the last header row. */
export function writeHeader(b: SheetBuilder, l: Layout, bold: boolean): ManifestColumn[] {
  const top = b.next();
  const bottom = top + l.headerRows - 1;
  const starts = l.levelRows.map((_, i) => top + l.levelRows.slice(0, i).reduce((n, x) => n + x, 0));
  for (let level = 0; level < l.levelRows.length; level++) {
    const r = starts[level];
    let k = 0;
    while (k < l.columns.length) {
      const c = l.columns[k];
      if (c.parts.length - 1 === level) {
        b.set(r, c.index, text(leafOf(c)), { bold, wrap: true });
        b.merge(r, c.index, bottom, c.index + c.span - 1);
        k++;
        continue;
      }
      if (c.parts.length - 1 < level) {
        k++;
        continue;
      }
      // A group: the run of columns sharing its parts down to this level.
      const key = c.parts.slice(0, level + 1).join('/');
      let end = k;
      while (end + 1 < l.columns.length && l.columns[end + 1].parts.slice(0, level + 1).join('/') === key) end++;
      const last = l.columns[end];
      b.set(r, c.index, text(c.parts[level]), { bold, wrap: true });
      b.merge(r, c.index, r + l.levelRows[level] - 1, last.index + last.span - 1);
      k = end + 1;
    }
  }
  for (let r = top; r <= bottom; r++) b.note(r, 'header', l.columns.map(headerOf).join(' '));
  b.row = bottom;
  return l.columns.map((c) => ({ sheet: b.name, column: c.index, parts: c.parts, role: c.role }));
}

/** One or two title lines, merged across the width or not, sometimes a blank row under them. */
export function writeTitles(rng: Rng, b: SheetBuilder, width: number): void {
  const lines = [rng.pick(TITLES)];
  if (rng.chance(0.4)) lines.push(rng.pick(SUBTITLES));
  const merged = rng.chance(0.6);
  for (const line of lines) {
    const r = b.next();
    b.set(r, 1, text(line), { bold: true });
    if (merged) b.merge(r, 1, r, width);
    b.note(r, 'title', line);
  }
  if (rng.chance(0.3)) b.next();
}

export interface SheetFacts {
  unit: string;
  unitLabel: string;
  person: string;
  date: { iso: string; typed: string; label: string };
}

/** `label：value` rows above the header, in the ways offices type them. */
export function writeLabels(rng: Rng, b: SheetBuilder, width: number, f: SheetFacts): SheetDetail[] {
  const unit = `${f.unitLabel}：${f.unit}`;
  const person = `填报人：${f.person}`;
  const date = `${f.date.label}：${f.date.typed}`;
  const details: SheetDetail[] = [
    { sheet: b.name, label: f.unitLabel, value: f.unit, kind: 'unit' },
    { sheet: b.name, label: '填报人', value: f.person, kind: 'person' },
    { sheet: b.name, label: f.date.label, value: f.date.iso, kind: 'date' },
  ];
  const style = rng.pick(['split', 'oneCell', 'cells', 'pairs', 'stacked'] as const);
  const third = Math.max(2, Math.floor(width / 3));
  const r = b.next();
  if (style === 'split') {
    b.set(r, 1, text(`${unit}  ${person}`));
    if (rng.chance(0.5)) b.merge(r, 1, r, third);
    b.set(r, Math.max(third + 1, width - 1), text(date));
    if (rng.chance(0.5)) b.merge(r, Math.max(third + 1, width - 1), r, width);
  } else if (style === 'oneCell') {
    b.set(r, 1, text(`${unit}\u3000\u3000${person}\u3000\u3000${date}`));
    b.merge(r, 1, r, width);
  } else if (style === 'cells') {
    b.set(r, 1, text(unit));
    b.set(r, Math.min(third + 1, width), text(person));
    b.set(r, Math.min(2 * third + 1, width + 1), text(date));
  } else if (style === 'pairs') {
    b.set(r, 1, text(`${f.unitLabel}：`));
    b.set(r, 2, text(f.unit));
    b.set(r, Math.min(third + 1, width) + 1, text(`${f.date.label}：`));
    b.set(r, Math.min(third + 1, width) + 2, text(f.date.typed));
  } else {
    // The case: each label row merged across the sheet, right above the header.
    b.set(r, 1, text(`${unit}  ${person}`));
    b.merge(r, 1, r, width);
    const r2 = b.next();
    b.set(r2, 1, text(date));
    b.merge(r2, 1, r2, width);
    b.note(r2, 'label', date);
  }
  b.note(r, 'label', `${unit} ${person} ${date}`);
  if (style === 'pairs') details.splice(1, 1); // no 填报人 in that style
  return details;
}

export const randomPerson = (rng: Rng) => rng.pick(PEOPLE);
export const randomLeader = (rng: Rng) => rng.pick(LEADERS);
