/**
 * The .xlsx adapter as a port for the command runner: read a file once (the
 * lean reader, src/xlsx/read: bounded, no ExcelJS), apply the finalised plan
 * in memory, write the result once, through a temporary file and a rename.
 * With `inPlace`, the input is copied to a backup first. A failure leaves the
 * original untouched. ExcelJS is loaded only to apply a plan: a command that
 * only reads never loads it. The bytes read stay on the port (`bytes`), for a
 * writer that patches the package in place instead of rebuilding it: a plan
 * the patcher writes (./patch, decided by patchRefusal) changes only the parts
 * it touches and never loads ExcelJS; any other goes through ExcelJS whole.
 */
import type { Plan, ReadScope, WorkbookPort, WorkbookSnapshot } from '../engine';
import type { ApplyStats } from './apply';
import { loadWorkbookBuffer, readWorkbookInput, saveBytesAtomic, saveWorkbookAtomic } from './file';
import { READ_LIMITS, type ZipArchive, openZip, readXlsxSnapshot } from './read';
import { PatchUnsupported, patchRefusal, patchWorkbook } from './patch';
import { checkExpectedIn } from './patch/guard';
import { assertRewritable, planCells } from './rewriteLimit';

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
  /** false: always write the whole workbook through ExcelJS (the comparison the patcher's tests make). */
  patch?: boolean;
  /** Developer notes (why a plan was written through ExcelJS rather than patched); not for users. */
  onDebug?: (message: string) => void;
}

export interface FileApplied extends ApplyStats {
  output: string;
  /** The backup made before writing over the input. */
  backup: string | null;
  /** How the file was written: its changed parts patched, or the whole workbook through ExcelJS. */
  via: 'patch' | 'exceljs';
}

export interface FilePort extends WorkbookPort<FileApplied> {
  /** The input's bytes once read (null before the read, or when there is no input). */
  readonly bytes: Uint8Array | null;
}

export function filePort(opts: FilePortOptions): FilePort {
  let bytes: Uint8Array | null = null;
  /** The package as read, holding the parts it inflated when a patch may follow (a command with an output). */
  let zip: ZipArchive | null = null;
  let read = false;
  return {
    get bytes() {
      return bytes;
    },
    async read(scope?: ReadScope): Promise<WorkbookSnapshot> {
      opts.onStep?.('read');
      read = true;
      const who = { user: opts.user, readAt: opts.readAt };
      if (!opts.input) return { sheets: [], names: [], user: opts.user, readAt: opts.readAt };
      bytes = readWorkbookInput(opts.input);
      zip = openZip(bytes, opts.input, READ_LIMITS, opts.output !== null && opts.patch !== false);
      // Only what the command needs: the generated sheets' heads, _log's header and last entry (scope.ts).
      return readXlsxSnapshot(bytes, opts.input, { ...who, scope, zip });
    },
    async apply(plan: Plan, snapshot: WorkbookSnapshot): Promise<FileApplied> {
      if (!read || !opts.output) throw new Error('filePort.apply needs a workbook read and an output path');
      opts.onStep?.('apply');
      const patched =
        bytes && opts.patch !== false
          ? patchedBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), plan, snapshot, opts, zip)
          : null;
      zip = null;
      if (patched) {
        opts.onStep?.('write');
        const { backup } = saveBytesAtomic(patched.bytes, opts.output, { backupOf: opts.backup ? opts.input : null });
        return { cellsWritten: patched.cellsWritten, output: opts.output, backup, via: 'patch' };
      }
      const { applyPlan } = await import('./apply');
      // Refused before ExcelJS holds more than it may (./rewriteLimit.ts): the workbook's cells and the plan's.
      const adding = planCells(plan);
      let wb;
      if (bytes && opts.input) wb = await loadWorkbookBuffer(bytes, opts.input, adding);
      else {
        assertRewritable(opts.output, 0, adding);
        wb = (await import('./create')).newWorkbook();
      }
      // Saved right after: long blocks of new rows go straight into the file (apply/laterRows.ts).
      const stats = await applyPlan(wb, plan, { saveNext: true });
      opts.onStep?.('write');
      // The backup is made once the new file is complete, and removed again if the write fails.
      const { backup } = await saveWorkbookAtomic(wb, opts.output, { backupOf: opts.backup ? opts.input : null });
      return { ...stats, output: opts.output, backup, via: 'exceljs' };
    },
  };
}

/**
 * The file read with the plan patched in (./patch), or null when the plan or
 * the file needs ExcelJS (the reason goes to onDebug). The co-authoring guard
 * is checked first, against the snapshot read from these bytes.
 */
function patchedBytes(
  bytes: Buffer,
  plan: Plan,
  snapshot: WorkbookSnapshot,
  opts: FilePortOptions,
  zip: ZipArchive | null,
): ReturnType<typeof patchWorkbook> | null {
  const refusal = patchRefusal(plan);
  if (refusal) {
    opts.onDebug?.(`written through ExcelJS: the plan has ${refusal}`);
    return null;
  }
  checkExpectedIn(snapshot, plan);
  try {
    return patchWorkbook(bytes, plan, opts.input ?? '', zip ?? undefined);
  } catch (e) {
    if (!(e instanceof PatchUnsupported)) throw e;
    opts.onDebug?.(`written through ExcelJS: ${e.reason}`);
    return null;
  }
}
