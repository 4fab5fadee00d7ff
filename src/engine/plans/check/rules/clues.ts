/**
 * The rules of 移交清单 (docs/CHECKS.md): 已办结 needs its 办结日期, the dates
 * are in order (移交 ≤ 签收 ≤ 办结), and the status agrees with the dates.
 * Not signing for in time is an alert (预警), not a finding.
 */
import type { ClueRecord } from '../../../read/records';
import { CLUE_STATUS } from '../../../schema/values';
import { type CheckContext, type Emit, cellOf } from '../context';
import type { CheckRule } from '../rule';

export const clueFinishedNoDate: CheckRule = {
  code: 'clue.finishedNoDate',
  severity: 'error',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) {
      if (c.status === 'finished' && c.finishedOn === null)
        emit(cellOf(ctx, 'clues', c, 'finishedOn'), 'check.clue.finishedNoDate');
    }
  },
};

function dateOrder(ctx: CheckContext, emit: Emit, c: ClueRecord): void {
  const { transferredOn: tr, signedOn: si, finishedOn: fi } = c;
  if (tr && si && si < tr) {
    emit(cellOf(ctx, 'clues', c, 'signedOn'), 'check.clue.signedBeforeTransfer', { signed: si, transferred: tr });
  } else if (si && fi && fi < si) {
    emit(cellOf(ctx, 'clues', c, 'finishedOn'), 'check.clue.finishedBeforeSigned', { finished: fi, signed: si });
  } else if (tr && fi && fi < tr) {
    emit(cellOf(ctx, 'clues', c, 'finishedOn'), 'check.clue.finishedBeforeTransfer', { finished: fi, transferred: tr });
  }
}

export const clueDateOrder: CheckRule = {
  code: 'clue.dateOrder',
  severity: 'error',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) dateOrder(ctx, emit, c);
  },
};

/**
 * The status says one thing, the dates another: 办理中 / 已办结 never signed
 * for, 待签收 with a 签收日期, not finished with a 办结日期. Counted by the
 * dates and the status together (docs/STATUS.md), so the office should know.
 */
function statusDates(ctx: CheckContext, emit: Emit, c: ClueRecord): void {
  const lang = ctx.lang;
  const status = c.statusText;
  if (c.status === 'awaiting' && c.signedOn) {
    const params = { status, date: c.signedOn, next: CLUE_STATUS.handling[lang] };
    emit(cellOf(ctx, 'clues', c, 'signedOn'), 'check.clue.awaitingSigned', params);
  } else if ((c.status === 'awaiting' || c.status === 'handling') && c.finishedOn) {
    const params = { status, date: c.finishedOn, next: CLUE_STATUS.finished[lang] };
    emit(cellOf(ctx, 'clues', c, 'finishedOn'), 'check.clue.openFinished', params);
  } else if ((c.status === 'handling' || c.status === 'finished') && c.signedOn === null) {
    emit(cellOf(ctx, 'clues', c, 'signedOn'), 'check.clue.noSignDate', { status });
  }
}

export const clueStatusDates: CheckRule = {
  code: 'clue.statusDates',
  severity: 'warning',
  run(ctx, emit) {
    for (const c of ctx.parsed.clues) statusDates(ctx, emit, c);
  },
};
