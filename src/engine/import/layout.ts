/**
 * A source sheet's structure as import uses it (the rules are in
 * src/engine/sheetLayout): which rows are problems and under which section
 * heading, the file's details (its unit, its date), the responsible units of
 * a group (整改责任单位 over 建设 / 设计 / 施工 / 监理) with their roles, and
 * the extra columns that hold dates.
 */
import type { CellValue } from '../core/cells';
import { isCellError } from '../core/cells';
import { toExcelSerial } from '../rules/excelSerial';
import { LIST_SHEETS } from '../schema/listSheets';
import { RESPONSIBILITIES } from '../schema/responsibilities';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { toHalfWidth } from '../core/text';
import { type Detail, type PlannedRow, type RowPlan, detailDate, planRows } from '../sheetLayout';
import type { HeaderColumn, HeaderInfo, SheetReader } from './header';
import type { ColumnMapping } from './mapping';
import { isPlaceholder } from './values';

export interface FileLayout {
  /** The file's own name (a sheet of a workbook with several ledgers is read under `file › sheet`). */
  workbook: string;
  details: Detail[];
  titles: string[];
  plan: RowPlan;
  byRow: Map<number, PlannedRow>;
  /** Columns of responsible units in a group (整改责任单位/施工): column → role (施工). */
  roles: Map<number, string>;
  /** Extra columns whose header names a date: their values are read as dates. */
  dateExtras: Set<number>;
}

/** The column that keeps the section heading a problem sat under, as typed. */
export const SECTION_COLUMN = { zh: '原分组', en: 'Section (as typed)' } as const;

/** Header columns inside a header cell merged across (整改措施与要求 over I:M) are one column, unless typed into. */
export function dropCoveredColumns(reader: SheetReader, header: HeaderInfo): void {
  header.columns = header.columns.filter((c) => {
    if (c.coveredBy === undefined) return true;
    for (let r = header.lastRow + 1; r <= reader.rowCount; r++)
      if (!isPlaceholder(reader.raw(r, c.column))) return true;
    return false;
  });
}

function namesAnyColumn(text: string): boolean {
  return LIST_SHEETS.some((s) => matchColumn(s, text) !== undefined);
}

/**
 * Responsible units in a group: a header group meaning 责任单位 over sub-heads that are no column of ours (建设 /
 * 设计 / 施工 / 监理) — each sub-head is a role, each cell a unit (or a tick: then the role is the unit).
 */
export function roleColumns(columns: readonly HeaderColumn[], mapped: ReadonlySet<string>): Map<number, string> {
  const byGroup = new Map<string, HeaderColumn[]>();
  for (const c of columns) {
    if (c.parts.length < 2 || mapped.has(normalizeHeader(c.text))) continue;
    const role = c.parts[c.parts.length - 1];
    const group = c.parts[c.parts.length - 2];
    if (matchColumn(RESPONSIBILITIES, group)?.key !== 'unit' || namesAnyColumn(role)) continue;
    byGroup.set(group, [...(byGroup.get(group) ?? []), c]);
  }
  const roles = new Map<number, string>();
  for (const cols of byGroup.values()) {
    if (cols.length < 2) continue;
    for (const c of cols) roles.set(c.column, c.parts[c.parts.length - 1]);
  }
  return roles;
}

/** The mapping of role columns: each feeds 责任清单.责任单位, matched by its group's name. */
export function roleMappings(columns: readonly HeaderColumn[], roles: ReadonlyMap<number, string>): ColumnMapping[] {
  return columns
    .filter((c) => roles.has(c.column))
    .map((c) => ({
      column: c.column,
      header: c.text,
      targets: [{ sheet: 'responsibilities' as const, key: 'unit' }],
      how: 'alias' as const,
      matchedAs: c.parts[c.parts.length - 2],
    }));
}

const COUNTER_HEADERS = new Set(['序号', '编号', '序', 'no', 'no.', 'number', '#']);

function lastPart(m: ColumnMapping, header: HeaderInfo): string {
  const col = header.columns.find((c) => c.column === m.column);
  return col?.parts[col.parts.length - 1] ?? m.header;
}

const DATE_WORDS = ['日期', '时间', 'date'];

/** An extra column whose header names a date (复查日期, 检查时间, 督办日期): its serials and typed dates are dates. */
function isDateHeader(text: string): boolean {
  const s = toHalfWidth(text).toLowerCase();
  return text.length <= 30 && DATE_WORDS.some((w) => s.includes(w));
}

export function planLayout(
  reader: SheetReader,
  header: HeaderInfo,
  mapping: readonly ColumnMapping[],
  workbook: string,
  roles: Map<number, string>,
): FileLayout {
  const counterColumns = new Set<number>();
  const headingColumns = new Set<number>([1]);
  if (mapping[0]) headingColumns.add(mapping[0].column);
  const dateExtras = new Set<number>();
  for (const m of mapping) {
    const part = lastPart(m, header);
    const isId = m.targets.some((t) => t.sheet === 'problems' && t.key === 'id');
    if (isId || COUNTER_HEADERS.has(normalizeHeader(part))) {
      counterColumns.add(m.column);
      headingColumns.add(m.column);
    }
    if (m.targets.some((t) => t.sheet === 'problems' && t.key === 'description')) headingColumns.add(m.column);
    if (!m.targets.length && isDateHeader(part)) dateExtras.add(m.column);
  }
  const plan = planRows({
    reader,
    firstRow: header.lastRow + 1,
    columns: mapping.map((m) => m.column),
    counterColumns,
    headingColumns,
    isEmpty: isPlaceholder,
  });
  const byRow = new Map<number, PlannedRow>();
  for (const p of plan.rows) byRow.set(p.row, p);
  const titles = header.titles.map((t) => t.text);
  return { workbook, details: header.details, titles, plan, byRow, roles, dateExtras };
}

/** A value of a date extra column as a date serial (43613, 43613.4375, 2019.5.28, 2019-05-28 10:00), or null. */
export function extraDate(raw: CellValue): number | null {
  if (raw === null || typeof raw === 'boolean' || isCellError(raw)) return null;
  if (typeof raw === 'number' && !(raw >= 1)) return null;
  const iso = detailDate(raw);
  return iso ? toExcelSerial(iso) : null;
}

/** What a cell of a role column says: a unit's name, or a tick meaning the role itself is responsible. */
const TICKS = new Set(['√', '✓', '✔', '☑', '●', '★', '是', 'y', 'yes']);

export interface RoleUnit {
  column: number;
  role: string;
  unit: string;
}

export function roleUnit(column: number, role: string, raw: CellValue): RoleUnit {
  const text = isCellError(raw) ? raw.error : String(raw).trim();
  return { column, role, unit: TICKS.has(text.toLowerCase()) ? role : text };
}

/**
 * The units of a problem's group into its responsibilities: the first goes into the row's own responsibility when
 * that names no unit (its role in 职责分工), each other one is returned as a responsibility of its own.
 */
export function roleResponsibilities(
  resp: Record<string, CellValue>,
  units: readonly RoleUnit[],
): Record<string, CellValue>[] {
  const rest = [...units];
  if (rest.length && !resp.unit) {
    const first = rest.shift()!;
    resp.unit = first.unit;
    if (!resp.duty) resp.duty = first.role;
  }
  return rest.map((u) => ({ unit: u.unit, duty: u.role }));
}

/** The rows read as problems (or further measures of one), in order. */
export function problemRows(layout: FileLayout): number[] {
  const rows: number[] = [];
  for (const p of layout.plan.rows) if (p.kind === 'problem') rows.push(p.row);
  return rows;
}
