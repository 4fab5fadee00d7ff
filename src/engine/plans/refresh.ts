/**
 * planRefresh: recompute computed deadlines and the 预警 column as of a date.
 * Writes only the cells whose value changes (co-authoring, PRODUCT §6), puts
 * each change in plan.log (time, action, sheet, cell, old → new, user; the
 * caller's withChangeLog makes them `_log` rows) and
 * fills `plan.expect` so the adapter can refuse to write over an edit made
 * since the snapshot was read. A deadline typed by hand with an empty time
 * limit is the user's and is kept; a formula is never overwritten.
 */
import { IsoDate, toExcelSerial } from '../rules/dates';
import { readDateCell, sameValue } from '../core/cells';
import { Lang, t } from '../../i18n/index';
import { CellValue, LogEntry, Plan, WorkbookSnapshot, WriteBlock, cellAddress, emptyPlan, findSheet } from '../core/model';
import { ListKind, alertText } from '../rules/status';
import { DATE_FORMAT } from './structure';
import { ParsedWorkbook, ProblemRecord, SheetMapping, TaskRecord, assertLedger, readWorkbook } from '../read/workbook';

export interface RefreshOptions {
  today: IsoDate;
  /** Language for sheets created from scratch (the workbook's own layout wins). */
  lang?: Lang;
  /** Timestamp written to `_log` (default: snapshot.readAt). */
  now?: string;
}

interface Change {
  row: number;
  column: number;
  old: CellValue;
  value: CellValue;
  date: boolean;
}

function logText(v: CellValue, date: boolean): CellValue {
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
    const list = byColumn.get(c.column) ?? [];
    list.push(c);
    byColumn.set(c.column, list);
  }
  const blocks: WriteBlock[] = [];
  for (const [column, list] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let run: Change[] = [];
    const flush = () => {
      if (run.length === 0) return;
      blocks.push({
        sheet,
        row: run[0].row,
        column,
        values: run.map((c) => [c.value]),
        numberFormats: run[0].date ? [DATE_FORMAT] : undefined,
      });
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

export function planRefresh(snapshot: WorkbookSnapshot, opts: RefreshOptions): Plan {
  return planRefreshParsed(snapshot, readWorkbook(snapshot, { today: opts.today, lang: opts.lang }), opts);
}

export function planRefreshParsed(snapshot: WorkbookSnapshot, parsed: ParsedWorkbook, opts: RefreshOptions): Plan {
  assertLedger(parsed, snapshot);
  const plan = emptyPlan();
  plan.expect = [];
  const lang = parsed.lang;
  const time = opts.now ?? snapshot.readAt;
  const action = t(lang, 'log.action.refresh');

  const doSheet = (mapping: SheetMapping, records: (ProblemRecord | TaskRecord)[], list: ListKind) => {
    const sheet = findSheet(snapshot, mapping.sheet)!;
    const dCol = mapping.columns.deadline;
    const aCol = mapping.columns.alert;
    const changes: Change[] = [];
    const inputs = ['timeLimit', 'feedbackDate', 'status']
      .map((k) => mapping.columns[k])
      .filter((c): c is number => c !== undefined);
    for (const rec of records) {
      const rowChanges: Change[] = [];
      if (dCol !== undefined && !rec.deadlineTyped && rec.computedDeadline !== undefined && !rec.deadlineFormula) {
        const target: CellValue = rec.computedDeadline ? toExcelSerial(rec.computedDeadline) : null;
        const old = rec.raw.deadline ?? null;
        if (!sameValue(old, target)) rowChanges.push({ row: rec.row, column: dCol, old, value: target, date: true });
      }
      if (aCol !== undefined && !(cellAddress(rec.row, aCol) in sheet.formulas)) {
        const target = alertText(rec.alert, lang, list) || null;
        const old = rec.raw.alert ?? null;
        if (!sameValue(old, target)) rowChanges.push({ row: rec.row, column: aCol, old, value: target, date: false });
      }
      if (rowChanges.length === 0) continue;
      changes.push(...rowChanges);
      const expected = new Set<number>(rowChanges.map((c) => c.column));
      for (const c of inputs) expected.add(c);
      for (const c of expected) {
        const address = cellAddress(rec.row, c);
        const v = sheet.values[rec.row - 1]?.[c - 1];
        plan.expect!.push({ sheet: mapping.sheet, address, value: v === undefined ? null : v });
      }
    }
    plan.writes.push(...changesToBlocks(mapping.sheet, changes));
    for (const c of changes) {
      const entry: LogEntry = {
        time,
        action,
        sheet: mapping.sheet,
        address: cellAddress(c.row, c.column),
        oldValue: logText(c.old, c.date),
        newValue: logText(c.value, c.date),
        user: snapshot.user,
      };
      plan.log.push(entry);
    }
  };
  doSheet(parsed.mappings.problems!, parsed.problems, 'problem');
  doSheet(parsed.mappings.tasks!, parsed.tasks, 'task');
  // plan.log becomes _log rows (creating the sheet if needed) in one place: withChangeLog / appendLogToPlan.
  return plan;
}
