/**
 * applyPlan: an engine Plan applied to an ExcelJS workbook, in memory, one
 * kind of operation per module, mirroring the Office.js adapter
 * (src/excel/apply/): each does exactly what the plan says (the plan decides
 * what of the user's workbook is kept: src/engine/core/plan.ts). Every
 * access to ExcelJS's private fields is in ../internals.ts. Charts are the one
 * operation ExcelJS cannot write: the plan's charts are left out here.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../engine/core/plan';
import { assertLogAppended } from '../../engine/audit/append';
import { applyColumnFormats } from './formats';
import { checkWorkbookExpected } from './guard';
import { applyNames } from './names';
import { addNotes } from './notes';
import { protectSheets } from './protection';
import { applyConditionalFormats, applyValidations } from './rules';
import { clearSheets, createSheets, presentSheets } from './sheets';
import { applyTables } from './tables';
import { writeFormulas, writeOvertaken, writeValues } from './values';

export { PlanConflictError } from './guard';

export interface ApplyStats {
  /** Cells written (values, formulas, log rows). */
  cellsWritten: number;
}

export interface ApplyOptions {
  /**
   * The workbook is saved right after this plan (the file port): long blocks
   * of new rows may be written into the file at the save instead of through
   * ExcelJS's cells (laterRows.ts). A workbook kept for more plans gets every cell.
   */
  saveNext?: boolean;
}

export async function applyPlan(wb: ExcelJS.Workbook, plan: Plan, options: ApplyOptions = {}): Promise<ApplyStats> {
  assertLogAppended(plan);
  // Nothing is written if a cell changed since the snapshot.
  checkWorkbookExpected(wb, plan);

  createSheets(wb, plan);
  clearSheets(wb, plan);
  applyTables(wb, plan);
  let cellsWritten = writeValues(wb, plan, !!options.saveNext);
  cellsWritten += writeFormulas(wb, plan);
  applyColumnFormats(wb, plan);
  applyValidations(wb, plan);
  applyConditionalFormats(wb, plan);
  applyNames(wb, plan);
  presentSheets(wb, plan);
  await protectSheets(wb, plan);
  addNotes(wb, plan);
  // Rows kept for the save that something wrote below after all: through ExcelJS, like any other.
  writeOvertaken(wb);
  return { cellsWritten };
}
