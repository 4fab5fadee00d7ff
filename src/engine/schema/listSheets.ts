/** The three list sheets, in workbook order. */
import type { ColumnDef, ListSheetDef, ListSheetId } from './columns';
import { PROBLEMS } from './problems';
import { RESPONSIBILITIES } from './responsibilities';
import { TASKS } from './tasks';

export const LIST_SHEETS: readonly ListSheetDef[] = [PROBLEMS, RESPONSIBILITIES, TASKS];

export function listSheet(id: ListSheetId): ListSheetDef {
  return id === 'problems' ? PROBLEMS : id === 'responsibilities' ? RESPONSIBILITIES : TASKS;
}

export function columnOf(sheet: ListSheetDef, key: string): ColumnDef {
  const c = sheet.columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} in ${sheet.id}`);
  return c;
}
