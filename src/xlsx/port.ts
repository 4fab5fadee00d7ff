/**
 * The .xlsx adapter as a port for the command runner: read a file once (the
 * lean reader, src/xlsx/read: bounded, no ExcelJS), apply the finalised plan
 * in memory, write the result once, through a temporary file and a rename.
 * With `inPlace`, the input is copied to a backup first. A failure leaves the
 * original untouched. ExcelJS is loaded only to apply a plan: a command that
 * only reads never loads it. The bytes read stay on the port (`bytes`), for a
 * writer that patches the package in place instead of rebuilding it.
 */
import type { Plan, WorkbookPort, WorkbookSnapshot } from '../engine';
import type { ApplyStats } from './apply';
import { loadWorkbookBuffer, readWorkbookInput, saveWorkbookAtomic } from './file';
import { readXlsxSnapshot } from './read';

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

export interface FilePort extends WorkbookPort<FileApplied> {
  /** The input's bytes once read (null before the read, or when there is no input). */
  readonly bytes: Uint8Array | null;
}

export function filePort(opts: FilePortOptions): FilePort {
  let bytes: Uint8Array | null = null;
  let read = false;
  return {
    get bytes() {
      return bytes;
    },
    async read(): Promise<WorkbookSnapshot> {
      opts.onStep?.('read');
      read = true;
      const who = { user: opts.user, readAt: opts.readAt };
      if (!opts.input) return { sheets: [], names: [], user: opts.user, readAt: opts.readAt };
      bytes = readWorkbookInput(opts.input);
      return readXlsxSnapshot(bytes, opts.input, who);
    },
    async apply(plan: Plan): Promise<FileApplied> {
      if (!read || !opts.output) throw new Error('filePort.apply needs a workbook read and an output path');
      opts.onStep?.('apply');
      const { applyPlan } = await import('./apply');
      const wb =
        bytes && opts.input ? await loadWorkbookBuffer(bytes, opts.input) : (await import('./create')).newWorkbook();
      // Saved right after: long blocks of new rows go straight into the file (apply/laterRows.ts).
      const stats = await applyPlan(wb, plan, { saveNext: true });
      opts.onStep?.('write');
      // The backup is made once the new file is complete, and removed again if the write fails.
      const { backup } = await saveWorkbookAtomic(wb, opts.output, { backupOf: opts.backup ? opts.input : null });
      return { ...stats, output: opts.output, backup };
    },
  };
}
