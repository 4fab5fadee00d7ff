/**
 * Who owns which column of a distributed package: the unit fills a few
 * columns of each sheet (open: unlocked in the package, taken back by
 * collect); every other column is the office's (locked, fingerprinted, a
 * change to it is refused). The 预警 column is computed and rewritten by
 * refresh every day: it is shown but neither fingerprinted nor taken back.
 */
import type { CellValue } from '../core/cells';
import { valueText } from '../core/cells';
import type { Bilingual } from '../schema/sheets';
import type { ListSheetDef } from '../schema/columns';
import { PROBLEMS } from '../schema/problems';
import { REPORTS } from '../schema/reports';
import { TASKS } from '../schema/tasks';
import { readDateCell } from '../rules/parseDate';

import type { PackageSheetId } from '../read/distribution';

export type { PackageSheetId } from '../read/distribution';

export const PACKAGE_SHEETS: readonly { id: PackageSheetId; def: ListSheetDef<'problems' | 'tasks' | 'reports'> }[] = [
  { id: 'problems', def: PROBLEMS as ListSheetDef<'problems'> },
  { id: 'tasks', def: TASKS as ListSheetDef<'tasks'> },
  { id: 'reports', def: REPORTS },
];

/**
 * The extension request a unit may type on a problem (申请延期). These
 * columns exist in the package only: collect hands what is typed in them to
 * the extension register, it never writes them into 问题清单.
 */
export interface ExtraColumn {
  key: string;
  header: Bilingual;
  type: 'date' | 'text';
  width: number;
  note: Bilingual;
}

export const EXTENSION_COLUMNS: readonly ExtraColumn[] = [
  {
    key: 'extRequestedOn',
    header: { zh: '申请延期日期', en: 'Extension asked on' },
    type: 'date',
    width: 13,
    note: { zh: '需要延期时填写：提出申请的日期。', en: 'When asking for more time: the date of the request.' },
  },
  {
    key: 'extReason',
    header: { zh: '延期理由', en: 'Extension reason' },
    type: 'text',
    width: 28,
    note: {
      zh: '需要延期时填写：为什么不能按期完成。',
      en: 'When asking for more time: why the deadline cannot be met.',
    },
  },
  {
    key: 'extUntil',
    header: { zh: '申请延期期限', en: 'Extension asked until' },
    type: 'date',
    width: 13,
    note: { zh: '需要延期时填写：申请延至的日期。', en: 'When asking for more time: the new date asked for.' },
  },
];

/** The columns the unit fills, per sheet (schema keys; the problems' are the package-only extension columns). */
export const OPEN_COLUMNS: Record<PackageSheetId, readonly string[]> = {
  problems: EXTENSION_COLUMNS.map((c) => c.key),
  tasks: ['progress', 'status', 'doneOn', 'evidence'],
  reports: ['submittedOn'],
};

/** Computed every day by refresh: shown, never compared. */
const IGNORED = new Set(['alert']);

/** The office's columns of a sheet, in schema order: every column but the open and the ignored ones. */
export function officeColumns(id: PackageSheetId): string[] {
  const def = PACKAGE_SHEETS.find((s) => s.id === id)!.def;
  return def.columns.map((c) => c.key).filter((k) => !OPEN_COLUMNS[id].includes(k) && !IGNORED.has(k));
}

export function isIgnoredColumn(key: string): boolean {
  return IGNORED.has(key);
}

/** The identity column of a sheet's rows: 问题编号, 任务编号, and the unit of its 整改报告 row. */
export const IDENTITY_COLUMN: Record<PackageSheetId, string> = { problems: 'id', tasks: 'id', reports: 'unit' };

/** Whether a column holds dates (compared as dates whatever a writer made of them: a serial, a date, a text). */
export function isDateColumn(id: PackageSheetId, key: string): boolean {
  const extra = EXTENSION_COLUMNS.find((c) => c.key === key);
  if (id === 'problems' && extra) return extra.type === 'date';
  const def = PACKAGE_SHEETS.find((s) => s.id === id)!.def;
  return def.columns.find((c) => c.key === key)?.type === 'date';
}

/**
 * A cell as compared and fingerprinted: a readable date as YYYY-MM-DD (Excel writes a serial, openpyxl a
 * datetime, LibreOffice may keep either), anything else as its trimmed text.
 */
export function canonicalValue(id: PackageSheetId, key: string, v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (isDateColumn(id, key)) {
    const d = readDateCell(v);
    if (d.kind === 'date') return d.date;
  }
  return valueText(v).trim();
}
