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
import { type Lang, t } from '../../i18n';
import { cellAddress } from '../core/a1';
import { type CellValue, sameValue } from '../core/cells';
import { type LogChange, type Plan, type WriteBlock, emptyPlan } from '../core/plan';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet, hiddenMergedCells } from '../core/snapshot';
import { assertLedger } from '../read/readWorkbook';
import type { ParsedWorkbook, ProblemRecord, SheetMapping, TaskRecord } from '../read/records';
import { toExcelSerial } from '../rules/excelSerial';
import { readDateCell } from '../rules/parseDate';
import { type ListKind, alertText } from '../rules/alertText';
import { DATE_FORMAT } from '../schema/format';

interface Change {
  row: number;
  column: number;
  old: CellValue;
  value: CellValue;
  date: boolean;
}

/** A date serial is logged as the date a person reads ('2025-06-30'), not as 45838. */
function logValue(v: CellValue, date: boolean): CellValue {
  if (date && typeof v === 'number') {
    const d = readDateCell(v);
    if (d.kind === 'date') return d.date;
  }
  return v;
}

/** Groups single-cell changes into column runs of consecutive rows (one 2-D write each). */
export function changesToBlocks(sheet: string, changes: Change[]): WriteBlock[] {
  const byColumn = new Map<number, Change[]>();
  for (const c of changes) {
    const list = byColumn.get(c.column);
    if (list) list.push(c);
    else byColumn.set(c.column, [c]);
  }
  const blocks: WriteBlock[] = [];
  for (const [column, list] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let run: Change[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const numberFormats = run[0].date ? [DATE_FORMAT] : undefined;
      blocks.push({ sheet, row: run[0].row, column, values: run.map((c) => [c.value]), numberFormats });
      run = [];
    };
    for (const c of list) {
      if (run.length > 0 && c.row !== run[run.length - 1].row + 1) flush();
      run.push(c);
    }
    flush();
  }
  return blocks;
}

/** The deadline and alert cells of one record that differ from what they should be. */
function recordChanges(
  rec: ProblemRecord | TaskRecord,
  mapping: SheetMapping,
  sheet: SheetSnapshot,
  lang: ParsedWorkbook['lang'],
  list: ListKind,
): Change[] {
  const out: Change[] = [];
  // A cell a merge hides is never written: the write would land in the merged area's visible cell (check reports it).
  const hidden = hiddenMergedCells(sheet);
  const writable = (col: number | undefined): col is number =>
    col !== undefined && !hidden.has(cellAddress(rec.row, col));
  const dCol = mapping.columns.deadline;
  const aCol = mapping.columns.alert;
  if (writable(dCol) && !rec.deadlineTyped && rec.computedDeadline !== undefined && !rec.deadlineFormula) {
    const target: CellValue = rec.computedDeadline ? toExcelSerial(rec.computedDeadline) : null;
    const old = rec.raw.deadline ?? null;
    if (!sameValue(old, target)) out.push({ row: rec.row, column: dCol, old, value: target, date: true });
  }
  if (writable(aCol) && !(cellAddress(rec.row, aCol) in sheet.formulas)) {
    const target = alertText(rec.alert, lang, list) || null;
    const old = rec.raw.alert ?? null;
    if (!sameValue(old, target)) out.push({ row: rec.row, column: aCol, old, value: target, date: false });
  }
  return out;
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
  const inputs = ['timeLimit', 'feedbackDate', 'status'].map((k) => mapping.columns[k]).filter((c) => c !== undefined);
  const changes: Change[] = [];
  for (const rec of records) {
    const rowChanges = recordChanges(rec, mapping, sheet, parsed.lang, list);
    if (rowChanges.length === 0) continue;
    changes.push(...rowChanges);
    // The guard: the cells written and the inputs they were computed from must not have changed since the read.
    for (const c of new Set<number>([...rowChanges.map((x) => x.column), ...inputs])) {
      // A hidden merged cell reads as the merged area's value in a file: it is not guarded (no false "changed").
      if (hiddenMergedCells(sheet).has(cellAddress(rec.row, c))) continue;
      const v = sheet.values[rec.row - 1]?.[c - 1];
      plan.expect!.push({ sheet: mapping.sheet, address: cellAddress(rec.row, c), value: v === undefined ? null : v });
    }
  }
  const alerts = changes.filter((c) => !c.date);
  const deadlines = changes.filter((c) => c.date);
  plan.writes.push(...changesToBlocks(mapping.sheet, deadlines));
  plan.writes.push(...changesToBlocks(mapping.sheet, alerts).map((b) => ({ ...b, summarisedInLog: true })));
  plan.log.push(
    ...deadlines.map((c): LogChange => ({
      sheet: mapping.sheet,
      address: cellAddress(c.row, c.column),
      oldValue: logValue(c.old, c.date),
      newValue: logValue(c.value, c.date),
    })),
  );
  if (alerts.length) plan.log.push(alertSummary(mapping, alerts, parsed.lang));
}

/** One `_log` change for every alert text a refresh rewrote on a sheet: the column's range, and how many. */
function alertSummary(mapping: SheetMapping, alerts: Change[], lang: Lang): LogChange {
  const rows = alerts.map((c) => c.row);
  const column = alerts[0].column;
  const address = `${cellAddress(Math.min(...rows), column)}:${cellAddress(Math.max(...rows), column)}`;
  return { sheet: mapping.sheet, address, oldValue: null, newValue: t(lang, 'log.alertSummary', { n: alerts.length }) };
}

export function planRefresh(snapshot: WorkbookSnapshot, parsed: ParsedWorkbook): Plan {
  assertLedger(parsed, snapshot);
  const plan = emptyPlan();
  plan.expect = [];
  planSheet(plan, snapshot, parsed, parsed.mappings.problems!, parsed.problems, 'problem');
  planSheet(plan, snapshot, parsed, parsed.mappings.tasks!, parsed.tasks, 'task');
  return plan;
}
