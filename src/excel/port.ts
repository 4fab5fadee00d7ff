/** The Office.js adapter as a port for the command runner: one read, one (chunked) apply, inside one Excel.run. */
import type { Plan, WorkbookPort, WorkbookSnapshot } from '../engine';
import { type ApplyResult, applyPlan } from './applyPlan';
import type { SyncStats } from './limits';
import { readSnapshot } from './readSnapshot';

export type Phase = 'read' | 'compute' | 'write';
export type ProgressFn = (phase: Phase, done: number, total: number) => void;

export interface OfficePortOptions {
  stats: SyncStats;
  /** Who runs the command, for `_log`. */
  user: string;
  onProgress?: ProgressFn;
}

export function officePort(context: Excel.RequestContext, opts: OfficePortOptions): WorkbookPort<ApplyResult> {
  return {
    async read(): Promise<WorkbookSnapshot> {
      const snapshot = await readSnapshot(context, {
        stats: opts.stats,
        user: opts.user,
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
