/**
 * The ExcelJS adapter (docs/ARCHITECTURE.md): the same snapshot / plan
 * contract as the Office.js adapter in src/excel, on .xlsx files.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { loadWorkbookFile } from './file';
import { type SnapshotOptions, snapshotOf } from './snapshot';

export { applyPlan, PlanConflictError } from './apply';
export type { ApplyStats } from './apply';
export {
  loadWorkbookFile,
  loadWorkbookBuffer,
  saveWorkbookAtomic,
  backupFile,
  copyFileAtomic,
  writeBytesAtomic,
  MAX_FILE_MB,
  type SaveOptions,
} from './file';
export { readSourceSnapshot, type SourceSnapshot } from './source';
export { sniff, type FileKind } from './sniff';
export { snapshotOf, sheetSnapshot, toCellValue, dateToSerial } from './snapshot';
export type { SnapshotOptions } from './snapshot';
export { newWorkbook } from './create';
export { filePort, type FileApplied, type FilePortOptions } from './port';

/** Reads a snapshot from a file path or an ExcelJS workbook already in memory. */
export async function readSnapshot(
  input: string | ExcelJS.Workbook,
  opts: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  const wb = typeof input === 'string' ? await loadWorkbookFile(input) : input;
  return snapshotOf(wb, opts);
}
