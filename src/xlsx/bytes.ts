/**
 * .xlsx bytes to a workbook and back, without the file system: what the
 * command line does with files (file.ts) and the pane does with downloads
 * and the files a user picks (下发 packages, 回收 returns). The same
 * normalising step and the same patches apply either way, so a package
 * written in the pane is the file the command line writes, and a file read
 * in the pane reads as the command line reads it.
 */
import ExcelJS from 'exceljs';
import { EngineError, type Plan, type WorkbookSnapshot } from '../engine';
import { applyPlan } from './apply';
import { putLaterRows } from './apply/laterRows';
import { newWorkbook } from './create';
import { fixLoadedWorkbook, prepareForWrite } from './internals';
import { normalizePackage } from './normalize';
import { readXlsxSnapshot } from './read';
import { assertPackageRewritable, assertRewritable, planCells } from './rewriteLimit';
import type { SnapshotOptions } from './snapshot';

/**
 * Opens an .xlsx package already in memory (`file` names it in messages), refused before ExcelJS holds it when
 * it and the `adding` cells a plan will write are more than ExcelJS may hold (./rewriteLimit.ts).
 */
export async function loadWorkbookBytes(bytes: Uint8Array, file: string, adding = 0): Promise<ExcelJS.Workbook> {
  assertPackageRewritable(bytes, file, adding);
  let pkg;
  try {
    pkg = await normalizePackage(bytes, file);
  } catch (e) {
    if (e instanceof EngineError) throw e;
    // The archive could not be read: cut short (an interrupted download or copy) or not a zip at all.
    throw new EngineError('xlsx.zipBroken', { file });
  }
  if (!pkg.workbook) throw new EngineError('xlsx.notXlsx', { file });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(pkg.buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw new EngineError('xlsx.damaged', { file });
  }
  if (wb.worksheets.length === 0) throw new EngineError('xlsx.noSheets', { file });
  fixLoadedWorkbook(wb);
  return wb;
}

/** The workbook serialised, with the rows apply left for the end (apply/laterRows.ts) put in. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  prepareForWrite(wb);
  return putLaterRows(new Uint8Array(await wb.xlsx.writeBuffer()), wb);
}

/** A new workbook made of a plan (a 下发 package), as bytes. */
export async function planWorkbookBytes(plan: Plan, file: string): Promise<Uint8Array> {
  assertRewritable(file, 0, planCells(plan));
  const wb = newWorkbook();
  await applyPlan(wb, plan, { saveNext: true });
  return workbookBytes(wb);
}

/** The snapshot the engine reads of an .xlsx in memory (a returned package), read by the bounded lean reader. */
export async function snapshotOfBytes(
  bytes: Uint8Array,
  file: string,
  opts: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(bytes, file, opts);
}
