/**
 * planRefresh: recompute computed deadlines and the 预警 column as of the
 * reading date. Writes only the cells whose value changes (a colleague typing
 * in another row of a shared ledger is not overwritten) and fills
 * `plan.expect` so the adapter can refuse to write over an edit made since
 * the snapshot was read. A deadline typed by hand with an empty time limit is
 * the user's and is kept; a formula is never overwritten.
 *
 * `_log` (docs/LOG.md): a changed deadline is logged cell by cell (old → new);
 * the alert texts, which change every day for every open item ("已逾期 N 天"),
 * are one summary change per sheet, so daily refreshes do not fill the log.
 */
import { cellAddress } from '../core/a1';
import { type CellValue, sameValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet, hiddenMergedCells } from '../core/snapshot';
import { assertLedger } from '../read/readWorkbook';
import { hasAnyKey, rawValue } from '../read/rowReader';
import type { ParsedWorkbook, ProblemRecord, SheetMapping, TaskRecord } from '../read/records';
import { toExcelSerial } from '../rules/excelSerial';
import { type ListKind, alertText } from '../rules/alertText';
import { type Change, planChanges } from './refreshChanges';
import { planCycleRefresh } from './refreshCycle';

export { changesToBlocks } from './refreshChanges';

/** The deadline and alert cells of one record that differ from what they should be. */
function recordChanges(
  rec: ProblemRecord | TaskRecord,
  mapping: SheetMapping,
  sheet: SheetSnapshot,
  lang: ParsedWorkbook['lang'],
  list: ListKind,
): readonly Change[] {
  const out: Change[] = [];
  // A cell a merge hides is never written: the write would land in the merged area's visible cell (check reports it).
  // Most sheets have neither merges nor formulas: then no address is built per row.
  const hidden = hiddenMergedCells(sheet);
  const writable = (col: number | undefined): col is number =>
    col !== undefined && (hidden.size === 0 || !hidden.has(cellAddress(rec.row, col)));
  const anyFormula = hasAnyKey(sheet.formulas);
  const formula = (col: number) => anyFormula && cellAddress(rec.row, col) in sheet.formulas;
  const dCol = mapping.columns.deadline;
  const aCol = mapping.columns.alert;
  if (writable(dCol) && !rec.deadlineTyped && rec.computedDeadline !== undefined && !rec.deadlineFormula) {
    const target: CellValue = rec.computedDeadline ? toExcelSerial(rec.computedDeadline) : null;
    const old = rawValue(rec, 'deadline') ?? null;
    if (!sameValue(old, target)) out.push({ row: rec.row, column: dCol, old, value: target, date: true });
  }
  const eCol = list === 'problem' ? mapping.columns.extendedTo : undefined;
  if (writable(eCol) && !formula(eCol)) {
    // 延期至: the register's latest approved date (logged cell by cell, like a deadline).
    const until = (rec as ProblemRecord).extension?.until;
    const target: CellValue = until ? toExcelSerial(until) : null;
    const old = rawValue(rec, 'extendedTo') ?? null;
    if (!sameValue(old, target)) out.push({ row: rec.row, column: eCol, old, value: target, date: true });
  }
  if (writable(aCol) && !formula(aCol)) {
    const target = alertText(rec.alert, lang, list) || null;
    const old = rawValue(rec, 'alert') ?? null;
    if (!sameValue(old, target)) out.push({ row: rec.row, column: aCol, old, value: target, date: false });
  }
  // Most records need no change: one shared empty list rather than one kept per record until the plan is made.
  return out.length ? out : NO_CHANGES;
}

const NO_CHANGES: readonly Change[] = Object.freeze([]);

function planSheet(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  mapping: SheetMapping,
  records: (ProblemRecord | TaskRecord)[],
  list: ListKind,
): void {
  const sheet = findSheet(snapshot, mapping.sheet)!;
  const changes = records.map((rec) => recordChanges(rec, mapping, sheet, parsed.lang, list));
  planChanges(plan, sheet, mapping, changes, ['timeLimit', 'feedbackDate', 'status'], parsed.lang);
}

export function planRefresh(snapshot: WorkbookSnapshot, parsed: ParsedWorkbook): Plan {
  assertLedger(parsed, snapshot);
  const plan = emptyPlan();
  plan.expect = [];
  planSheet(plan, snapshot, parsed, parsed.mappings.problems!, parsed.problems, 'problem');
  planSheet(plan, snapshot, parsed, parsed.mappings.tasks!, parsed.tasks, 'task');
  planCycleRefresh(plan, snapshot, parsed);
  return plan;
}
