/**
 * --mistakes on 延期申请: one violation of each of its rules, each on its own
 * row. The register names the first problems (the fixed scenarios, which no
 * other planting uses), with requests that change no alert: undecided, refused
 * in effect (a decision not on the list), or granted no later than the date
 * the problem was closed on time.
 */
import { EXTENSION_DECISION, type CellValue } from '../engine';
import type { Planter } from './planter';
import type { Row } from './types';

/** The fixed problems (scenarios.ts FORCED): 1 due soon, 3 and 9 closed on time, 4 closed late, 8 not started. */
const DUE_SOON = 1;
const CLOSED_ON_TIME = 3;
const CLOSED_LATE = 4;
const NOT_STARTED = 8;
const CLOSED_AGAIN = 9;

function request(p: Planter, problem: number, askedOn: CellValue, extra: Row = {}): Row {
  const row: Row = {
    problemId: p.lists.problems[problem].id,
    unit: p.lists.problems[problem].inspectedUnit,
    askedOn,
    reason: p.text('涉及多部门协调，需延长整改时间', 'needs several departments, more time'),
    ...extra,
  };
  (p.lists.extensions ??= []).push(row);
  return row;
}

const closedOn = (p: Planter, problem: number) => p.lists.problems[problem].closedOn;
const approved = (p: Planter) => p.text(EXTENSION_DECISION.approved.zh, EXTENSION_DECISION.approved.en);

function unknownProblem(p: Planter): void {
  const row = request(p, DUE_SOON, closedOn(p, CLOSED_ON_TIME), { problemId: 'XC-0000-000' });
  const what = p.text('延期申请的问题编号不在问题清单中', 'an extension for a problem the ledger does not have');
  p.mark('extension.unknownProblem', 'extensions', row, 'problemId', what);
}

function decisionInvalid(p: Planter): void {
  const row = request(p, DUE_SOON, closedOn(p, CLOSED_ON_TIME), { decision: p.text('同意', 'OK') });
  const what = p.text('审批结果不是“批准/不批准”', 'a decision that is neither Approved nor Refused');
  p.mark('extension.decisionInvalid', 'extensions', row, 'decision', what);
}

/** Approved with no date at all: nothing granted, the problem (closed late) keeps its alert. */
function approvedNoDate(p: Planter): void {
  const row = request(p, CLOSED_LATE, closedOn(p, CLOSED_LATE), { decision: approved(p) });
  const what = p.text('批准延期但没有任何期限', 'approved without any date');
  p.mark('extension.approvedNoDate', 'extensions', row, 'approvedUntil', what);
}

/** Granted the original date itself (the day the problem was closed, so it stays closed on time). */
function notLater(p: Planter): void {
  const day = closedOn(p, CLOSED_ON_TIME);
  const row = request(p, CLOSED_ON_TIME, day, { original: day, decision: approved(p), approvedUntil: day, until: day });
  const what = p.text('批准期限不晚于原整改期限', 'granted a date not after the original deadline');
  p.mark('extension.notLater', 'extensions', row, 'approvedUntil', what);
}

/** Two undecided requests for one problem, over the default limit of one. */
function tooMany(p: Planter): void {
  const day = closedOn(p, CLOSED_ON_TIME);
  request(p, NOT_STARTED, day);
  const row = request(p, NOT_STARTED, day);
  const what = p.text('同一问题申请延期次数超过上限', 'more extension requests than the setting allows');
  p.mark('extension.tooMany', 'extensions', row, 'problemId', what);
}

function afterClosed(p: Planter): void {
  const closed = closedOn(p, CLOSED_AGAIN) as number;
  const row = request(p, CLOSED_AGAIN, closed + 3);
  const what = p.text('问题销号后又申请延期', 'an extension asked for after the problem was closed');
  p.mark('extension.afterClosed', 'extensions', row, 'askedOn', what);
}

export const EXTENSION_PLANTINGS: readonly ((p: Planter) => void)[] = [
  unknownProblem,
  decisionInvalid,
  approvedNoDate,
  notLater,
  tooMany,
  afterClosed,
];
