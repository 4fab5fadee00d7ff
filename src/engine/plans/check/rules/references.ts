/** Rules on IDs and references: unique IDs, rows pointing at a problem that exists, one leader and one task per problem. */
import type { CheckRule } from '../rule';
import { cellOf } from '../context';

export const idDuplicate: CheckRule = {
  code: 'id.duplicate',
  severity: 'error',
  run(ctx, emit) {
    // The first problem of each ID is indexed already (a second map of 10,000 IDs is not made for this).
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const rec = problems[i];
      if (!rec.id) continue;
      const first = ctx.problemsById.get(rec.id)!;
      if (first !== rec)
        emit(cellOf(ctx, 'problems', rec, 'id'), 'check.id.duplicate', { id: rec.id, firstRow: first.row });
    }
    const tasks = ctx.parsed.tasks;
    const first = new Map<string, number>();
    for (let i = 0; i < tasks.length; i++) {
      const rec = tasks[i];
      if (!rec.id) continue;
      const f = first.get(rec.id);
      if (f === undefined) first.set(rec.id, rec.row);
      else emit(cellOf(ctx, 'tasks', rec, 'id'), 'check.id.duplicate', { id: rec.id, firstRow: f });
    }
  },
};

export const refMissingProblem: CheckRule = {
  code: 'ref.missingProblem',
  severity: 'error',
  run(ctx, emit) {
    for (const [id, list] of [
      ['responsibilities', ctx.parsed.responsibilities],
      ['tasks', ctx.parsed.tasks],
    ] as const) {
      for (let i = 0; i < list.length; i++) {
        const rec = list[i];
        if (rec.problemId && !ctx.problemsById.has(rec.problemId)) {
          emit(cellOf(ctx, id, rec, 'problemId'), 'check.ref.missingProblem', { id: rec.problemId });
        }
      }
    }
  },
};

/** "一个问题、一名领导": every problem has a responsibility row. */
export const problemNoLeader: CheckRule = {
  code: 'problem.noLeader',
  severity: 'error',
  run(ctx, emit) {
    const led = new Set(ctx.parsed.responsibilities.map((r) => r.problemId).filter(Boolean));
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.id && ctx.problemsById.get(p.id) === p && !led.has(p.id)) {
        emit(cellOf(ctx, 'problems', p, 'id'), 'check.problem.noLeader', { id: p.id });
      }
    }
  },
};

export const problemNoTask: CheckRule = {
  code: 'problem.noTask',
  severity: 'error',
  run(ctx, emit) {
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.id && ctx.problemsById.get(p.id) === p && !ctx.tasksByProblem.has(p.id)) {
        emit(cellOf(ctx, 'problems', p, 'id'), 'check.problem.noTask', { id: p.id });
      }
    }
  },
};
