/**
 * Reading the 四账 cycle's lists: a transferred clue (移交清单) with its
 * 签收期限 and 办理期限 (from the transfer date), a unit's report (整改报告)
 * with its 整改期满日 (from the feedback date and the setting 整改期) and its
 * 重报期限 once sent back, and each one's alert as of the reading date.
 */
import type { WorkCalendar } from '../rules/calendar';
import { computeClueAlert, computeReportAlert } from '../rules/cycleStatus';
import type { IsoDate } from '../rules/dates';
import type { Settings } from '../rules/settings';
import { clueStatusOf, reportResultOf } from './codes';
import { deadlineFields } from './deadlineFields';
import type { ClueRecord, ProblemRecord, RecordBase, ReportRecord } from './records';
import { type RowContext, cellText, dateField, integerField, listField } from './rowReader';

export interface CycleEnv {
  today: IsoDate;
  settings: Settings;
  calendar: WorkCalendar;
}

/** 签收期限: the N-th working day after the transfer (N = the setting 签收时限). */
function signByOf(env: CycleEnv, transferredOn: IsoDate | null | undefined): IsoDate | undefined {
  return transferredOn ? env.calendar.addWorkdays(transferredOn, env.settings.signWorkdays) : undefined;
}

export function readClue(env: CycleEnv, ctx: RowContext, base: RecordBase): ClueRecord {
  const t = (k: string) => cellText(base, k);
  const transferredOn = dateField(ctx, base, 'transferredOn');
  const signedOn = dateField(ctx, base, 'signedOn');
  const finishedOn = dateField(ctx, base, 'finishedOn');
  const signByCell = dateField(ctx, base, 'signBy');
  const statusText = listField(ctx, base, 'status');
  listField(ctx, base, 'receiver');
  const status = clueStatusOf(statusText);
  const d = deadlineFields(
    ctx,
    base,
    { feedback: transferredOn, limitText: t('timeLimit'), kind: null },
    env.calendar,
    env.settings,
  );
  const signBy = signByOf(env, transferredOn);
  const dates = { status, transferredOn, signedOn, signBy, deadline: d.deadline, finishedOn };
  return {
    // Fields listed one by one, not spread: a `{ ...base, ...d }` literal gets a hidden class of its own per
    // record, slow to build and to read (as in readWorkbook).
    row: base.row,
    cells: base.cells,
    columns: base.columns,
    deadline: d.deadline,
    deadlineTyped: d.deadlineTyped,
    computedDeadline: d.computedDeadline,
    deadlineCell: d.deadlineCell,
    calendarCovered: d.calendarCovered,
    uncoveredYears: d.uncoveredYears,
    deadlineFormula: d.deadlineFormula,
    id: t('id'),
    problemId: t('problemId'),
    source: t('source'),
    summary: t('summary'),
    receiver: t('receiver'),
    transferredOn,
    signedOn,
    signer: t('signer'),
    signBy,
    signByCell,
    timeLimit: t('timeLimit'),
    finishedOn,
    result: t('result'),
    status,
    statusText,
    tracker: t('tracker'),
    alertText: t('alert'),
    notes: t('notes'),
    alert: computeClueAlert(dates, env.today, env.settings.dueSoonDays),
  };
}

/** The earliest feedback date of each inspected unit in 问题清单: a report's period counts from it. */
export function feedbackByUnit(problems: readonly ProblemRecord[]): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const p of problems) {
    if (!p.inspectedUnit || !p.feedbackDate) continue;
    const seen = out.get(p.inspectedUnit);
    if (!seen || p.feedbackDate < seen) out.set(p.inspectedUnit, p.feedbackDate);
  }
  return out;
}

export function readReport(
  env: CycleEnv,
  feedback: Map<string, IsoDate>,
  ctx: RowContext,
  base: RecordBase,
): ReportRecord {
  const t = (k: string) => cellText(base, k);
  const feedbackCell = dateField(ctx, base, 'feedbackDate');
  const feedbackDate = feedbackCell ?? feedback.get(t('unit')) ?? null;
  const submittedOn = dateField(ctx, base, 'submittedOn');
  const reviewedOn = dateField(ctx, base, 'reviewedOn');
  const resultText = listField(ctx, base, 'result');
  const result = reportResultOf(resultText);
  const rejections = integerField(ctx, base, 'rejections');
  const period = { feedback: feedbackDate, limitText: env.settings.reportPeriod, kind: null };
  const d = deadlineFields(
    ctx,
    base,
    { ...period, keys: { deadline: 'deadline', limit: null } },
    env.calendar,
    env.settings,
  );
  const resubmit = deadlineFields(
    ctx,
    base,
    {
      feedback: reviewedOn,
      limitText: t('timeLimit'),
      kind: null,
      keys: { deadline: 'resubmitBy', limit: 'timeLimit' },
    },
    env.calendar,
    env.settings,
  );
  const dates = {
    submittedOn,
    result,
    reviewedOn,
    rejections: rejections ?? 0,
    deadline: d.deadline,
    resubmitBy: resubmit.deadline,
  };
  return {
    ...base,
    ...d,
    unit: t('unit'),
    round: t('round'),
    feedbackCell,
    feedbackDate,
    submittedOn,
    result,
    resultText,
    reviewedOn,
    rejectReason: t('rejectReason'),
    rejections,
    timeLimit: t('timeLimit'),
    resubmit,
    reviewer: t('reviewer'),
    alertText: t('alert'),
    notes: t('notes'),
    alert: computeReportAlert(dates, env.today, env.settings.dueSoonDays),
  };
}
