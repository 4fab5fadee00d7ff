/** Rules on deadlines (docs/DEADLINES.md): order of dates, missing limits, hand-edited deadlines, uncovered years. */
import { listSeparator, t } from '../../../../i18n';
import type { ProblemRecord, TaskRecord } from '../../../read/records';
import type { IsoDate } from '../../../rules/dates';
import { type CheckContext, cellOf } from '../context';
import type { CheckRule } from '../rule';

type DatedList = 'problems' | 'tasks';

/**
 * Every problem, then every task: the records with a deadline, which several rules walk. Visited in place: a list
 * of 60,000 wrappers made for them was kept for the whole check.
 */
function eachDated(ctx: CheckContext, visit: (id: DatedList, rec: ProblemRecord | TaskRecord) => void): void {
  const { problems, tasks } = ctx.parsed;
  for (let i = 0; i < problems.length; i++) visit('problems', problems[i]);
  for (let i = 0; i < tasks.length; i++) visit('tasks', tasks[i]);
}

/** The feedback date a deadline counts from: a problem's own, a task's problem's. */
function feedbackOf(ctx: CheckContext, id: DatedList, rec: ProblemRecord | TaskRecord): IsoDate | null {
  if (id === 'problems') return (rec as ProblemRecord).feedbackDate;
  return ctx.problemsById.get((rec as TaskRecord).problemId)?.feedbackDate ?? null;
}

export const deadlineBeforeFeedback: CheckRule = {
  code: 'deadline.beforeFeedback',
  severity: 'error',
  run(ctx, emit) {
    eachDated(ctx, (id, rec) => {
      if (!rec.deadline) return;
      const feedback = feedbackOf(ctx, id, rec);
      if (!feedback || rec.deadline >= feedback) return;
      const key = ctx.mappings[id].columns.deadline !== undefined ? 'deadline' : 'timeLimit';
      emit(cellOf(ctx, id, rec, key), 'check.deadline.beforeFeedback', { deadline: rec.deadline, feedback });
    });
  },
};

/** No time limit and no deadline: the item can never be overdue (unless its kind says 立行立改 / 长期坚持). */
export const deadlineMissing: CheckRule = {
  code: 'deadline.missing',
  severity: 'warning',
  run(ctx, emit) {
    eachDated(ctx, (id, rec) => {
      if (rec.timeLimit || rec.deadlineCell !== null) return;
      if (id === 'problems') {
        const p = rec as ProblemRecord;
        if ((p.kind !== null && p.kind !== 'timeLimited') || p.feedbackDate === null) return;
      }
      emit(cellOf(ctx, id, rec, 'timeLimit'), 'check.deadline.missing');
    });
  },
};

export const deadlineEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    eachDated(ctx, (id, rec) => {
      const cell = rec.deadlineCell;
      if (!rec.timeLimit || rec.computedDeadline === undefined || !cell || rec.deadlineFormula) return;
      if (cell === rec.computedDeadline) return;
      emit(cellOf(ctx, id, rec, 'deadline'), 'check.computed.deadline', {
        value: cell,
        computed: rec.computedDeadline ?? t(ctx.lang, 'deadline.none'),
        limit: rec.timeLimit,
      });
    });
  },
};

export const calendarUncovered: CheckRule = {
  code: 'calendar.uncovered',
  severity: 'warning',
  run(ctx, emit) {
    eachDated(ctx, (id, rec) => {
      if (rec.deadlineTyped || !rec.computedDeadline || rec.calendarCovered) return;
      emit(cellOf(ctx, id, rec, 'deadline'), 'check.calendar.uncovered', {
        years: rec.uncoveredYears.join(listSeparator(ctx.lang)),
      });
    });
  },
};

/** A measure due after its problem (warning): the problem cannot be closed on time. */
export const taskAfterProblem: CheckRule = {
  code: 'task.deadlineAfterProblem',
  severity: 'warning',
  run(ctx, emit) {
    const tasks = ctx.parsed.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
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
