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
import { cellAddress } from '../core/a1';
import { logText } from '../audit/chain';
import { problemKey } from './identity';
import type { LedgerRow } from './types';
import { fingerprint } from './sources';
import { compareRow } from './update';
import { TASK_STATUS_OF_PROBLEM, isPlaceholder } from './values';

/** A measure's status, when the source has none of its own: derived from the problem's (是 → 已完成, 否 → 进行中). */
function withDerivedStatus(
  t: Record<string, CellValue>,
  codes: Record<string, string>,
  lang: Lang,
): Record<string, CellValue> {
  const pc = codes['problems.status'] as keyof typeof PROBLEM_STATUS | undefined;
  return t.status || !pc ? t : { ...t, status: TASK_STATUS[TASK_STATUS_OF_PROBLEM[pc]][lang] };
}

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
  if (!t.status) t.status = withDerivedStatus(t, codes, lang).status ?? null;
  if (t.status === null) delete t.status;
  return t;
}

/** A further measure of the problem above (a row under its merged cell). */
export function addContinuation(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const problem = f.lastProblem!;
  f.taskSeq++;
  if (f.matched) {
    // The problem is already in the ledger: its measure of this rank is updated, or added when new.
    const task = f.matched.tasks.get(`${f.matched.id}-${f.taskSeq}`);
    if (task) {
      compareInto(run, f, task, row.values.tasks, src);
      return;
    }
  }
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

/** Updates and conflicts of one ledger row against the source's values, into the run's result; conflicts reported at the source cell. */
function compareInto(
  run: RunState,
  f: FileState,
  target: LedgerRow,
  values: Record<string, CellValue>,
  src: RowSource,
): void {
  const first = run.result.conflicts.length;
  compareRow(target, values, run.existing!, src, run.result);
  for (const c of run.result.conflicts.slice(first)) {
    const col = columnFor(f, target.list, c.key);
    const params = {
      cell: `${c.sheet} ${cellAddress(c.row, c.column)}`,
      ledger: logText(c.old),
      source: logText(c.value),
    };
    run.result.notices.push(
      notice(src, col?.column ?? 0, logText(c.value), col?.header ?? c.key, 'import.cell.conflict', params),
    );
  }
}

/** The same problem again: the ledger's (updated where only the source changed), or an earlier row of this import. */
function foundAgain(run: RunState, f: FileState, src: RowSource, row: RowValues, unit: string): boolean {
  const p = row.values.problems;
  const key = problemKey(unit, p.id ?? null, p.description ?? null);
  if (!key) return false;
  const print = fingerprint(JSON.stringify([row.values, row.extras]));
  const seen = run.seen.get(key);
  if (seen) {
    run.result.counts.repeated++;
    const code = seen.print === print ? 'import.row.repeated' : 'import.row.repeatedDiffers';
    run.result.notices.push(notice(src, 0, '', '', code, { other: seen.file, otherRow: seen.row }));
    f.lastProblem = null;
    f.matched = null;
    return true;
  }
  run.seen.set(key, { file: src.file, row: src.row, print });
  const existing = run.existing?.problems.get(key);
  if (!existing) return false;
  const before = [run.result.updates.length, run.result.conflicts.length];
  compareInto(run, f, existing, p, src);
  if (existing.responsibility) compareInto(run, f, existing.responsibility, row.values.responsibilities, src);
  const task = existing.tasks.get(`${existing.id}-1`);
  if (task) compareInto(run, f, task, withDerivedStatus(row.values.tasks, row.codes, run.lang), src);
  const changed = run.result.updates.length > before[0] || run.result.conflicts.length > before[1];
  if (changed) run.result.counts.updatedProblems++;
  else {
    run.result.counts.alreadyImported++;
    run.result.notices.push(notice(src, 0, '', '', 'import.row.alreadyImported', { id: existing.id }));
  }
  f.matched = existing;
  f.lastProblem = { source: src, values: { id: existing.id }, extras: {} };
  f.taskSeq = 1;
  return true;
}

/** A row that starts a problem: the problem, its responsibility, its first measure — unless it is one found again. */
export function addProblem(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const p = row.values.problems;
  if (!p.inspectedUnit) p.inspectedUnit = f.unitCol ? null : f.stem;
  const unit = cellText(p.inspectedUnit ?? '') || f.stem;
  if (foundAgain(run, f, src, row, unit)) return;
  f.matched = null;
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
  // The other units of a group over roles (整改责任单位 over 施工 / 监理), each its own responsibility (layout.ts).
  for (const more of row.moreResponsibilities ?? [])
    run.result.rows.responsibilities.push({ source: src, values: { ...more, problemId: id }, extras: {} });
  const task = buildTask(row.values.tasks, problem, row.codes, 1, run.lang, resp);
  if (task) run.result.rows.tasks.push({ source: src, values: task, extras: {} });
}

/** The unit column, the ID column: what every row of the file needs. */
export function fileColumns(f: FileState): void {
  f.unitCol = columnFor(f, 'problems', 'inspectedUnit');
  f.idCol = columnFor(f, 'problems', 'id');
}
