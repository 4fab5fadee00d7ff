/**
 * Splitting a source row the way a person would: one problem (its ID kept,
 * generated, or prefixed with the unit when another file used it), its
 * responsibility (leader, unit, person) when the source names anyone, and its
 * measure as a task. Rows under a problem cell merged downwards are further
 * measures of that problem.
 */
import type { CellValue } from '../core/cells';
import type { Lang } from '../../i18n';
import { PROBLEM_STATUS, TASK_STATUS } from '../schema/values';
import { type FileState, type RowValues, type RunState, columnFor, notice } from './context';
import { cellText } from './header';
import type { OutRow, RowSource } from './types';
import { fingerprint } from './sources';
import { TASK_STATUS_OF_PROBLEM, isPlaceholder } from './values';

/** The measure of a row, when the source says something about it (unit and person alone come from the responsibility). */
export function buildTask(
  t: Record<string, CellValue>,
  problem: OutRow,
  codes: Record<string, string>,
  seq: number,
  lang: Lang,
  resp?: Record<string, CellValue>,
): Record<string, CellValue> | null {
  const own = Object.entries(t).some(
    ([k, v]) => !['problemId', 'unit', 'person'].includes(k) && v !== null && v !== undefined && v !== '',
  );
  if (!own) return null;
  const pid = String(problem.values.id);
  t.problemId = pid;
  if (!t.id) t.id = `${pid}-${seq}`;
  if (!t.unit && resp?.unit) t.unit = resp.unit;
  if (!t.person && resp?.person) t.person = resp.person;
  if (!t.deadline && problem.values.deadline) t.deadline = problem.values.deadline;
  if (!t.status) {
    const pc = codes['problems.status'] as keyof typeof PROBLEM_STATUS | undefined;
    if (pc) t.status = TASK_STATUS[TASK_STATUS_OF_PROBLEM[pc]][lang];
  }
  return t;
}

/** A further measure of the problem above (a row under its merged cell). */
export function addContinuation(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const problem = f.lastProblem!;
  f.taskSeq++;
  const task = buildTask(row.values.tasks, problem, row.codes, f.taskSeq, run.lang) ?? {
    id: `${String(problem.values.id)}-${f.taskSeq}`,
    problemId: String(problem.values.id),
  };
  run.result.rows.tasks.push({ source: src, values: task, extras: row.extras });
}

/** The problem's ID: its own, generated from the unit and row when empty, prefixed with the unit when already used. */
function problemId(run: RunState, f: FileState, src: RowSource, row: RowValues, unit: string): string {
  let id = cellText(row.values.problems.id ?? '');
  if (!id) {
    id = `${unit}-${src.row}`;
    run.result.notices.push(
      notice(src, f.idCol?.column ?? 0, '', f.idCol?.header ?? '', 'import.id.generated', { id }),
    );
  } else if (run.usedIds.has(id)) {
    const original = id;
    id = `${unit}-${original}`;
    for (let n = 2; run.usedIds.has(id); n++) id = `${unit}-${original}-${n}`;
    row.extras[run.originalIdName] = original;
    f.qualified++;
    if (f.qualifiedExamples.length < 3) f.qualifiedExamples.push(`${original} → ${id}`);
  }
  run.usedIds.add(id);
  return id;
}

/** The same row seen in another file (all cells equal except the unit): reported, kept. */
function noteDuplicate(run: RunState, f: FileState, src: RowSource): void {
  const cells = f.mapping
    .filter((m) => m !== f.unitCol)
    .map((m) => (isPlaceholder(f.reader.value(src.row, m.column)) ? '' : cellText(f.reader.value(src.row, m.column))));
  const print = fingerprint(JSON.stringify(cells));
  const before = run.rowPrints.get(print);
  if (!before) {
    run.rowPrints.set(print, { file: src.file, row: src.row });
    return;
  }
  const k = `${src.file}\u0000${before.file}`;
  const d = run.duplicates.get(k) ?? { file: src.file, rows: [], other: before.file, otherRows: [] };
  d.rows.push(src.row);
  d.otherRows.push(before.row);
  run.duplicates.set(k, d);
}

/** A row that starts a problem: the problem, its responsibility, its first measure. */
export function addProblem(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const p = row.values.problems;
  if (!p.inspectedUnit) p.inspectedUnit = f.unitCol ? null : f.stem;
  const unit = cellText(p.inspectedUnit ?? '') || f.stem;
  const id = problemId(run, f, src, row, unit);
  p.id = id;
  const problem: OutRow = { source: src, values: p, extras: row.extras };
  run.result.rows.problems.push(problem);
  f.lastProblem = problem;
  f.taskSeq = 1;
  noteDuplicate(run, f, src);
  // Its responsibility: only when the source names someone or a unit for it.
  const resp = row.values.responsibilities;
  if (Object.entries(resp).some(([k, v]) => k !== 'problemId' && v !== null && v !== undefined && v !== '')) {
    resp.problemId = id;
    if (!resp.unit) resp.unit = p.inspectedUnit ?? unit;
    run.result.rows.responsibilities.push({ source: src, values: resp, extras: {} });
  }
  const task = buildTask(row.values.tasks, problem, row.codes, 1, run.lang, resp);
  if (task) run.result.rows.tasks.push({ source: src, values: task, extras: {} });
}

/** The unit column, the ID column: what every row of the file needs. */
export function fileColumns(f: FileState): void {
  f.unitCol = columnFor(f, 'problems', 'inspectedUnit');
  f.idCol = columnFor(f, 'problems', 'id');
}
