/**
 * The rules of 整改报告 (docs/CHECKS.md): a review result needs a
 * submission, a report sent back (打回重写) needs its date, reason and time to
 * rewrite, the dates are in order, the period can be computed, and a unit
 * reports once per round.
 */
import { listSeparator } from '../../../../i18n';
import { headerOf } from '../../../read/locate';
import type { ReportRecord } from '../../../read/records';
import { REPORTS } from '../../../schema/reports';
import { type CheckContext, type Emit, cellOf } from '../context';
import type { CheckRule } from '../rule';

export const reportResultNotSubmitted: CheckRule = {
  code: 'report.resultNotSubmitted',
  severity: 'error',
  run(ctx, emit) {
    for (const r of ctx.parsed.reports) {
      if (r.resultText && r.submittedOn === null)
        emit(cellOf(ctx, 'reports', r, 'submittedOn'), 'check.report.resultNotSubmitted', { result: r.resultText });
    }
  },
};

function rejectIncomplete(ctx: CheckContext, emit: Emit, r: ReportRecord): void {
  const missing: string[] = [];
  if (r.reviewedOn === null) missing.push('reviewedOn');
  if (!r.rejectReason) missing.push('rejectReason');
  if (!r.timeLimit && r.resubmit.deadlineCell === null) missing.push('timeLimit');
  if (!missing.length) return;
  const m = ctx.parsed.mappings.reports!;
  const names = missing.map((k) => `“${headerOf(m, REPORTS, k, m.lang)}”`).join(listSeparator(ctx.lang));
  emit(cellOf(ctx, 'reports', r, missing[0]), 'check.report.rejectIncomplete', { missing: names });
}

export const reportRejectIncomplete: CheckRule = {
  code: 'report.rejectIncomplete',
  severity: 'error',
  run(ctx, emit) {
    for (const r of ctx.parsed.reports) if (r.result === 'rejected') rejectIncomplete(ctx, emit, r);
  },
};

function dateOrder(ctx: CheckContext, emit: Emit, r: ReportRecord): void {
  if (r.submittedOn && r.feedbackDate && r.submittedOn < r.feedbackDate) {
    const params = { date: r.submittedOn, feedback: r.feedbackDate };
    emit(cellOf(ctx, 'reports', r, 'submittedOn'), 'check.report.submittedBeforeFeedback', params);
  } else if (r.result === 'passed' && r.reviewedOn && r.submittedOn && r.reviewedOn < r.submittedOn) {
    const params = { reviewed: r.reviewedOn, submitted: r.submittedOn };
    emit(cellOf(ctx, 'reports', r, 'reviewedOn'), 'check.report.reviewedBeforeSubmitted', params);
  }
}

export const reportDateOrder: CheckRule = {
  code: 'report.dateOrder',
  severity: 'error',
  run(ctx, emit) {
    for (const r of ctx.parsed.reports) dateOrder(ctx, emit, r);
  },
};

/** No feedback date on the row and none for the unit in 问题清单: the period cannot be computed. */
export const reportNoFeedback: CheckRule = {
  code: 'report.noFeedback',
  severity: 'warning',
  run(ctx, emit) {
    for (const r of ctx.parsed.reports) {
      if (!r.unit || r.feedbackDate || r.feedbackCell === undefined || r.deadlineCell) continue;
      emit(cellOf(ctx, 'reports', r, 'unit'), 'check.report.noFeedback', { unit: r.unit });
    }
  },
};

export const reportDuplicateUnit: CheckRule = {
  code: 'report.duplicateUnit',
  severity: 'error',
  run(ctx, emit) {
    const first = new Map<string, number>();
    for (const r of ctx.parsed.reports) {
      if (!r.unit) continue;
      const key = `${r.unit}\u241f${r.round}`;
      const f = first.get(key);
      if (f === undefined) first.set(key, r.row);
      else emit(cellOf(ctx, 'reports', r, 'unit'), 'check.report.duplicateUnit', { unit: r.unit, firstRow: f });
    }
  },
};
