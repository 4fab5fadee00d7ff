/**
 * Applies an engine Plan to the open workbook with Office.js, one kind of
 * operation per module, each doing exactly what the plan says (the plan
 * decides what of the user's workbook is kept: src/engine/core/plan.ts) and
 * sending nothing for what the workbook already has.
 *
 * Round trips:
 *   sync 1  (prep) which sheets / tables / names exist now (with the names'
 *           references), sheet protection, the co-authoring guard's cells,
 *           the validations of the ranges the plan validates, the conditional
 *           formats of the sheets whose rules differ from the plan's, the
 *           notes on the cells it annotates, the charts it replaces, and the
 *           number format of cells it writes text into that would need an
 *           apostrophe ('@' cells take text as it is)
 *   sync 2… required writes, queued in plan order and flushed whenever the
 *           next operation would take the request past WRITE_BUDGET_BYTES;
 *           each batch starts with suspendApiCalculationUntilNextSync and
 *           ends with the sheets it unprotected protected again (batch.ts).
 *           Names come before the rules that use them.
 *   +1      optional operations — print settings, header notes — on their
 *           own (optional.ts), only when there are any
 * so a command costs 1 (+1) fixed syncs plus one per write chunk of at most
 * WRITE_BUDGET_BYTES, whatever the number of rows; a plan the workbook
 * already matches costs the prep sync alone.
 */
import type { Plan } from '../../engine/core/plan';
import { assertLogAppended } from '../../engine/audit/append';
import { type ApplyOptions, type ApplyResult, ApplySession } from './batch';
import { applyCharts, queueChartLookups } from './charts';
import { applyColumnFormats } from './formats';
import { checkGuard, queueGuard } from './guard';
import { applyNames } from './names';
import { queueNoteLookups } from './notes';
import { applyOptional } from './optional';
import { applyConditionalFormats, applyValidations, queueRuleLookups, queueValidationLookups } from './rules';
import { clearSheets, createSheets, presentSheets } from './sheets';
import { applyTables } from './tables';
import { queueTextLookups, writeFormulas, writeValues } from './values';

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
  const validations = queueValidationLookups(s, plan);
  const rules = queueRuleLookups(s, plan);
  const notes = queueNoteLookups(s, plan);
  const charts = queueChartLookups(s, plan);
  const text = queueTextLookups(s, plan);
  await s.sync();
  checkGuard(guard);
  s.takeInventory();

  // Required writes, in budgeted batches.
  await createSheets(s, plan);
  await clearSheets(s, plan);
  await applyTables(s, plan);
  await writeValues(s, plan, text());
  await writeFormulas(s, plan);
  await applyColumnFormats(s, plan);
  await applyNames(s, plan);
  await applyValidations(s, validations);
  await applyConditionalFormats(s, plan, rules);
  await applyCharts(s, plan, charts);
  await presentSheets(s, plan);
  await s.flush(true);

  await applyOptional(s, plan, notes);
  return s.result();
}
