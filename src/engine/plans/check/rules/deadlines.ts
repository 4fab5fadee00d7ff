/** Rules on deadlines (docs/DEADLINES.md): order of dates, missing limits, hand-edited deadlines, uncovered years. */
import { listSeparator, t } from '../../../../i18n';
import type { ProblemRecord, TaskRecord } from '../../../read/records';
import type { IsoDate } from '../../../rules/dates';
import { type CheckContext, cellOf } from '../context';
import type { CheckRule } from '../rule';

type Dated =
  | { id: 'problems'; rec: ProblemRecord; feedback: IsoDate | null }
  | { id: 'tasks'; rec: TaskRecord; feedback: IsoDate | null };

/** The list per check (several rules walk it: built once, not once per rule). */
const datedLists = new WeakMap<CheckContext, Dated[]>();

/** Every problem and task with the feedback date its deadline counts from (a task's is its problem's). */
function dated(ctx: CheckContext): Dated[] {
  let list = datedLists.get(ctx);
  if (!list) datedLists.set(ctx, (list = buildDated(ctx)));
  return list;
}

function buildDated(ctx: CheckContext): Dated[] {
  return [
    ...ctx.parsed.problems.map((rec): Dated => ({ id: 'problems', rec, feedback: rec.feedbackDate })),
    ...ctx.parsed.tasks.map((rec): Dated => ({
      id: 'tasks',
      rec,
      feedback: ctx.problemsById.get(rec.problemId)?.feedbackDate ?? null,
    })),
  ];
}

export const deadlineBeforeFeedback: CheckRule = {
  code: 'deadline.beforeFeedback',
  severity: 'error',
  run(ctx, emit) {
    for (const { id, rec, feedback } of dated(ctx)) {
      if (!rec.deadline || !feedback || rec.deadline >= feedback) continue;
      const key = ctx.mappings[id].columns.deadline !== undefined ? 'deadline' : 'timeLimit';
      emit(cellOf(ctx, id, rec, key), 'check.deadline.beforeFeedback', { deadline: rec.deadline, feedback });
    }
  },
};

/** No time limit and no deadline: the item can never be overdue (unless its kind says 立行立改 / 长期坚持). */
export const deadlineMissing: CheckRule = {
  code: 'deadline.missing',
  severity: 'warning',
  run(ctx, emit) {
    for (const { id, rec } of dated(ctx)) {
      if (rec.timeLimit || rec.deadlineCell !== null) continue;
      if (id === 'problems') {
        const p = rec as ProblemRecord;
        if ((p.kind !== null && p.kind !== 'timeLimited') || p.feedbackDate === null) continue;
      }
      emit(cellOf(ctx, id, rec, 'timeLimit'), 'check.deadline.missing');
    }
  },
};

export const deadlineEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    for (const { id, rec } of dated(ctx)) {
      const cell = rec.deadlineCell;
      if (!rec.timeLimit || rec.computedDeadline === undefined || !cell || rec.deadlineFormula) continue;
      if (cell === rec.computedDeadline) continue;
      emit(cellOf(ctx, id, rec, 'deadline'), 'check.computed.deadline', {
        value: cell,
        computed: rec.computedDeadline ?? t(ctx.lang, 'deadline.none'),
        limit: rec.timeLimit,
      });
    }
  },
};

export const calendarUncovered: CheckRule = {
  code: 'calendar.uncovered',
  severity: 'warning',
  run(ctx, emit) {
    for (const { id, rec } of dated(ctx)) {
      if (rec.deadlineTyped || !rec.computedDeadline || rec.calendarCovered) continue;
      emit(cellOf(ctx, id, rec, 'deadline'), 'check.calendar.uncovered', {
        years: rec.uncoveredYears.join(listSeparator(ctx.lang)),
      });
    }
  },
};

/** A measure due after its problem (warning): the problem cannot be closed on time. */
export const taskAfterProblem: CheckRule = {
  code: 'task.deadlineAfterProblem',
  severity: 'warning',
  run(ctx, emit) {
    for (const task of ctx.parsed.tasks) {
      const p = ctx.problemsById.get(task.problemId);
      if (!p?.deadline || !task.deadline || task.deadline <= p.deadline) continue;
      // A problem whose own deadline is before its feedback date is already an error; its tasks are not compared.
      if (p.feedbackDate && p.deadline < p.feedbackDate) continue;
      emit(cellOf(ctx, 'tasks', task, 'deadline'), 'check.task.deadlineAfterProblem', {
        deadline: task.deadline,
        problemDeadline: p.deadline,
        id: p.id,
      });
    }
  },
};
