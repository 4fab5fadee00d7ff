/**
 * The ExcelJS adapter as a port for the command runner: read a file (or start
 * an empty workbook) once, apply the finalised plan in memory, write the
 * result once, through a temporary file and a rename. With `inPlace`, the
 * input is copied to a backup first. A failure leaves the original untouched.
 */
import type ExcelJS from 'exceljs';
import type { Plan, WorkbookPort, WorkbookSnapshot } from '../engine';
import { type ApplyStats, applyPlan } from './apply';
import { newWorkbook } from './create';
import { loadWorkbookFile, saveWorkbookAtomic } from './file';
import { snapshotOf } from './snapshot';

export interface FilePortOptions {
  /** The workbook to read; null starts from an empty workbook (import into a new file). */
  input: string | null;
  /** Where the result goes; null for a command that only reads. */
  output: string | null;
  /** Copy the input to `<name>.backup-<stamp>.xlsx` before writing over it. */
  backup: boolean;
  /** For `_log`: who runs the command, and the time of the read. */
  user: string;
  readAt: string;
  /** Steps for a progress bar. */
  onStep?: (step: 'read' | 'apply' | 'write') => void;
}

export interface FileApplied extends ApplyStats {
  output: string;
  /** The backup made before writing over the input. */
  backup: string | null;
}

export function filePort(opts: FilePortOptions): WorkbookPort<FileApplied> {
  let wb: ExcelJS.Workbook | null = null;
  return {
    async read(): Promise<WorkbookSnapshot> {
      opts.onStep?.('read');
      wb = opts.input ? await loadWorkbookFile(opts.input) : newWorkbook();
      return snapshotOf(wb, { user: opts.user, readAt: opts.readAt });
    },
    async apply(plan: Plan): Promise<FileApplied> {
      if (!wb || !opts.output) throw new Error('filePort.apply needs a workbook read and an output path');
      opts.onStep?.('apply');
      // Saved right after: long blocks of new rows go straight into the file (apply/laterRows.ts).
      const stats = await applyPlan(wb, plan, { saveNext: true });
      opts.onStep?.('write');
      // The backup is made once the new file is complete, and removed again if the write fails.
      const { backup } = await saveWorkbookAtomic(wb, opts.output, { backupOf: opts.backup ? opts.input : null });
      return { ...stats, output: opts.output, backup };
    },
  };
}
