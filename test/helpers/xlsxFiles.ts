/** Writing a plan to a new .xlsx file and reading a file back, for tests that set up files directly. */
import type { Plan } from '../../src/engine';
import { applyPlan, newWorkbook, saveWorkbookAtomic } from '../../src/xlsx';

/** Applies a plan to an empty workbook and saves it. */
export async function writePlanToFile(plan: Plan, out: string): Promise<void> {
  const wb = newWorkbook();
  await applyPlan(wb, plan);
  await saveWorkbookAtomic(wb, out);
}

export { readSnapshot as readSnapshotFile } from '../../src/xlsx';
