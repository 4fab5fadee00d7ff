/**
 * One demo problem with its tasks and its rows in the responsibility list,
 * consistent with its scenario: the status, completion and closing dates, the
 * times sent back and the reminders all tell the same story.
 */
import { DEFAULT_LISTS, PROBLEM_STATUS, type IsoDate, addDays, daysBetween, toExcelSerial, yearOf } from '../engine';
import { type DemoContext, kindText, tx } from './context';
import { targetFor } from './deadlines';
import { type Scenario, isClosed } from './scenarios';
import { type TaskList, type TaskParent, generateTasks } from './tasks';
import type { Row } from './types';
import {
  DEPARTMENTS,
  DESCRIPTIONS,
  DUTIES,
  IMMEDIATE,
  LIMITS,
  ONGOING,
  REJECT_REASONS,
  RESULTS,
  REVIEW_BODIES,
  ROUND_NAMES,
  UNITS,
  landline,
  mobile,
  personName,
} from './words';

export interface GeneratedProblem {
  problem: Row;
  tasks: Row[];
  responsibilities: Row[];
}

/** 'XC-2025-0001': the year of today, the number padded to at least four digits. */
function problemId(ctx: DemoContext, i: number): string {
  const width = Math.max(4, String(ctx.n).length);
  return `XC-${yearOf(ctx.today)}-${String(i + 1).padStart(width, '0')}`;
}

/** When the problem was completed and closed; a problem closed late is completed after its deadline. */
function closingDates(
  ctx: DemoContext,
  p: TaskParent,
  tasks: TaskList,
): { completedOn: IsoDate | null; closedOn: IsoDate | null } {
  const { rng, today } = ctx;
  if (!p.finished) return { completedOn: null, closedOn: null };
  let completedOn = tasks.doneDates.reduce((a, b) => (a > b ? a : b), addDays(p.feedback, 1));
  if (p.scenario === 'closedLate' && p.deadline && completedOn <= p.deadline) {
    completedOn = addDays(p.deadline, rng.int(1, Math.max(1, Math.min(40, daysBetween(p.deadline, today)))));
    // The last task is what made it late.
    tasks.rows[tasks.rows.length - 1].doneOn = toExcelSerial(completedOn);
  }
  if (completedOn > today) completedOn = today;
  let closedOn = isClosed(p.scenario) ? addDays(completedOn, rng.int(0, 10)) : null;
  if (closedOn && closedOn > today) closedOn = today;
  return { completedOn, closedOn };
}

function statusOf(scenario: Scenario) {
  const ps = PROBLEM_STATUS;
  if (scenario === 'rejected') return ps.rejected;
  if (isClosed(scenario)) return ps.closed;
  if (scenario === 'pending') return ps.pendingReview;
  if (scenario === 'notStarted') return ps.notStarted;
  return ps.inProgress;
}

/** The inspection round: problems fed back longer ago belong to earlier rounds. */
function roundOf(ctx: DemoContext, feedback: IsoDate): string {
  const age = daysBetween(feedback, ctx.today);
  return ROUND_NAMES[Math.min(ROUND_NAMES.length - 1, Math.max(0, Math.floor((540 - age) / 90)))];
}

/** The lead unit's row, and sometimes a supporting unit's. */
function responsibilityRows(ctx: DemoContext, id: string, tasks: TaskList): Row[] {
  const { rng } = ctx;
  const leader = personName(rng);
  const rows: Row[] = [
    {
      problemId: id,
      leader,
      unit: tasks.internalUnit,
      person: tasks.rows[0].person,
      supportUnits: rng.chance(0.5) ? `${rng.pick(DEPARTMENTS)}、${rng.pick(DEPARTMENTS)}` : null,
      duty: DUTIES[0],
      phone: rng.chance(0.8) ? mobile(rng) : landline(rng),
    },
  ];
  if (rng.chance(0.3)) {
    rows.push({
      problemId: id,
      leader,
      unit: rng.pick(DEPARTMENTS),
      person: personName(rng),
      supportUnits: null,
      duty: rng.pick(DUTIES.slice(1)),
      phone: mobile(rng),
    });
  }
  return rows;
}

/** The problem at index i. Every draw from ctx.rng happens in a fixed order: keep it. */
export function generateProblem(ctx: DemoContext, i: number, scenario: Scenario): GeneratedProblem {
  const { rng, lang, today } = ctx;
  const id = problemId(ctx, i);
  const category = rng.pick(DEFAULT_LISTS.category.values);
  const description = rng.pick(DESCRIPTIONS[category.code] ?? DESCRIPTIONS.other);
  const immediate = scenario !== 'ongoing' && rng.chance(0.12);
  const severity = tx(ctx, rng.pick(DEFAULT_LISTS.severity.values));
  const t = targetFor(ctx, scenario, immediate ? [IMMEDIATE[lang]] : LIMITS[lang]);
  const closed = isClosed(scenario);
  const parent: TaskParent = {
    id,
    scenario,
    immediate,
    feedback: t ? t.feedback : addDays(today, -rng.int(60, 400)),
    limit: t ? t.limit : ONGOING[lang],
    deadline: t ? t.deadline : null,
    finished: closed || scenario === 'pending',
  };
  const tasks = generateTasks(ctx, parent);
  const { completedOn, closedOn } = closingDates(ctx, parent, tasks);
  const rejections = scenario === 'rejected' ? rng.int(1, 2) : closed && rng.chance(0.2) ? 1 : null;
  // Property order is draw order: keep it. The 预警 (alert) column is left to refresh.
  const problem: Row = {
    id,
    round: roundOf(ctx, parent.feedback),
    inspectedUnit: rng.pick(UNITS),
    category: tx(ctx, category),
    description,
    severity,
    kind: kindText(ctx, scenario === 'ongoing' ? 'ongoing' : immediate ? 'immediate' : 'timeLimited'),
    feedbackDate: toExcelSerial(parent.feedback),
    timeLimit: parent.limit,
    deadline: parent.deadline ? toExcelSerial(parent.deadline) : null,
    status: tx(ctx, statusOf(scenario)),
    completedOn: completedOn ? toExcelSerial(completedOn) : null,
    closedOn: closedOn ? toExcelSerial(closedOn) : null,
    reviewer: closed ? rng.pick(REVIEW_BODIES) + personName(rng) : null,
    result: closed ? rng.pick(RESULTS) : null,
    rejections,
    rejectReason: rejections ? rng.pick(REJECT_REASONS) : null,
    reminders: scenario === 'overdue' ? rng.int(1, 3) : null,
    notes: scenario === 'overdue' && rng.chance(0.3) ? '已发提醒督办函' : null,
  };
  return { problem, tasks: tasks.rows, responsibilities: responsibilityRows(ctx, id, tasks) };
}
