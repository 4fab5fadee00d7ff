/**
 * Applies an engine Plan to the open workbook with Office.js, one kind of
 * operation per module, each doing exactly what the plan says (the plan
 * decides what of the user's workbook is kept: src/engine/core/plan.ts).
 *
 * Round trips:
 *   sync 1  (prep) which sheets / tables / names exist now, sheet protection,
 *           the co-authoring guard's cells, the conditional formats of the
 *           sheets the plan colours, the notes on the cells it annotates,
 *           the charts it replaces
 *   sync 2… writes, queued in plan order and flushed whenever the next
 *           operation would take the request past WRITE_BUDGET_BYTES; each
 *           batch starts with suspendApiCalculationUntilNextSync (batch.ts)
 *   +1      header notes, on their own (ExcelApi 1.18; notes.ts), only when
 *           the plan adds notes to cells that have none
 * so a command costs 1 (+1 with new notes) fixed syncs plus one per write
 * chunk of at most WRITE_BUDGET_BYTES, whatever the number of rows.
 */
import type { Plan } from '../../engine/core/plan';
import { assertLogAppended } from '../../engine/audit/append';
import { type ApplyOptions, type ApplyResult, ApplySession } from './batch';
import { applyCharts, queueChartLookups } from './charts';
import { applyColumnFormats } from './formats';
import { checkGuard, queueGuard } from './guard';
import { applyNames } from './names';
import { addNotes, queueNoteLookups } from './notes';
import { protectSheets, unprotectSheets } from './protection';
import { applyConditionalFormats, applyValidations, queueRuleLookups } from './rules';
import { clearSheets, createSheets, presentSheets } from './sheets';
import { applyTables } from './tables';
import { writeFormulas, writeValues } from './values';

export type { ApplyOptions, ApplyResult, Degradation } from './batch';
export { widthToPoints } from './sheets';

export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  assertLogAppended(plan);
  const s = new ApplySession(context, plan, options);

  // Prep: one sync for everything the writes depend on.
  s.queueInventory();
  const guard = queueGuard(s, plan);
  const rules = queueRuleLookups(s, plan);
  const notes = queueNoteLookups(s, plan);
  const charts = queueChartLookups(s, plan);
  await s.sync();
  checkGuard(guard);
  s.takeInventory();

  // Writes, in budgeted batches.
  await createSheets(s, plan);
  await unprotectSheets(s, plan);
  await clearSheets(s, plan);
  await applyTables(s, plan);
  await writeValues(s, plan);
  await writeFormulas(s, plan);
  await applyColumnFormats(s, plan);
  await applyValidations(s, plan);
  await applyConditionalFormats(s, plan, rules);
  await applyNames(s, plan);
  await applyCharts(s, plan, charts);
  await presentSheets(s, plan);
  await protectSheets(s, plan);
  await s.flush();

  await addNotes(s, plan, notes);
  return s.result();
}
