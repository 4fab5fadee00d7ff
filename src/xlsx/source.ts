/**
 * Import sources: a legacy ledger as a snapshot, whatever an office keeps it
 * in. The kind is read from the bytes (sniff.ts), not trusted from the name:
 * .xlsx (any producer, normalised as for ledger files), Excel 97–2003 .xls
 * (xls.ts), and CSV or tab-separated text in UTF-8, UTF-16 or GB18030 (csv.ts).
 * A password-protected workbook, an Excel 95 file, an .ods or a web page gets
 * its own message saying what to do.
 */
import { basename, extname } from 'path';
import { EngineError, type WorkbookSnapshot } from '../engine';
import type { SheetSnapshot } from '../engine/core/snapshot';
import { CfbError } from './cfb';
import { type CsvEncoding, csvSheet } from './csv';
import { readXlsxSnapshot } from './read';
import { type FileKind, notWorkbookError, readInput, sniff, textReadAsCsv } from './sniff';
import type { SnapshotOptions } from './snapshot';
import { XlsError, readXlsSheets } from './xls';

export interface SourceSnapshot {
  snapshot: WorkbookSnapshot;
  /** What the file turned out to be. */
  format: 'xlsx' | 'xls' | 'csv';
  /** For CSV: the encoding detected. */
  encoding?: CsvEncoding;
}

function xlsSheets(buf: Buffer, file: string): SheetSnapshot[] {
  try {
    return readXlsSheets(buf);
  } catch (e) {
    if (e instanceof XlsError && e.problem === 'encrypted') throw new EngineError('xlsx.encrypted', { file });
    if (e instanceof XlsError && e.problem === 'tooOld') throw new EngineError('xlsx.xlsTooOld', { file });
    if (e instanceof XlsError || e instanceof CfbError || e instanceof RangeError) {
      throw new EngineError('xlsx.xlsDamaged', { file });
    }
    throw e;
  }
}

function snapshotFrom(sheets: SheetSnapshot[], opts: SnapshotOptions): WorkbookSnapshot {
  return { sheets, user: opts.user ?? 'rectify', readAt: opts.readAt ?? new Date().toISOString() };
}

/** Reads an import source of any supported kind into a snapshot. */
export async function readSourceSnapshot(file: string, opts: SnapshotOptions = {}): Promise<SourceSnapshot> {
  const buf = readInput(file);
  const kind: FileKind = sniff(buf);
  if (kind === 'zip') return { snapshot: readXlsxSnapshot(buf, file, opts), format: 'xlsx' };
  if (kind === 'xls') {
    const sheets = xlsSheets(buf, file);
    if (sheets.length === 0) throw new EngineError('xlsx.noSheets', { file });
    return { snapshot: snapshotFrom(sheets, opts), format: 'xls' };
  }
  if (kind === 'xls5') throw new EngineError('xlsx.xlsTooOld', { file });
  if (kind === 'text' && textReadAsCsv(file)) {
    const { sheet, encoding } = csvSheet(buf, basename(file, extname(file)));
    return { snapshot: snapshotFrom([sheet], opts), format: 'csv', encoding };
  }
  throw notWorkbookError(kind, file) ?? new EngineError('xlsx.notXlsx', { file });
}
