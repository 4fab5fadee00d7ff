/** `_log` rows removed, edited or reordered (its hash chain, docs/LOG.md): a warning, since the log can only be noticed, not repaired. */
import { verifyLog } from '../../../audit/verify';
import type { CheckRule } from '../rule';

export const logTampered: CheckRule = {
  code: 'log.tampered',
  severity: 'warning',
  run(ctx, emit) {
    const b = verifyLog(ctx.snapshot, ctx.lang);
    if (b) emit({ sheet: b.sheet, row: b.row, column: b.column, header: b.header }, b.message, b.params);
  },
};
