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
import { hasAnyKey } from '../read/rowReader';
import type { ParsedWorkbook, ProblemRecord, SheetMapping, TaskRecord } from '../read/records';
import { toExcelSerial } from '../rules/excelSerial';
import { type ListKind, alertText } from '../rules/alertText';
import { type Change, planChanges } from './refreshChanges';
import { planCycleRefresh } from './refreshCycle';

export { changesToBlocks } from './refreshChanges';

/** What one sheet's records are written against, looked up once per sheet rather than once per record. */
interface SheetTarget {
  sheet: SheetSnapshot;
  /** Cells a merge hides: never written (the write would land in the merged area's visible cell; check reports it). */
  hidden: Set<string>;
  /** Most sheets have neither merges nor formulas: then no address is built per row. */
  anyFormula: boolean;
  deadline: number | undefined;
  extendedTo: number | undefined;
  alert: number | undefined;
  lang: ParsedWorkbook['lang'];
  list: ListKind;
}

function writable(t: SheetTarget, row: number, col: number | undefined): col is number {
  return col !== undefined && (t.hidden.size === 0 || !t.hidden.has(cellAddress(row, col)));
}

function formula(t: SheetTarget, row: number, col: number): boolean {
  return t.anyFormula && cellAddress(row, col) in t.sheet.formulas;
}

/**
 * The deadline and alert cells of one record that differ from what they should be, appended to `out` (no list per
 * record: most records need no change, and those that do are grouped by row in `out`).
 */
function recordChanges(rec: ProblemRecord | TaskRecord, t: SheetTarget, out: Change[]): void {
  const row = rec.row;
  const dCol = t.deadline;
  if (writable(t, row, dCol) && !rec.deadlineTyped && rec.computedDeadline !== undefined && !rec.deadlineFormula) {
    const target: CellValue = rec.computedDeadline ? toExcelSerial(rec.computedDeadline) : null;
    const old = rec.cells[dCol - 1] ?? null;
    if (!sameValue(old, target)) out.push({ row, column: dCol, old, value: target, date: true });
  }
  const eCol = t.extendedTo;
  if (writable(t, row, eCol) && !formula(t, row, eCol)) {
    // 延期至: the register's latest approved date (logged cell by cell, like a deadline).
    const until = (rec as ProblemRecord).extension?.until;
    const target: CellValue = until ? toExcelSerial(until) : null;
    const old = rec.cells[eCol - 1] ?? null;
    if (!sameValue(old, target)) out.push({ row, column: eCol, old, value: target, date: true });
  }
  const aCol = t.alert;
  if (writable(t, row, aCol) && !formula(t, row, aCol)) {
    const target = alertText(rec.alert, t.lang, t.list) || null;
    const old = rec.cells[aCol - 1] ?? null;
    if (!sameValue(old, target)) out.push({ row, column: aCol, old, value: target, date: false });
  }
}

function planSheet(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  mapping: SheetMapping,
  records: (ProblemRecord | TaskRecord)[],
  list: ListKind,
): void {
  const sheet = findSheet(snapshot, mapping.sheet)!;
  const target: SheetTarget = {
    sheet,
    hidden: hiddenMergedCells(sheet),
    anyFormula: hasAnyKey(sheet.formulas),
    deadline: mapping.columns.deadline,
    extendedTo: list === 'problem' ? mapping.columns.extendedTo : undefined,
    alert: mapping.columns.alert,
    lang: parsed.lang,
    list,
  };
  const changes: Change[] = [];
  for (let i = 0; i < records.length; i++) recordChanges(records[i], target, changes);
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
