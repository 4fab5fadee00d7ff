/** The Office.js adapter as a port for the command runner: one read (of the command's scope), one (chunked) apply, inside one Excel.run. */
import type { Plan, ReadScope, WorkbookPort, WorkbookSnapshot } from '../engine';
import { type ApplyResult, applyPlan } from './applyPlan';
import type { Degradation, SyncStats } from './limits';
import { readSnapshot } from './readSnapshot';

export type Phase = 'read' | 'compute' | 'write';
export type ProgressFn = (phase: Phase, done: number, total: number) => void;

export interface OfficePortOptions {
  stats: SyncStats;
  /** Who runs the command, for `_log`. */
  user: string;
  onProgress?: ProgressFn;
  /** What the read could not do, for the pane (what the apply could not do comes with its result). */
  degraded?: Degradation[];
}

export function officePort(context: Excel.RequestContext, opts: OfficePortOptions): WorkbookPort<ApplyResult> {
  return {
    async read(scope?: ReadScope): Promise<WorkbookSnapshot> {
      const snapshot = await readSnapshot(context, {
        scope,
        stats: opts.stats,
        user: opts.user,
        degraded: opts.degraded,
        onProgress: (d, t) => opts.onProgress?.('read', d, t),
      });
      opts.onProgress?.('compute', 0, 1);
      return snapshot;
    },
    apply(plan: Plan, snapshot: WorkbookSnapshot): Promise<ApplyResult> {
      return applyPlan(context, plan, {
        snapshot,
        stats: opts.stats,
        onProgress: (d, t) => opts.onProgress?.('write', d, t),
      });
    },
  };
}
