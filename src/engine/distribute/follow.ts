/**
 * The problems whose measures a collect changed follow them, by the one rule
 * every reader and `rectify record` apply (rules/status.ts
 * problemFollowsMeasures over problemAsSum): 未启动 becomes 整改中 once a
 * measure has begun; when every measure is done the problem gets its 完成日期
 * (the latest). Handing in and closing stay the office's acts.
 */
import { cellAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import { valueText } from '../core/cells';
import { taskStatusOf } from '../read/codes';
import type { ParsedWorkbook, TaskRecord } from '../read/records';
import { toExcelSerial } from '../rules/excelSerial';
import { readDateCell } from '../rules/parseDate';
import { type MeasureProgress, problemFollowsMeasures } from '../rules/status';
import { PROBLEM_STATUS } from '../schema/values';
import type { CellChange, Overlay } from './merge';
import { rawValue } from '../read/rowReader';

/** A measure as its problem sees it, with what this collect wrote. */
function progressNow(data: ParsedWorkbook, task: TaskRecord, overlay: Overlay): MeasureProgress {
  const mapping = data.mappings.tasks!;
  const now = (k: string): CellValue | undefined => {
    const col = mapping.columns[k];
    const where = `${mapping.sheet}\u0000${task.row}\u0000${col}`;
    return col !== undefined && overlay.has(where) ? overlay.get(where) : rawValue(task, k);
  };
  const status = taskStatusOf(valueText(now('status')));
  const done = readDateCell(now('doneOn') ?? null);
  return {
    state: status === 'done' ? 'closed' : 'open',
    started: status === 'done' || status === 'inProgress' || valueText(now('progress')) !== '',
    doneOn: status === 'done' && done.kind === 'date' ? done.date : null,
  };
}

/** The problem cells to write for the measures `changed` (task IDs) touched. */
export function problemsFollow(
  data: ParsedWorkbook,
  changedTasks: ReadonlySet<string>,
  overlay: Overlay,
): CellChange[] {
  const mapping = data.mappings.problems;
  if (!mapping || changedTasks.size === 0) return [];
  const byProblem = new Map<string, TaskRecord[]>();
  const touched = new Set<string>();
  for (const t of data.tasks) {
    const list = byProblem.get(t.problemId);
    if (list) list.push(t);
    else byProblem.set(t.problemId, [t]);
    if (changedTasks.has(t.id)) touched.add(t.problemId);
  }
  const out: CellChange[] = [];
  const seen = new Set<string>();
  for (const p of data.problems) {
    if (!touched.has(p.id) || seen.has(p.id)) continue;
    seen.add(p.id);
    const measures = (byProblem.get(p.id) ?? []).map((t) => progressNow(data, t, overlay));
    const follows = problemFollowsMeasures({ status: p.status, completedOn: p.completedOn }, measures);
    const write = (key: string, value: CellValue, shown: string, date: boolean) => {
      const col = mapping.columns[key];
      if (col === undefined) return;
      out.push({
        sheet: mapping.sheet,
        cell: cellAddress(p.row, col),
        id: p.id,
        column: mapping.headers[key] ?? key,
        old: key === 'status' ? p.statusText : (p.completedOn ?? ''),
        new: shown,
        value,
        date,
        row: p.row,
        col,
      });
    };
    if (follows.status) {
      const text = PROBLEM_STATUS[follows.status][data.lang];
      write('status', text, text, false);
    }
    if (follows.completedOn) write('completedOn', toExcelSerial(follows.completedOn), follows.completedOn, true);
  }
  return out;
}
