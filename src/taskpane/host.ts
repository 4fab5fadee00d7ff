/**
 * The pane's way to the open workbook. Every change goes through the one
 * command runner (src/excel/commands.ts: one read, the engine plans, every
 * change logged, one write, in one Excel.run), so a button in the pane does
 * exactly what the same command does in the ribbon or on the command line.
 * Panels never touch Office.js; they get this object in their props.
 * The engine and the adapter are loaded on demand (src/taskpane/loadCore.ts): the first call waits for them.
 */
import type { Command } from '../engine/run/runner';
import type { WorkbookSnapshot } from '../engine/core/snapshot';
import { type IsoDate } from '../engine/rules/dates';
import { localToday } from '../engine/rules/clock';
import type { Lang } from '../i18n/index';
import type { ExcelOutcome, ProgressFn, SelectedRow } from '../excel/commands';
import { loadCore } from './loadCore';

/** What a command run from the pane returns: its result, what it logged and wrote, and the workbook after it. */
export type PaneOutcome<R> = ExcelOutcome<R>;

export interface PaneHost {
  readonly lang: Lang;
  /** The as-of date of the pane's commands and previews. */
  today(): IsoDate;
  /** Runs one engine command on the open workbook; `onProgress` follows its read, compute and write. */
  run<R>(command: Command<R>, onProgress?: ProgressFn): Promise<PaneOutcome<R>>;
  /** One read of the whole workbook, for panels that preview before the user confirms (nothing is written). */
  readSnapshot(onProgress?: ProgressFn): Promise<WorkbookSnapshot>;
  /** Sheet and row of the user's current selection in Excel. */
  selectedRow(): Promise<SelectedRow | null>;
  /** Shows a sheet and selects a cell (a finding's). */
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface PaneHostOptions {
  /** A fixed as-of date (tests); default: today on this machine's calendar, asked at every command. */
  today?: IsoDate;
}

export function createPaneHost(lang: Lang, opts: PaneHostOptions = {}): PaneHost {
  const today = () => opts.today ?? localToday();
  return {
    lang,
    today,
    run: async (command, onProgress) => (await loadCore()).runInExcel(command, { lang, today: today(), onProgress }),
    readSnapshot: async (onProgress) => (await loadCore()).readWorkbookSnapshot({ lang, onProgress }),
    selectedRow: async () => (await loadCore()).readSelectedRow(),
    selectCell: async (sheet, address) => (await loadCore()).selectCell(sheet, address),
  };
}
