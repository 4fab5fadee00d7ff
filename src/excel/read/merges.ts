/**
 * Merged areas of the sheets read whole, queued into the first chunk of
 * cells (no round trip of their own), over ranges of known extent from A1 —
 * never over a used range that may be a null object.
 *
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1))
 * "will fail to return the result" when "the merged areas count in this range
 * is more than 512", and it returns only the areas whose top-left cell is in
 * the range (https://github.com/OfficeDev/office-js/issues/3611). So areas
 * are read in row bands from column A, each area exactly once (by its
 * top-left cell):
 *   'bands'  bands of up to BAND_CELLS cells: few requests for a ledger;
 *   'safe'   after a refusal, bands of at most SAFE_BAND_CELLS cells, which
 *            cannot hold more than 512 areas (an area has two cells at least);
 *   'none'   when even that fails (or would take more than MAX_SAFE_BANDS
 *            requests): no merges, and the user is told (excel.degraded.merges).
 */
import { columnLetters } from '../../engine/core/a1';
import type { SheetRead } from './outline';
import { localAddress } from './outline';

export type MergeMode = 'bands' | 'safe' | 'none';

const BAND_CELLS = 20_000;
const SAFE_BAND_CELLS = 1_024;
const MAX_SAFE_BANDS = 4_000;

export interface MergeBand {
  sheet: SheetRead;
  areas: Excel.RangeAreas;
}

function bands(sheet: SheetRead, cellsPerBand: number): { from: number; to: number }[] {
  const last = sheet.last!;
  const rows = Math.max(1, Math.floor(cellsPerBand / last.column));
  const out: { from: number; to: number }[] = [];
  for (let from = 1; from <= last.row; from += rows) out.push({ from, to: Math.min(last.row, from + rows - 1) });
  return out;
}

/** How many safe bands the sheets would take (the 'safe' mode is skipped past MAX_SAFE_BANDS). */
export function safeBandCount(sheets: SheetRead[]): number {
  return sheets.reduce((n, s) => n + bands(s, SAFE_BAND_CELLS).length, 0);
}

export function mergeModeAfter(mode: MergeMode, sheets: SheetRead[]): MergeMode {
  if (mode === 'bands' && safeBandCount(sheets) <= MAX_SAFE_BANDS) return 'safe';
  return 'none';
}

/** Queues the merged areas of the sheets (read whole, with values) in `mode`'s bands. */
export function queueMerges(sheets: SheetRead[], mode: MergeMode): MergeBand[] {
  if (mode === 'none') return [];
  const out: MergeBand[] = [];
  for (const sheet of sheets) {
    const right = columnLetters(sheet.last!.column);
    for (const { from, to } of bands(sheet, mode === 'safe' ? SAFE_BAND_CELLS : BAND_CELLS)) {
      const areas = sheet.ws.getRange(`A${from}:${right}${to}`).getMergedAreasOrNullObject();
      areas.load('areas/items/address');
      out.push({ sheet, areas });
    }
  }
  return out;
}

/** After the sync: each sheet's merged areas ('A1:F1'), in band order. */
export function takeMerges(bandsRead: MergeBand[]): void {
  for (const { sheet, areas } of bandsRead) {
    if (areas.isNullObject) continue;
    // One by one: a band of a large ledger may hold more merged areas than a call takes arguments.
    for (const a of areas.areas.items) sheet.snap.merges.push(localAddress(a.address).replace(/\$/g, ''));
  }
}
