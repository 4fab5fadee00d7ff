/**
 * The tasks (整改措施) of one demo problem: 3 to 7 measures, each with its own
 * time limit within the problem's, a status that fits the problem's scenario
 * and, once done, a completion date between the feedback date and today.
 */
import { TASK_STATUS, type IsoDate, addDays, daysBetween, toExcelSerial } from '../engine';
import { type DemoContext, tx } from './context';
import { deadlineOf } from './deadlines';
import type { Scenario } from './scenarios';
import type { Row } from './types';
import { DEPARTMENTS, EVIDENCE, LIMITS, MEASURES, PROGRESS_DOING, PROGRESS_DONE, personName } from './words';

/** The problem a task list is made for. */
export interface TaskParent {
  id: string;
  scenario: Scenario;
  immediate: boolean;
  feedback: IsoDate;
  limit: string;
  deadline: IsoDate | null;
  /** Every task is done (closed or waiting for review). */
  finished: boolean;
}

export interface TaskList {
  rows: Row[];
  /** Completion dates of the tasks done. */
  doneDates: IsoDate[];
  /** The department of the first task, also the lead unit in the responsibility list. */
  internalUnit: string;
}

type TaskStatus = 'notStarted' | 'inProgress' | 'done';

/** A task's own limit: often a shorter one than the problem's, never due after it. */
function taskLimit(ctx: DemoContext, p: TaskParent): { limit: string; deadline: IsoDate | null } {
  const { rng, lang, today } = ctx;
  if (p.scenario !== 'ongoing' && !p.immediate && rng.chance(0.6)) {
    const cand = rng.pick(LIMITS[lang]);
    const d = deadlineOf(ctx, p.feedback, cand);
    if (d && d.deadline && d.calendarCovered && p.deadline && d.deadline <= p.deadline)
      return { limit: cand, deadline: d.deadline };
  } else if (p.scenario === 'ongoing' && rng.chance(0.5)) {
    // An ongoing problem may still have a staged measure due by the end of the year.
    const cand = LIMITS[lang][LIMITS[lang].length - 1];
    const d = deadlineOf(ctx, p.feedback, cand);
    if (d && d.deadline && d.calendarCovered && d.deadline > today) return { limit: cand, deadline: d.deadline };
  }
  return { limit: p.limit, deadline: p.deadline };
}

function taskStatus(ctx: DemoContext, p: TaskParent, deadline: IsoDate | null): TaskStatus {
  if (p.finished) return 'done';
  if (p.scenario === 'notStarted') return 'notStarted';
  if (deadline && deadline < ctx.today) return ctx.rng.chance(0.6) ? 'done' : 'inProgress';
  return ctx.rng.pick(['notStarted', 'inProgress', 'inProgress', 'done'] as const);
}

/** When a done task was done: after the feedback, by today, and for a problem closed on time by its deadline. */
function doneDate(ctx: DemoContext, p: TaskParent, deadline: IsoDate | null, latestFinish: IsoDate): IsoDate {
  const { rng, today } = ctx;
  const from = addDays(p.feedback, 1);
  let to = p.finished ? latestFinish : today;
  if (!p.finished && deadline && deadline < to && rng.chance(0.8)) to = deadline;
  if (to < from) to = from;
  const doneOn = addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
  return doneOn > today ? today : doneOn;
}

export function generateTasks(ctx: DemoContext, p: TaskParent): TaskList {
  const { rng, today } = ctx;
  const count = rng.int(3, 7);
  const internalUnit = rng.pick(DEPARTMENTS);
  const latestFinish = p.deadline && p.scenario === 'closedOnTime' ? (p.deadline < today ? p.deadline : today) : today;
  const rows: Row[] = [];
  const doneDates: IsoDate[] = [];
  for (let k = 0; k < count; k++) {
    const own = taskLimit(ctx, p);
    const status = taskStatus(ctx, p, own.deadline);
    const doneOn = status === 'done' ? doneDate(ctx, p, own.deadline, latestFinish) : null;
    if (doneOn) doneDates.push(doneOn);
    // Property order is draw order: keep it.
    rows.push({
      id: `${p.id}-${k + 1}`,
      problemId: p.id,
      measure: rng.pick(MEASURES),
      unit: k === 0 ? internalUnit : rng.pick(DEPARTMENTS),
      person: personName(rng),
      timeLimit: own.limit,
      deadline: own.deadline ? toExcelSerial(own.deadline) : null,
      progress: status === 'done' ? rng.pick(PROGRESS_DONE) : status === 'inProgress' ? rng.pick(PROGRESS_DOING) : null,
      status: tx(ctx, TASK_STATUS[status]),
      doneOn: doneOn ? toExcelSerial(doneOn) : null,
      evidence: status === 'done' ? rng.pick(EVIDENCE) : null,
    });
  }
  return { rows, doneDates, internalUnit };
}
