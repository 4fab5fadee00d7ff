/** Rules on closing out (docs/STATUS.md): a closed problem has its date, its reviewer and no open measure; no date lies in the future. */
import { isEmptyValue } from '../../../core/cells';
import { listSeparator } from '../../../../i18n';
import { PROBLEM_STATUS, TASK_STATUS } from '../../../schema/values';
import { cellOf } from '../context';
import type { CheckRule } from '../rule';
import { rawValue } from '../../../read/rowReader';

export const closedNoClosedOn: CheckRule = {
  code: 'closed.noClosedOn',
  severity: 'error',
  run(ctx, emit) {
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.status === 'closed' && !p.closedOn && isEmptyValue(rawValue(p, 'closedOn') ?? null)) {
        emit(cellOf(ctx, 'problems', p, 'closedOn'), 'check.closed.noClosedOn');
      }
    }
  },
};

export const closedNoReviewer: CheckRule = {
  code: 'closed.noReviewer',
  severity: 'error',
  run(ctx, emit) {
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.status === 'closed' && !p.reviewer) emit(cellOf(ctx, 'problems', p, 'reviewer'), 'check.closed.noReviewer');
    }
  },
};

export const closedOpenTasks: CheckRule = {
  code: 'closed.openTasks',
  severity: 'error',
  run(ctx, emit) {
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.status !== 'closed' || !p.id || ctx.problemsById.get(p.id) !== p) continue;
      const open = (ctx.tasksByProblem.get(p.id) ?? []).filter((task) => task.status !== 'done');
      if (open.length === 0) continue;
      const shown = open.slice(0, 5).map((task) => task.id || `#${task.row}`);
      emit(cellOf(ctx, 'problems', p, 'status'), 'check.closed.openTasks', {
        count: open.length,
        tasks: shown.join(listSeparator(ctx.lang)) + (open.length > 5 ? '…' : ''),
      });
    }
  },
};

export const dateFuture: CheckRule = {
  code: 'date.future',
  severity: 'error',
  run(ctx, emit) {
    const today = ctx.today;
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.completedOn && p.completedOn > today)
        emit(cellOf(ctx, 'problems', p, 'completedOn'), 'check.date.future', { date: p.completedOn, today });
      if (p.closedOn && p.closedOn > today)
        emit(cellOf(ctx, 'problems', p, 'closedOn'), 'check.date.future', { date: p.closedOn, today });
    }
    const tasks = ctx.parsed.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (task.doneOn && task.doneOn > today)
        emit(cellOf(ctx, 'tasks', task, 'doneOn'), 'check.date.future', { date: task.doneOn, today });
    }
  },
};

/** A completion date on an item whose status says it is not finished: counted as open, so the office should know. */
export const completedButOpen: CheckRule = {
  code: 'status.completedOpen',
  severity: 'warning',
  run(ctx, emit) {
    const lang = ctx.lang;
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (!p.completedOn || (p.status !== 'notStarted' && p.status !== 'inProgress')) continue;
      const params = { date: p.completedOn, status: p.statusText, done: PROBLEM_STATUS.pendingReview[lang] };
      emit(cellOf(ctx, 'problems', p, 'completedOn'), 'check.status.completedOpen', params);
    }
    const tasks = ctx.parsed.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (!task.doneOn || (task.status !== 'notStarted' && task.status !== 'inProgress')) continue;
      const params = { date: task.doneOn, status: task.statusText, done: TASK_STATUS.done[lang] };
      emit(cellOf(ctx, 'tasks', task, 'doneOn'), 'check.status.completedOpen', params);
    }
  },
};

/** 待审核 without a completion date: in review, but whether it was on time cannot be judged. */
export const pendingWithoutDate: CheckRule = {
  code: 'status.pendingNoDate',
  severity: 'warning',
  run(ctx, emit) {
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if (p.status === 'pendingReview' && !p.completedOn && isEmptyValue(rawValue(p, 'completedOn') ?? null)) {
        emit(cellOf(ctx, 'problems', p, 'completedOn'), 'check.status.pendingNoDate');
      }
    }
  },
};
