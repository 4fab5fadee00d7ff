/**
 * Reading and writing .xlsx files safely.
 *
 * Reading: the bytes are identified first (sniff.ts: an .xls, a
 * password-protected workbook, CSV text, a web page… each get their own
 * message), then the package is put in the shape ExcelJS reads
 * (normalize.ts) and the workbook is patched where ExcelJS reads files from
 * other producers wrongly (internals.ts). Every failure is an EngineError
 * with an xlsx.* message in the user's language, never a library's English.
 *
 * Writing: the workbook is serialised in memory first, so a failure there
 * touches no file; the bytes go to a temporary file beside the target, which
 * is renamed over the target only once complete. Whatever fails, the
 * temporary file (and a backup made for this write) is removed: the folder
 * is left exactly as it was.
 */
import {
  constants,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  chmodSync,
  unlinkSync,
  writeSync,
} from 'fs';
import { basename, dirname, extname, join } from 'path';
import type ExcelJS from 'exceljs';
import { EngineError } from '../engine';
import { notWorkbookError, readInput, sniff } from './sniff';

export { MAX_FILE_MB } from './sniff';

/**
 * ExcelJS is loaded only when a workbook is to be written (or opened whole):
 * a command that only reads reads through src/xlsx/read and never loads it.
 */
const excelCode = () => import('./bytes');

/**
 * Opens an .xlsx package already read into memory (`file` names it in messages); `adding`: the cells a plan will
 * write into it (./rewriteLimit.ts bounds the two together).
 */
export const loadWorkbookBuffer = async (buf: Uint8Array, file: string, adding = 0): Promise<ExcelJS.Workbook> =>
  (await excelCode()).loadWorkbookBytes(buf, file, adding);

/** The bytes of an .xlsx workbook for a ledger command; any other kind of file gets its own message. */
export function readWorkbookInput(file: string): Buffer {
  const buf = readInput(file);
  const wrong = notWorkbookError(sniff(buf), file);
  if (wrong) throw wrong;
  return buf;
}

/** Reads an .xlsx workbook for a ledger command into ExcelJS; any other kind of file gets its own message. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(readWorkbookInput(file), file);
}

/** A system error while writing, as the message that says what to do about it. */
function writeError(e: unknown, file: string): EngineError {
  if (e instanceof EngineError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const folder = dirname(file);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new EngineError('xlsx.writeDenied', { file, folder });
    case 'EBUSY':
    case 'ETXTBSY':
      return new EngineError('xlsx.writeBusy', { file });
    case 'ENOSPC':
    case 'EDQUOT':
      return new EngineError('xlsx.diskFull', { file, folder });
    case 'ENOENT':
      return new EngineError('xlsx.noFolder', { file, folder });
    case 'ENOTDIR':
      return new EngineError('xlsx.notFolder', { file, folder });
    case 'EISDIR':
      return new EngineError('xlsx.targetIsFolder', { file });
    default:
      return new EngineError('xlsx.writeFailed', { file, code: code || '—' });
  }
}

function tempPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
}

function removeQuietly(path: string | null): void {
  if (!path) return;
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** Writes the bytes to a new temporary file beside `out`, flushed to disk; returns its path. */
function writeTemp(out: string, data: Uint8Array): string {
  const tmp = tempPath(out);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx');
    for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    // The result keeps the permissions of the file it replaces.
    if (existsSync(out)) chmodSync(tmp, statSync(out).mode & 0o7777);
    return tmp;
  } catch (e) {
    if (fd !== null) closeSync(fd);
    removeQuietly(tmp);
    throw e;
  }
}

export interface SaveOptions {
  /** Copy this file to `<name>.backup-<stamp>.xlsx` before it is replaced (--in-place). */
  backupOf?: string | null;
  now?: Date;
}

/**
 * Writes the workbook over `out` (serialised first, then a temporary file
 * and a rename). Returns the backup's path when one was asked for.
 */
export async function saveWorkbookAtomic(
  wb: ExcelJS.Workbook,
  out: string,
  opts: SaveOptions = {},
): Promise<{ backup: string | null }> {
  let data: Uint8Array;
  try {
    data = await (await excelCode()).workbookBytes(wb);
  } catch {
    // ExcelJS could not serialise the workbook: nothing was written anywhere.
    throw new EngineError('xlsx.cannotSerialize', { file: out });
  }
  return replaceWith(out, (tmpOut) => writeTemp(tmpOut, data), opts);
}

/** Writes a complete package's bytes over `out`, as saveWorkbookAtomic does (temporary file, rename, backup). */
export function saveBytesAtomic(data: Uint8Array, out: string, opts: SaveOptions = {}): { backup: string | null } {
  return replaceWith(out, (tmpOut) => writeTemp(tmpOut, data), opts);
}

/** Puts a complete temporary file in place of `out`, making the backup first; cleans up on any failure. */
function replaceWith(out: string, makeTemp: (out: string) => string, opts: SaveOptions): { backup: string | null } {
  let tmp: string | null = null;
  let backup: string | null = null;
  try {
    tmp = makeTemp(out);
    if (opts.backupOf) backup = backupFile(opts.backupOf, opts.now);
    renameSync(tmp, out);
    return { backup };
  } catch (e) {
    removeQuietly(tmp);
    removeQuietly(backup);
    throw writeError(e, out);
  }
}

/** Copies a file to `<name>.backup-<stamp>.xlsx` beside it; returns the backup's path. */
export function backupFile(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const ext = extname(file) || '.xlsx';
  const nameOf = (i: number) =>
    join(dirname(file), `${basename(file, ext)}.backup-${stamp}${i > 1 ? `-${i}` : ''}${ext}`);
  // Created exclusively: a name that exists in any form — a file, a folder, a link even pointing nowhere — is
  // never written through; the next number is taken instead.
  for (let i = 1; ; i++) {
    const target = nameOf(i);
    try {
      copyFileSync(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === 'EEXIST' && i < 1000) continue;
      removeQuietly(target); // ours, cut short (a full disk)
      throw writeError(e, target);
    }
  }
}

/** Writes bytes (a .docx) over `out` through a temporary file beside it and a rename: never half a file. */
export function writeBytesAtomic(out: string, data: Uint8Array): void {
  replaceWith(out, (target) => writeTemp(target, data), {});
}

/** Copies a file to `out` through a temporary file and a rename (an output of a command that changed nothing). */
export function copyFileAtomic(input: string, out: string): void {
  replaceWith(
    out,
    (target) => {
      const tmp = tempPath(target);
      try {
        copyFileSync(input, tmp);
      } catch (e) {
        removeQuietly(tmp);
        throw e;
      }
      return tmp;
    },
    {},
  );
}
