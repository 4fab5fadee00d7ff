/**
 * The pane's host API: what panels use to work on the open workbook. Panels
 * never touch Office.js; they call this, which calls the commands in
 * src/excel (read once → engine → apply once). A panel added later (import,
 * close-out) gets the same object through its props.
 */
import type { Lang } from '../i18n/index';
import type { Plan } from '../engine/core/plan';
import type { WorkbookSnapshot } from '../engine/core/snapshot';
import { planStructure } from '../engine/plans/structure';
import type { Settings } from '../engine/rules/settings';
import {
  type CheckOutcome,
  type CommandResult,
  type Overview,
  type ProgressFn,
  type SelectedRow,
  applyWorkbookPlan,
  checkLedger,
  readOverview,
  readSelectedRow,
  readWorkbookSnapshot,
  refreshWorkbook,
  saveSettings,
  selectCell,
  structureWorkbook,
} from '../excel/commands';

export interface PaneHost {
  readonly lang: Lang;
  /** One read of the whole workbook. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Applies a plan computed from the last snapshot read through this host. Every changed cell is logged in `_log`
   * under `action` (the commands layer runs withChangeLog); resolves with the number of entries.
   */
  applyPlan(plan: Plan, opts?: { action?: string }): Promise<{ logged: number }>;
  /** Sheet and row of the user's current selection in Excel. */
  selectedRow(): Promise<SelectedRow | null>;
  /** The core's structuring, for panels that add rows (import). */
  planStructure(snapshot: WorkbookSnapshot, lang: Lang): Plan;
  overview(): Promise<Overview>;
  structure(): Promise<CommandResult>;
  check(): Promise<CheckOutcome>;
  refresh(): Promise<CommandResult>;
  saveSettings(values: Partial<Settings>): Promise<CommandResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Progress of the running command (read / compute / write), for the pane's bar. */
  onProgress: ProgressFn;
}

export function createPaneHost(lang: Lang, onProgress: ProgressFn = () => undefined): PaneHost {
  let last: WorkbookSnapshot | null = null;
  const host: PaneHost = {
    lang,
    onProgress,
    async readSnapshot() {
      last = await readWorkbookSnapshot({ lang, onProgress: (p, d, t) => host.onProgress(p, d, t) });
      return last;
    },
    async applyPlan(plan, opts = {}) {
      const snapshot = last ?? (await host.readSnapshot());
      const r = await applyWorkbookPlan(plan, snapshot, {
        lang,
        action: opts.action,
        onProgress: (p, d, t) => host.onProgress(p, d, t),
      });
      last = null;
      return { logged: r.logged };
    },
    selectedRow: () => readSelectedRow(),
    planStructure: (snapshot, l) => planStructure(snapshot, { lang: l }),
    overview: () => readOverview({ lang, onProgress: (p, d, t) => host.onProgress(p, d, t) }),
    structure: () => structureWorkbook({ lang, onProgress: (p, d, t) => host.onProgress(p, d, t) }),
    check: () => checkLedger({ lang, onProgress: (p, d, t) => host.onProgress(p, d, t) }),
    refresh: () => refreshWorkbook({ lang, onProgress: (p, d, t) => host.onProgress(p, d, t) }),
    saveSettings: (values) => saveSettings(values, { lang, onProgress: (p, d, t) => host.onProgress(p, d, t) }),
    selectCell,
  };
  return host;
}
