/** The list sheets, in workbook order: the ledger's three, then the 四账 cycle's two. */
import type { AnyListId, ColumnDef, CycleSheetId, ListSheetDef, ListSheetId, OnDemandSheetId } from './columns';
import { EXTENSIONS } from './extensions';
import { CLUES } from './clues';
import { PROBLEMS } from './problems';
import { REPORTS } from './reports';
import { RESPONSIBILITIES } from './responsibilities';
import { TASKS } from './tasks';

/** The three lists every ledger has (init creates them; check, refresh and import need them). */
export const LIST_SHEETS: readonly ListSheetDef[] = [PROBLEMS, RESPONSIBILITIES, TASKS];

/**
 * 移交清单 and 整改报告: created by init like the others, but optional when
 * reading (a ledger made before them is still a ledger: it just has no clues
 * or unit reports to follow).
 */
export const CYCLE_SHEETS: readonly ListSheetDef<CycleSheetId>[] = [CLUES, REPORTS];

export const ALL_LIST_SHEETS: readonly ListSheetDef<ListSheetId | CycleSheetId>[] = [...LIST_SHEETS, ...CYCLE_SHEETS];

/**
 * Registers created on demand (延期申请): read, structured and formatted when
 * present, never created by init, so a ledger without them keeps its sheets.
 */
export const ON_DEMAND_SHEETS: readonly ListSheetDef<OnDemandSheetId>[] = [EXTENSIONS];

/** Every list sheet the reader looks for: init's five and the on-demand registers. */
export const READ_LIST_SHEETS: readonly ListSheetDef<AnyListId>[] = [...ALL_LIST_SHEETS, ...ON_DEMAND_SHEETS];

export function listSheet(id: ListSheetId): ListSheetDef {
  return LIST_SHEETS.find((d) => d.id === id)!;
}

/** Any list sheet's definition, the cycle's included. */
export function anyListSheet(id: AnyListId): ListSheetDef<AnyListId> {
  return READ_LIST_SHEETS.find((d) => d.id === id)!;
}

export function columnOf(sheet: ListSheetDef<AnyListId>, key: string): ColumnDef {
  const c = sheet.columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} in ${sheet.id}`);
  return c;
}
