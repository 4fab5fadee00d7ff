/**
 * What refresh writes, whatever the list: the computed cells that changed,
 * grouped into column runs, guarded against a concurrent edit of the cells
 * they were computed from, and logged (dates cell by cell, alert texts as one
 * summary change per sheet: docs/LOG.md).
 */
import { type Lang, t } from '../../i18n';
import { cellAddress } from '../core/a1';
import { maxOf, minOf, pushAll } from '../core/arrays';
import type { CellValue } from '../core/cells';
import type { LogChange, Plan, WriteBlock } from '../core/plan';
import { type SheetSnapshot, hiddenMergedCells } from '../core/snapshot';
import type { SheetMapping } from '../read/records';
import { readDateCell } from '../rules/parseDate';
import { DATE_FORMAT } from '../schema/format';

/** A computed cell that refresh rewrites: a date (logged cell by cell) or an alert text (logged as a summary). */
export interface Change {
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
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
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
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (run.length > 0 && c.row !== run[run.length - 1].row + 1) flush();
      run.push(c);
    }
    flush();
  }
  return blocks;
}

/**
 * Writes the changed cells of a sheet (those of one record next to each other:
 * a record is a row) guarded with the inputs they were computed from, logs the
 * dates cell by cell and the alert texts as one summary change.
 */
export function planChanges(
  plan: Plan,
  sheet: SheetSnapshot,
  mapping: SheetMapping,
  changes: readonly Change[],
  inputKeys: readonly string[],
  lang: Lang,
): void {
  const inputs = inputKeys.map((k) => mapping.columns[k]).filter((c) => c !== undefined);
  const hidden = hiddenMergedCells(sheet);
  const alerts: Change[] = [];
  const deadlines: Change[] = [];
  const guarded: number[] = [];
  for (let i = 0; i < changes.length;) {
    const row = changes[i].row;
    // The guard: the cells written and the inputs they were computed from must not have changed since the read
    // (each column once, in that order).
    guarded.length = 0;
    for (; i < changes.length && changes[i].row === row; i++) {
      const x = changes[i];
      if (!guarded.includes(x.column)) guarded.push(x.column);
      (x.date ? deadlines : alerts).push(x);
    }
    for (let k = 0; k < inputs.length; k++) if (!guarded.includes(inputs[k])) guarded.push(inputs[k]);
    for (let k = 0; k < guarded.length; k++) {
      const address = cellAddress(row, guarded[k]);
      // A hidden merged cell reads as the merged area's value in a file: it is not guarded (no false "changed").
      if (hidden.size > 0 && hidden.has(address)) continue;
      const v = sheet.values[row - 1]?.[guarded[k] - 1];
      plan.expect!.push({ sheet: mapping.sheet, address, value: v === undefined ? null : v });
    }
  }
  // pushAll, not push(...): a refresh of a large ledger changes more cells than a call takes arguments.
  pushAll(plan.writes, changesToBlocks(mapping.sheet, deadlines));
  pushAll(
    plan.writes,
    changesToBlocks(mapping.sheet, alerts).map((b) => ({ ...b, summarisedInLog: true })),
  );
  pushAll(
    plan.log,
    deadlines.map((c): LogChange => ({
      sheet: mapping.sheet,
      address: cellAddress(c.row, c.column),
      oldValue: logValue(c.old, c.date),
      newValue: logValue(c.value, c.date),
    })),
  );
  if (alerts.length) plan.log.push(alertSummary(mapping, alerts, lang));
}

/** One `_log` change for every alert text a refresh rewrote on a sheet: the column's range, and how many. */
function alertSummary(mapping: SheetMapping, alerts: Change[], lang: Lang): LogChange {
  const rows = alerts.map((c) => c.row);
  const column = alerts[0].column;
  const address = `${cellAddress(minOf(rows), column)}:${cellAddress(maxOf(rows), column)}`;
  return { sheet: mapping.sheet, address, oldValue: null, newValue: t(lang, 'log.alertSummary', { n: alerts.length }) };
}
