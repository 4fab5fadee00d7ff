/** A check rule: a stable code, a severity, and what it finds (docs/CHECKS.md). */
import type { CheckContext, Emit, Severity } from './context';

/**
 * A rule runs once per check, so its loop over 60,000 records mostly runs before V8 has optimised it: there a
 * `for (const rec of list)` makes an iterator result per record (38 MB per check at 10,000 problems, all of it for
 * the collector). The rules walk the record lists with index loops instead.
 */
export interface CheckRule {
  code: string;
  severity: Severity;
  run(ctx: CheckContext, emit: Emit): void;
}
