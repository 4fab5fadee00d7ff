/**
 * Deadline rules on 移交清单 and 整改报告: computed dates edited by hand
 * (办理期限, 签收期限, 整改期满日, 重报期限), a clue with no 办理时限 (it could
 * hang for ever), a 办理期限 before the transfer, years the calendar does
 * not cover. Same codes as on the ledger's lists (docs/CHECKS.md).
 */
import { listSeparator, t } from '../../../../i18n';
import type { DeadlineFields, RecordBase } from '../../../read/records';
import type { CycleSheetId } from '../../../schema/columns';
import { type CheckContext, type Emit, cellOf } from '../context';
import type { CheckRule } from '../rule';

type Dated = RecordBase & Omit<DeadlineFields, 'alert'>;

/** Every computed date of the cycle's lists: the record, its deadline's column, and the limit text it counts. */
function dated(ctx: CheckContext): { id: CycleSheetId; rec: Dated; key: string; limit: string | null }[] {
  return [
    ...ctx.parsed.clues.map((rec) => ({ id: 'clues' as const, rec, key: 'deadline', limit: rec.timeLimit })),
    ...ctx.parsed.reports.map((rec) => ({ id: 'reports' as const, rec, key: 'deadline', limit: null })),
    ...ctx.parsed.reports.map((r) => ({
      id: 'reports' as const,
      rec: { ...r, ...r.resubmit },
      key: 'resubmitBy',
      limit: r.timeLimit,
    })),
  ];
}

function editedDeadline(ctx: CheckContext, emit: Emit, d: ReturnType<typeof dated>[number]): void {
  const { rec } = d;
  const cell = rec.deadlineCell;
  if (!cell || rec.deadlineFormula || rec.computedDeadline === undefined || cell === rec.computedDeadline) return;
  if (d.limit === '') return; // no limit: the typed date is the user's
  const computed = rec.computedDeadline ?? t(ctx.lang, 'deadline.none');
  if (d.limit === null) {
    const period = ctx.parsed.settings.reportPeriod;
    emit(cellOf(ctx, d.id, rec, d.key), 'check.computed.reportDue', { value: cell, computed, period });
  } else emit(cellOf(ctx, d.id, rec, d.key), 'check.computed.deadline', { value: cell, computed, limit: d.limit });
}

export const cycleDeadlineEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    for (const d of dated(ctx)) editedDeadline(ctx, emit, d);
    for (const c of ctx.parsed.clues) {
      if (c.signByCell && c.signBy && c.signByCell !== c.signBy)
        emit(cellOf(ctx, 'clues', c, 'signBy'), 'check.computed.signBy', {
          value: c.signByCell,
          computed: c.signBy,
          days: ctx.parsed.settings.signWorkdays,
        });
    }
  },
};

export const cycleCalendarUncovered: CheckRule = {
  code: 'calendar.uncovered',
  severity: 'warning',
  run(ctx, emit) {
    for (const { id, rec, key } of dated(ctx)) {
      if (rec.deadlineTyped || !rec.computedDeadline || rec.calendarCovered) continue;
      emit(cellOf(ctx, id, rec, key), 'check.calendar.uncovered', {
        years: rec.uncoveredYears.join(listSeparator(ctx.lang)),
      });
    }
  },
};

/** A clue with neither 办理时限 nor 办理期限 can never be overdue: the 挂账 the ledgers are there to prevent. */
export const clueDeadlineMissing: CheckRule = {
  code: 'deadline.missing',
  severity: 'warning',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) {
      if (c.timeLimit || c.deadlineCell !== null || c.status === 'finished') continue;
      emit(cellOf(ctx, 'clues', c, 'timeLimit'), 'check.clue.deadlineMissing');
    }
  },
};

export const clueDeadlineBeforeTransfer: CheckRule = {
  code: 'deadline.beforeFeedback',
  severity: 'error',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) {
      if (!c.deadline || !c.transferredOn || c.deadline >= c.transferredOn) continue;
      const key = ctx.parsed.mappings.clues?.columns.deadline !== undefined ? 'deadline' : 'timeLimit';
      emit(cellOf(ctx, 'clues', c, key), 'check.clue.deadlineBeforeTransfer', {
        deadline: c.deadline,
        transferred: c.transferredOn,
      });
    }
  },
};
