/** `_log` rows removed, edited or reordered (its hash chain, docs/LOG.md): a warning, since the log can only be noticed, not repaired. */
import { verifyLog, verifyLogKept } from '../../../audit/verify';
import type { CheckRule } from '../rule';

export const logTampered: CheckRule = {
  code: 'log.tampered',
  severity: 'warning',
  run(ctx, emit) {
    const b = verifyLog(ctx.snapshot, ctx.lang);
    if (b) emit({ sheet: b.sheet, row: b.row, column: b.column, header: b.header }, b.message, b.params);
  },
};

/**
 * `_log` deleted, emptied or replaced after entries were written (the seal's copy in `_settings` names entries
 * the log no longer has): an error — the history of the ledger is gone, whatever the chain of what is left says.
 */
export const logLost: CheckRule = {
  code: 'log.lost',
  severity: 'error',
  run(ctx, emit) {
    const b = verifyLogKept(ctx.snapshot, ctx.lang);
    if (b) emit({ sheet: b.sheet, row: b.row, column: b.column, header: b.header }, b.message, b.params);
  },
};
