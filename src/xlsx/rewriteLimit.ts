/**
 * What a workbook written whole through ExcelJS may hold. ExcelJS keeps every
 * cell of a workbook it reads as objects — about 1.5 KB a cell: a
 * 10,000-problem ledger of 783,000 cells took 1.38 GB to refresh that way —
 * where the lean reader and the patcher hold a fraction of that. A plan's new
 * cells cost less, since long blocks of new rows go straight into the saved
 * file (apply/laterRows.ts): importing 60,000 rows wrote 2.8 million cells
 * into a new workbook in 1.18 GB, about a third of a read cell each. So a
 * command that must write the whole workbook (import into a new file, a plan
 * the patcher does not write: ./port.ts; 下发 packages) is refused, before
 * ExcelJS takes that memory, when the cells it would hold plus a third of
 * those it writes pass REWRITE_CELLS: it keeps every command within 1.5 GB
 * (docs/PERFORMANCE.md, "Memory at the limits"). Long texts cost ExcelJS
 * memory apart from their cells — a ledger of 58,000 cells with 246 MB of
 * XML, most of it 2,000-character descriptions, took 1.56 GB to refresh and
 * 1.89 GB to report that way — so the worksheets' and shared strings' XML
 * is bounded too (REWRITE_BYTES). The pane does the same work through
 * Office.js in Excel, which holds the workbook itself.
 */
import { EngineError, type Plan } from '../engine';
import { type ZipArchive, openZip } from './read';
import { toMB } from './read/limits';

/** Cells ExcelJS may hold in one workbook written whole, each written cell counting a third. */
export const REWRITE_CELLS = 800_000;
/** Inflated bytes of worksheet and shared-string XML ExcelJS may read (the 10,000-problem demo, reported: 62 MB). */
export const REWRITE_BYTES = 100 * 1024 * 1024;
/** How many cells a plan writes for each one ExcelJS reads, at the same memory (measured: see above). */
const WRITTEN_PER_HELD = 3;

const LT = 0x3c;
const C = 0x63;
/** A worksheet part by its name (Excel: xl/worksheets/sheetN.xml; other writers name them otherwise, in that folder). */
const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /(^|\/)sharedStrings\d*\.xml$/i;

/**
 * The inflated bytes of a package's worksheets and shared strings, as its zip directory declares them (the reader
 * never inflates an entry past its declared size).
 */
export function packageTextBytes(zip: ZipArchive): number {
  let total = 0;
  for (const name of zip.names()) {
    if (WORKSHEET.test(name) || SHARED_STRINGS.test(name)) total += zip.entry(name)?.size ?? 0;
  }
  return total;
}

/**
 * The cells a package's worksheets hold, as ExcelJS will make them: every <c> element (styled empty ones too),
 * counted in the inflated bytes, which stay within the reader's limits.
 */
export function packageCells(zip: ZipArchive): number {
  let cells = 0;
  for (const name of zip.names()) {
    if (!WORKSHEET.test(name)) continue;
    const part = zip.bytes(name);
    if (!part) continue;
    // Uint8Array's own indexOf (the pane has no Buffer): each '<', then whether it opens <c> or <c …>, not
    // <col>, <cfRule>, <cellWatch>…
    for (let at = part.indexOf(LT); at >= 0; at = part.indexOf(LT, at + 1)) {
      if (part[at + 1] !== C) continue;
      const next = part[at + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) cells++;
    }
  }
  return cells;
}

/**
 * Refuses, before ExcelJS reads it, a package too large to write whole with the `adding` cells a plan writes into
 * it: its text first, from the zip's directory alone, then its cells, counted in the inflated worksheets.
 */
export function assertPackageRewritable(bytes: Uint8Array, file: string, adding: number): void {
  const zip = openZip(bytes, file);
  assertRewritableText(file, packageTextBytes(zip));
  assertRewritable(file, packageCells(zip), adding);
}

/** The cells a plan writes (its value blocks). */
export function planCells(plan: Plan): number {
  let cells = 0;
  for (const w of plan.writes) for (const row of w.values) cells += row.length;
  return cells;
}

/**
 * Refuses a whole-workbook write of a workbook of `held` cells to which a plan writes `adding` more, when they
 * pass REWRITE_CELLS (the written ones counting a third), naming the file and the numbers.
 */
export function assertRewritable(file: string, held: number, adding: number, limit = REWRITE_CELLS): void {
  if (held + adding / WRITTEN_PER_HELD > limit) {
    throw new EngineError('xlsx.limit.rewrite', { file, held, adding, limit });
  }
}

/** Refuses a whole-workbook write of a package whose sheets' and strings' XML passes REWRITE_BYTES. */
export function assertRewritableText(file: string, textBytes: number, limit = REWRITE_BYTES): void {
  if (textBytes > limit) {
    throw new EngineError('xlsx.limit.rewriteText', { file, mb: toMB(textBytes), limit: toMB(limit) });
  }
}
