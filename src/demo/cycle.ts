/**
 * The demo's 移交清单 and 整改报告: clues in every state (awaiting signature,
 * signing late, being handled, due soon, overdue — signed or not — finished
 * on time, finished late) and one report per unit in every state (not due,
 * due soon, overdue, in review, passed, sent back and due again, sent back
 * twice and resubmitted, passed after a send-back): 21 units, 19 of them past
 * their period, 4 of those sent back at least once — the seeds' "19个整改期满
 * 单位…有4个单位被打回重写". Drawn from an Rng of their own, so the problem
 * lists are the same with or without them. Deadlines in the future use a
 * relative limit only when the calendar covers it (else a date), so `check`
 * stays clean.
 */
import { CLUE_STATUS, type IsoDate, REPORT_RESULT, addDays, addMonths, daysBetween, toExcelSerial } from '../engine';
import { type DemoContext, tx } from './context';
import { deadlineOf } from './deadlines';
import { Rng } from './rng';
import type { Row } from './types';
import { REJECT_REASONS, REVIEW_BODIES, UNITS, personName } from './words';
import { CLUE_RESULTS, CLUE_SUMMARIES, RECEIVERS, clueLimits } from './cycleWords';

export type ClueScenario =
  'awaiting' | 'signLate' | 'handling' | 'dueSoon' | 'overdue' | 'overdueUnsigned' | 'onTime' | 'late';

/** Every state first, then a realistic mix. */
const CLUE_FORCED: ClueScenario[] = [
  'awaiting',
  'signLate',
  'handling',
  'dueSoon',
  'overdue',
  'overdueUnsigned',
  'onTime',
  'late',
];
const CLUE_MIX: ClueScenario[] = ['handling', 'onTime', 'onTime', 'handling', 'overdue', 'late', 'awaiting', 'onTime'];

interface Placed {
  limit: string;
  deadline: IsoDate;
}

/** A 办理时限 from `start` whose deadline is `lo`..`hi` days from today: a relative limit when one fits, else a date. */
function placeDeadline(ctx: DemoContext, rng: Rng, start: IsoDate, lo: number, hi: number): Placed {
  const limits = clueLimits(ctx.lang);
  for (let i = 0; i < 8; i++) {
    const limit = rng.pick(limits);
    const d = deadlineOf(ctx, start, limit);
    if (!d?.deadline || !d.calendarCovered) continue;
    const off = daysBetween(ctx.today, d.deadline);
    if (off >= lo && off <= hi) return { limit, deadline: d.deadline };
  }
  const deadline = addDays(ctx.today, Math.max(rng.int(lo, hi), daysBetween(ctx.today, start) + 1));
  return { limit: deadline, deadline };
}

function clueRow(ctx: DemoContext, rng: Rng, i: number, scenario: ClueScenario, problemIds: string[]): Row {
  const T = ctx.today;
  const soon = ctx.settings.dueSoonDays;
  const cap = Math.min(90, ctx.capOnTrack);
  const ago: Record<ClueScenario, [number, number]> = {
    awaiting: [0, 2],
    signLate: [8, 20],
    handling: [10, 60],
    dueSoon: [20, 60],
    overdue: [60, 150],
    overdueUnsigned: [45, 100],
    onTime: [90, 200],
    late: [150, 260],
  };
  const transfer = addDays(T, -rng.int(...ago[scenario]));
  const range: Record<ClueScenario, [number, number]> = {
    awaiting: [soon + 1, cap],
    signLate: [soon + 1, cap],
    handling: [soon + 1, cap],
    dueSoon: [0, soon],
    overdue: [-60, -1],
    overdueUnsigned: [-40, -1],
    onTime: [-80, -5],
    late: [-150, -20],
  };
  const { limit, deadline } = placeDeadline(ctx, rng, transfer, ...range[scenario]);
  const unsigned = scenario === 'awaiting' || scenario === 'signLate' || scenario === 'overdueUnsigned';
  const signed = unsigned ? null : addDays(transfer, rng.int(1, 3));
  let finished: IsoDate | null = null;
  if (scenario === 'onTime') finished = addDays(signed!, Math.max(1, Math.floor(daysBetween(signed!, deadline) * 0.7)));
  if (scenario === 'late') finished = addDays(deadline, rng.int(3, 15));
  const status = finished ? CLUE_STATUS.finished : unsigned ? CLUE_STATUS.awaiting : CLUE_STATUS.handling;
  return {
    id: `XS-${T.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
    problemId: i % 3 === 0 && problemIds.length ? problemIds[(i * 7) % problemIds.length] : null,
    source: rng.pick(['第一巡察组', '第二巡察组', '第三巡察组']),
    summary: rng.pick(CLUE_SUMMARIES),
    receiver: tx(ctx, RECEIVERS[i % RECEIVERS.length]),
    transferredOn: toExcelSerial(transfer),
    signedOn: signed ? toExcelSerial(signed) : null,
    signer: signed ? personName(rng) : null,
    timeLimit: limit,
    finishedOn: finished ? toExcelSerial(finished) : null,
    result: finished ? rng.pick(CLUE_RESULTS) : null,
    status: tx(ctx, status),
    tracker: personName(rng),
    notes: null,
  };
}

/** The demo's clues: every state once, then about one clue per ten problems. */
export function generateClues(
  ctx: DemoContext,
  rng: Rng,
  problemIds: string[],
): { rows: Row[]; scenarios: ClueScenario[] } {
  const scenarios = [...CLUE_FORCED];
  for (let i = 0; i < Math.floor(ctx.n / 10); i++) scenarios.push(CLUE_MIX[i % CLUE_MIX.length]);
  return { rows: scenarios.map((s, i) => clueRow(ctx, rng, i, s, problemIds)), scenarios };
}

export type ReportScenario =
  | 'overdue'
  | 'dueSoon'
  | 'notDue'
  | 'inReview'
  | 'passed'
  | 'sentBack'
  | 'sentBackOverdue'
  | 'sentBackTwice'
  | 'passedAfterSentBack';

const REPORT_SCENARIOS: ReportScenario[] = [
  'overdue',
  'dueSoon',
  'notDue',
  'inReview',
  'passed',
  'sentBack',
  'sentBackOverdue',
  'sentBackTwice',
  'passedAfterSentBack',
  ...Array<ReportScenario>(8).fill('passed'),
  'inReview',
  'inReview',
  'inReview',
  'overdue',
];

/** A feedback date whose period (整改期, 2个月) ends `lo`..`hi` days from today, and that end. */
function placePeriod(ctx: DemoContext, rng: Rng, lo: number, hi: number): { feedback: IsoDate; due: IsoDate } | null {
  for (let i = 0; i < 8; i++) {
    const feedback = addMonths(addDays(ctx.today, rng.int(lo, hi)), -2);
    const d = deadlineOf(ctx, feedback, ctx.settings.reportPeriod);
    if (!d?.deadline || !d.calendarCovered) continue;
    const off = daysBetween(ctx.today, d.deadline);
    if (off >= lo && off <= hi) return { feedback, due: d.deadline };
  }
  return null;
}

const DUE_RANGE: Record<ReportScenario, [number, number]> = {
  overdue: [-60, -8],
  dueSoon: [1, 5],
  notDue: [15, 40],
  inReview: [-20, -2],
  passed: [-200, -30],
  sentBack: [-60, -30],
  sentBackOverdue: [-120, -70],
  sentBackTwice: [-150, -100],
  passedAfterSentBack: [-200, -120],
};

function reportRow(ctx: DemoContext, rng: Rng, unit: string, scenario: ReportScenario): Row {
  const lo = DUE_RANGE[scenario];
  // A period ending after today ends no later than the calendar covers (capOnTrack).
  const hi = Math.min(lo[1], ctx.capOnTrack);
  const placed = placePeriod(ctx, rng, Math.min(lo[0], hi), hi);
  const row: Row = { unit, round: '十四届市委第五轮巡察' };
  if (!placed) return { ...row, deadline: toExcelSerial(addDays(ctx.today, lo[1])) }; // a typed period end
  const { feedback, due } = placed;
  row.feedbackDate = toExcelSerial(feedback);
  if (scenario === 'overdue' || scenario === 'dueSoon' || scenario === 'notDue') return row;
  const reviewer = rng.pick(REVIEW_BODIES) + personName(rng);
  const passed = tx(ctx, REPORT_RESULT.passed);
  const rejected = tx(ctx, REPORT_RESULT.rejected);
  const submitted = addDays(due, -rng.int(0, 4));
  const d = (iso: IsoDate) => toExcelSerial(iso);
  switch (scenario) {
    case 'inReview':
      return { ...row, submittedOn: d(addDays(ctx.today, -rng.int(0, 1))) };
    case 'passed':
      return { ...row, submittedOn: d(submitted), result: passed, reviewedOn: d(addDays(submitted, 6)), reviewer };
    default:
      return sentBackRow(ctx, rng, row, scenario, submitted, { rejected, passed, reviewer });
  }
}

/** The reports sent back: the last review's date, reason and time to rewrite, and what came of it. */
function sentBackRow(
  ctx: DemoContext,
  rng: Rng,
  row: Row,
  scenario: ReportScenario,
  submitted: IsoDate,
  words: { rejected: string; passed: string; reviewer: string },
): Row {
  const limit = ctx.lang === 'zh' ? '10个工作日' : '10 working days';
  const d = (iso: IsoDate) => toExcelSerial(iso);
  const base = { ...row, rejectReason: rng.pick(REJECT_REASONS), reviewer: words.reviewer };
  const today = ctx.today;
  switch (scenario) {
    case 'sentBack': {
      // Sent back a few days ago: due again within the limit, not yet.
      const reviewed = addDays(today, -2);
      const due = deadlineOf(ctx, reviewed, limit);
      const timeLimit = due?.calendarCovered ? limit : addDays(today, 10);
      return {
        ...base,
        submittedOn: d(submitted),
        result: words.rejected,
        reviewedOn: d(reviewed),
        rejections: 1,
        timeLimit,
      };
    }
    case 'sentBackOverdue':
      return {
        ...base,
        submittedOn: d(submitted),
        result: words.rejected,
        reviewedOn: d(addDays(submitted, 5)),
        rejections: 1,
        timeLimit: limit,
      };
    case 'sentBackTwice':
      // Sent back twice; the third version came in yesterday.
      return {
        ...base,
        submittedOn: d(addDays(today, -1)),
        result: words.rejected,
        reviewedOn: d(addDays(today, -12)),
        rejections: 2,
        timeLimit: limit,
      };
    default: {
      const again = addDays(submitted, 20);
      return {
        ...base,
        submittedOn: d(again),
        result: words.passed,
        reviewedOn: d(addDays(again, 5)),
        rejections: 1,
        timeLimit: limit,
      };
    }
  }
}

export function generateReports(ctx: DemoContext, rng: Rng): { rows: Row[]; scenarios: ReportScenario[] } {
  const scenarios = REPORT_SCENARIOS;
  return { rows: scenarios.map((s, i) => reportRow(ctx, rng, UNITS[i], s)), scenarios: [...scenarios] };
}

/** The cycle's own random numbers, from the demo's seed. */
export function cycleRng(seed: number): Rng {
  return new Rng((seed * 7919 + 104729) >>> 0);
}
