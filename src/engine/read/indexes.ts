/**
 * The indexes of a reading that the reader, check and the commands share: the first problem of each ID (the one
 * its measures, responsibilities and extensions belong to) and each problem ID's measures in sheet order. Each is
 * made once per list read and kept beside it (a reading's lists are not changed once read): the reader and check
 * each built their own, 60,000 entries at 10,000 problems.
 */
import type { ProblemRecord, TaskRecord } from './records';

const byId = new WeakMap<readonly ProblemRecord[], ReadonlyMap<string, ProblemRecord>>();
const byProblem = new WeakMap<readonly TaskRecord[], ReadonlyMap<string, readonly TaskRecord[]>>();

/** The first problem of each ID (a duplicate ID is check's finding, not a second problem). */
export function problemsById(problems: readonly ProblemRecord[]): ReadonlyMap<string, ProblemRecord> {
  let index = byId.get(problems);
  if (!index) {
    const out = new Map<string, ProblemRecord>();
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.id && !out.has(p.id)) out.set(p.id, p);
    }
    byId.set(problems, (index = out));
  }
  return index;
}

/** Each problem ID's measures in sheet order (a measure without a problem ID is in none). */
export function tasksByProblem(tasks: readonly TaskRecord[]): ReadonlyMap<string, readonly TaskRecord[]> {
  let index = byProblem.get(tasks);
  if (!index) {
    const out = new Map<string, TaskRecord[]>();
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (!task.problemId) continue;
      const list = out.get(task.problemId);
      if (list) list.push(task);
      else out.set(task.problemId, [task]);
    }
    byProblem.set(tasks, (index = out));
  }
  return index;
}
