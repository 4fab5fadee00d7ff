/**
 * Reading and writing .xlsx files safely: the input is checked before ExcelJS
 * sees it (an encrypted workbook is an OLE container, not a zip), and output
 * goes to a temporary file in the same folder that is renamed over the target
 * only once it is complete, so a failure never leaves a half-written file.
 */
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, statSync, unlinkSync } from 'fs';
import { basename, dirname, extname, join } from 'path';
import ExcelJS from 'exceljs';
import { EngineError } from '../engine';
import { fixLoadedTables } from './internals';

/** Files larger than this are refused rather than exhausting memory. */
export const MAX_FILE_MB = 200;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function head(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const read = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(file)) throw new EngineError('xlsx.notFound', { file });
  const st = statSync(file);
  if (st.isDirectory()) throw new EngineError('xlsx.notXlsx', { file, reason: 'directory' });
  if (st.size > MAX_FILE_MB * 1024 * 1024) {
    throw new EngineError('xlsx.tooLarge', { file, size: Math.round(st.size / 1024 / 1024), limit: MAX_FILE_MB });
  }
  const magic = head(file, 8);
  if (startsWith(magic, OLE_MAGIC)) throw new EngineError('xlsx.encrypted', { file });
  if (!startsWith(magic, ZIP_MAGIC)) {
    throw new EngineError('xlsx.notXlsx', { file, reason: st.size === 0 ? 'empty file' : 'not a zip package' });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new EngineError('xlsx.damaged', { file, reason: String((e as Error).message ?? e).slice(0, 200) });
  }
  if (wb.worksheets.length === 0) throw new EngineError('xlsx.damaged', { file, reason: 'no worksheets' });
  fixLoadedTables(wb);
  return wb;
}

/** Writes to a temporary file beside the target, then renames it over the target. */
export async function saveWorkbookAtomic(wb: ExcelJS.Workbook, out: string): Promise<void> {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    renameSync(tmp, out);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw new EngineError('xlsx.writeFailed', { file: out, reason: String((e as Error).message ?? e) });
  }
}

/** Copies a file to `<name>.backup-<stamp>.xlsx` beside it; returns the backup's path. */
export function backupFile(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const ext = extname(file) || '.xlsx';
  let target = join(dirname(file), `${basename(file, ext)}.backup-${stamp}${ext}`);
  for (let i = 2; existsSync(target); i++)
    target = join(dirname(file), `${basename(file, ext)}.backup-${stamp}-${i}${ext}`);
  copyFileSync(file, target);
  return target;
}

/** Copies a file to `out` through a temporary file and a rename (an output of a command that changed nothing). */
export function copyFileAtomic(input: string, out: string): void {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    copyFileSync(input, tmp);
    renameSync(tmp, out);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw new EngineError('xlsx.writeFailed', { file: out, reason: String((e as Error).message ?? e) });
  }
}
