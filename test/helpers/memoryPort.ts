/** A workbook port over a snapshot in memory: commands run through the real runner, cell values only. */
import { type Plan, type WorkbookPort, type WorkbookSnapshot, snapshotAfter } from '../../src/engine';

export interface MemoryPort extends WorkbookPort<{ plan: Plan }> {
  snapshot: WorkbookSnapshot;
}

export function memoryPort(snapshot: WorkbookSnapshot): MemoryPort {
  const port: MemoryPort = {
    snapshot,
    read: async () => port.snapshot,
    apply: async (plan) => {
      port.snapshot = snapshotAfter(port.snapshot, plan);
      return { plan };
    },
  };
  return port;
}

export const ENV = { lang: 'zh' as const, today: '2025-06-30', now: '2025-06-30 09:00:00', user: 'tester' };
