/**
 * Finding the header of a legacy sheet. Hand-made ledgers start with title
 * rows ("XX公司巡察整改台账", often merged across the width), `label：value`
 * details (填报单位：…, 填报时间：…), and their headers may be one to four rows
 * with groups over sub-headers. The rules of a sheet's structure are in
 * src/engine/sheetLayout; here they are given what import knows: the columns
 * of the three lists, their aliases, and the sources named with --map.
 */
import { LIST_SHEETS } from '../schema/listSheets';
import { MAX_HEADER_LENGTH, matchColumn, normalizeHeader } from '../schema/headers';
import type { SheetSnapshot } from '../core/snapshot';
import { type Band, type BandColumn, SheetReader, findBand } from '../sheetLayout';

export { SheetReader, cellText } from '../sheetLayout';
export type { MergeRange } from '../sheetLayout';

/** One column of the header: where it is, its name as it reads in the source, the texts tried against the lists. */
export type HeaderColumn = BandColumn;

/** The header block of a sheet: its rows, its columns, its titles and details. */
export type HeaderInfo = Band;

/** True when a text names a column of one of the three lists, or a source the user mapped with --map. */
export function knownHeader(text: string, mapped: ReadonlySet<string>): boolean {
  if (!text || text.length > MAX_HEADER_LENGTH) return false;
  if (mapped.size && mapped.has(normalizeHeader(text))) return true;
  return LIST_SHEETS.some((s) => matchColumn(s, text) !== undefined);
}

/**
 * The header block among the first rows of the sheet, or null when no band of rows names at least two known
 * columns (then the sheet is not a ledger we can read without --map).
 */
export function findHeader(sheet: SheetSnapshot, mapped: ReadonlySet<string> = new Set()): HeaderInfo | null {
  return findBand(new SheetReader(sheet), (t) => knownHeader(t, mapped));
}
