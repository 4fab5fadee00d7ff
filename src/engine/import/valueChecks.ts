/**
 * Values a clerk must look at, found as each row is read: a deadline typed as
 * a bare number, and a 反馈日期 after today.
 *
 * A number in a date column that is no plausible date (`1`, `30`, `2024`) is
 * what someone typed meaning days, a month or a year; written as a number
 * into a date-formatted cell, Excel would show it as 1900-01-01. It is kept
 * as the text typed and flagged, so the cell shows what was typed and check
 * asks for a date. A bare number in a time-limit column gets the same words.
 */
import { cellAddress } from '../core/a1';
import { attempt } from '../core/errors';
import { fromExcelSerial } from '../rules/excelSerial';
import { listSheet } from '../schema/listSheets';
import { type FileState, type RowValues, type RunState, columnFor, notice } from './context';
import type { RowSource } from './types';

function typeOf(list: 'problems' | 'responsibilities' | 'tasks', key: string): string | undefined {
  return listSheet(list).columns.find((c) => c.key === key)?.type;
}

/** Rewrites the notices of this row about a number in a date or limit column, and keeps such a number as text. */
export function flagBareNumbers(run: RunState, f: FileState, src: RowSource, row: RowValues, from: number): void {
  const notices = run.result.notices;
  for (let i = from; i < notices.length; i++) {
    const n = notices[i];
    if (n.row !== src.row || n.file !== src.file) continue;
    const implausible = n.code === 'import.value.implausibleDate';
    if (!implausible && n.code !== 'import.value.notLimit') continue;
    const m = f.mapping.find((x) => x.column > 0 && n.cell === cellAddress(src.row, x.column));
    const raw = m ? f.reader.value(src.row, m.column) : null;
    if (!m || typeof raw !== 'number') continue;
    for (const t of m.targets) {
      const type = typeOf(t.sheet, t.key);
      if ((type === 'date' || type === 'limit') && row.values[t.sheet][t.key] === raw)
        row.values[t.sheet][t.key] = String(raw);
    }
    // The column's samples show it as typed too, not as the 1900 date it would be.
    const samples = f.report.columns.find((c) => c.column === m.column)?.samples;
    const shown = attempt(() => fromExcelSerial(raw));
    const at = shown.ok && samples ? samples.indexOf(shown.value) : -1;
    if (at >= 0) samples![at] = String(raw);
    notices[i] = { ...n, code: implausible ? 'importReport.value.bareNumber' : 'importReport.value.bareLimit' };
  }
}

/** A 反馈日期 after today: kept (it may be a date planned), and said at its cell. */
export function flagFutureFeedback(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const today = run.options?.today;
  const v = row.values.problems.feedbackDate;
  if (!today || typeof v !== 'number') return;
  const r = attempt(() => fromExcelSerial(v));
  if (!r.ok || r.value <= today) return;
  const col = columnFor(f, 'problems', 'feedbackDate');
  const params = { date: r.value, today };
  run.result.notices.push(
    notice(src, col?.column ?? 0, r.value, col?.header ?? '', 'importReport.value.future', params),
  );
}
