/** A check rule: a stable code, a severity, and what it finds (docs/CHECKS.md). */
import type { CheckContext, Emit, Severity } from './context';

export interface CheckRule {
  code: string;
  severity: Severity;
  run(ctx: CheckContext, emit: Emit): void;
}
