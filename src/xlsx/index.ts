/**
 * The ExcelJS adapter (ENGINEERING §1): the same snapshot / plan contract as
 * the Office.js adapter in src/excel, on .xlsx files.
 */
import ExcelJS from 'exceljs';
import { Plan, WorkbookSnapshot } from '../engine';
import { ApplyStats, applyPlan } from './apply';
import { loadWorkbookFile, saveWorkbookAtomic } from './file';
import { SnapshotOptions, snapshotOf } from './snapshot';

export { applyPlan, PlanConflictError } from './apply';
export type { ApplyStats } from './apply';
export { loadWorkbookFile, saveWorkbookAtomic, backupFile, MAX_FILE_MB } from './file';
export { snapshotOf, sheetSnapshot, toCellValue, dateToSerial } from './snapshot';
export type { SnapshotOptions } from './snapshot';

/** Reads a snapshot from a file path or an ExcelJS workbook already in memory. */
export async function readSnapshot(
  input: string | ExcelJS.Workbook,
  opts: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  const wb = typeof input === 'string' ? await loadWorkbookFile(input) : input;
  return snapshotOf(wb, opts);
}

/** Reads a snapshot straight from a file (checked first: not an .xlsx, encrypted, damaged, too large). */
export async function readSnapshotFile(file: string, opts: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbookFile(file), opts);
}

/**
 * Loads `input` (or starts an empty workbook when it is null), applies the
 * plan and writes the result to `out` (through a temporary file and a rename).
 */
export async function applyPlanToFile(input: string | null, plan: Plan, out: string): Promise<ApplyStats> {
  const wb = input ? await loadWorkbookFile(input) : new ExcelJS.Workbook();
  const stats = await applyPlan(wb, plan);
  await saveWorkbookAtomic(wb, out);
  return stats;
}
