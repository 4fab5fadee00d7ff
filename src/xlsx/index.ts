/**
 * The .xlsx adapter (docs/ARCHITECTURE.md): the same snapshot / plan
 * contract as the Office.js adapter in src/excel, on .xlsx files.
 *
 * Reading goes through the lean, bounded reader (src/xlsx/read); ExcelJS is
 * needed only to write a workbook, and is loaded on first use of what needs
 * it (the functions below marked so), so a command that only reads (check,
 * report, letters, progress) never loads it.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { readWorkbookInput } from './file';
import { readXlsxSnapshot } from './read';
import type { SnapshotOptions } from './snapshot';

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
export type { SnapshotOptions } from './snapshot';
export { filePort, type FileApplied, type FilePort, type FilePortOptions } from './port';
export { READ_LIMITS, type ReadLimits, readXlsxSnapshot } from './read';
export {
  REWRITE_BYTES,
  REWRITE_CELLS,
  assertPackageRewritable,
  assertRewritable,
  assertRewritableText,
  packageCells,
  packageTextBytes,
  planCells,
} from './rewriteLimit';

// Loaded on first use, synchronously (see above).
type ApplyCode = typeof import('./apply');
type SnapshotCode = typeof import('./snapshot');
type CreateCode = typeof import('./create');
const applyCode = (): ApplyCode => require('./apply') as ApplyCode;
const snapshotCode = (): SnapshotCode => require('./snapshot') as SnapshotCode;
const createCode = (): CreateCode => require('./create') as CreateCode;

/** Applies a plan to an ExcelJS workbook (loads ExcelJS). */
export const applyPlan: ApplyCode['applyPlan'] = (...args) => applyCode().applyPlan(...args);
/** A new, empty ExcelJS workbook (loads ExcelJS). */
export const newWorkbook: CreateCode['newWorkbook'] = () => createCode().newWorkbook();
/** ExcelJS → snapshot, for a workbook already in ExcelJS (loads ExcelJS). */
export const snapshotOf: SnapshotCode['snapshotOf'] = (...args) => snapshotCode().snapshotOf(...args);
export const sheetSnapshot: SnapshotCode['sheetSnapshot'] = (...args) => snapshotCode().sheetSnapshot(...args);
export const toCellValue: SnapshotCode['toCellValue'] = (...args) => snapshotCode().toCellValue(...args);
export const dateToSerial: SnapshotCode['dateToSerial'] = (...args) => snapshotCode().dateToSerial(...args);

/**
 * Reads a snapshot from a file path (the lean reader) or from an ExcelJS
 * workbook already in memory.
 */
export async function readSnapshot(
  input: string | ExcelJS.Workbook,
  opts: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  if (typeof input === 'string') return readXlsxSnapshot(readWorkbookInput(input), input, opts);
  return snapshotCode().snapshotOf(input, opts);
}
