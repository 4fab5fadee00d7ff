/**
 * The one definition of the 四账 cycle's numbers (docs/STATUS.md, "Figures of
 * the cycle"): the three clue ledgers, the clues by receiving body, and the
 * units' reports. The 移交签收 / 按时办结 / 办理超时 sheets, 统计, the pane,
 * the 通报 and the progress report all count with these.
 *
 * Clues, as of a date D (rules/cycleStatus.ts): only clues transferred on or
 * before D count; each is in exactly one ledger (handling, onTime, overdue):
 *   total        transferred clues
 *   handling     办理中: not finished, not past the deadline (待签收 included)
 *   onTime       按时办结
 *   overdue      办理超时 = overdueOpen (not finished, past the deadline)
 *                + finishedLate (finished after the deadline)
 *   awaiting     not signed for as of D (a part of handling or overdueOpen)
 *   signLate     of those, past the 签收期限
 *   signed       total − awaiting: signed for by D (or finished)
 *   onTimeRate   onTime ÷ (onTime + finishedLate)  (null when nothing is finished)
 * Reports, as of the reading date:
 *   units        rows of 整改报告
 *   due          整改期满: the period ended on or before the date
 *   submitted    reports that came in (a 报送日期), passed or in review or sent back
 *   passed, inReview, sentBack (打回次数 ≥ 1: sent back at least once),
 *   overdue      not submitted when due (逾期未报), the period or the rewrite
 *   sentBackDue  of the due units, those sent back at least once (the seeds'
 *                "19个整改期满单位…有4个单位被打回重写": sentBackDue of due)
 */
import type { ClueRecord, ReportRecord } from '../read/records';
import { type ClueLedgerState, clueExists, clueFinishedBy, clueLedgerState, clueSignedBy } from '../rules/cycleStatus';
import type { IsoDate } from '../rules/dates';
import { DEFAULT_LISTS } from '../schema/values';

export interface ClueFigures {
  total: number;
  handling: number;
  onTime: number;
  overdue: number;
  overdueOpen: number;
  finishedLate: number;
  awaiting: number;
  signLate: number;
  signed: number;
  onTimeRate: number | null;
}

export interface ClueBodyRow extends ClueFigures {
  body: string;
}

export const emptyClueFigures = (): ClueFigures => ({
  total: 0,
  handling: 0,
  onTime: 0,
  overdue: 0,
  overdueOpen: 0,
  finishedLate: 0,
  awaiting: 0,
  signLate: 0,
  signed: 0,
  onTimeRate: null,
});

/** The clues that exist as of the date, each with its ledger. */
export function cluesAt(clues: readonly ClueRecord[], asOf: IsoDate): { clue: ClueRecord; state: ClueLedgerState }[] {
  return clues.filter((c) => clueExists(c, asOf)).map((clue) => ({ clue, state: clueLedgerState(clue, asOf) }));
}

function addClue(f: ClueFigures, c: ClueRecord, state: ClueLedgerState, asOf: IsoDate): void {
  f.total++;
  f[state]++;
  const finished = clueFinishedBy(c, asOf);
  if (state === 'overdue') {
    if (finished) f.finishedLate++;
    else f.overdueOpen++;
  }
  if (!finished && !clueSignedBy(c, asOf)) {
    f.awaiting++;
    if (c.signBy && c.signBy < asOf) f.signLate++;
  } else f.signed++;
}

function finishClues<F extends ClueFigures>(f: F): F {
  const finished = f.onTime + f.finishedLate;
  f.onTimeRate = finished ? f.onTime / finished : null;
  return f;
}

export function tallyClues(clues: readonly ClueRecord[], asOf: IsoDate): ClueFigures {
  const f = emptyClueFigures();
  for (const { clue, state } of cluesAt(clues, asOf)) addClue(f, clue, state, asOf);
  return finishClues(f);
}

/** The receiving bodies in the order of the default list, then by name; empty body as 未填. */
export function cluesByBody(clues: readonly ClueRecord[], asOf: IsoDate, blank: string): ClueBodyRow[] {
  const rows = new Map<string, ClueBodyRow>();
  for (const { clue, state } of cluesAt(clues, asOf)) {
    const body = clue.receiver || blank;
    let row = rows.get(body);
    if (!row) rows.set(body, (row = { body, ...emptyClueFigures() }));
    addClue(row, clue, state, asOf);
  }
  const order = DEFAULT_LISTS.receiver.values.flatMap((v) => [v.zh, v.en]);
  const rank = (b: string) => (order.includes(b) ? order.indexOf(b) : order.length);
  return [...rows.values()]
    .map(finishClues)
    .sort((a, b) => rank(a.body) - rank(b.body) || a.body.localeCompare(b.body, 'zh'));
}

export interface ReportFigures {
  units: number;
  due: number;
  submitted: number;
  passed: number;
  inReview: number;
  sentBack: number;
  overdue: number;
  dueSoon: number;
  sentBackDue: number;
}

export function tallyReports(reports: readonly ReportRecord[], asOf: IsoDate): ReportFigures {
  const f: ReportFigures = {
    units: 0,
    due: 0,
    submitted: 0,
    passed: 0,
    inReview: 0,
    sentBack: 0,
    overdue: 0,
    dueSoon: 0,
    sentBackDue: 0,
  };
  for (const r of reports) {
    f.units++;
    const rejected = (r.rejections ?? 0) > 0 || r.result === 'rejected';
    const due = !!r.deadline && r.deadline <= asOf;
    if (due) f.due++;
    if (r.submittedOn) f.submitted++;
    if (r.alert.kind === 'passed') f.passed++;
    if (r.alert.kind === 'inReview') f.inReview++;
    if (r.alert.kind === 'overdue') f.overdue++;
    if (r.alert.kind === 'dueSoon') f.dueSoon++;
    if (rejected) f.sentBack++;
    if (rejected && due) f.sentBackDue++;
  }
  return f;
}
