/**
 * Fingerprints of what the office sent: per row, a SHA-256 of its office
 * values (the row's fingerprint in the stamp and in `_distribution`), a short
 * hash per office cell (to say which cell a unit changed), and the values of
 * the open cells as they were sent (to tell what the unit typed from what it
 * received, and whether the office changed them since).
 */
import type { CellValue } from '../core/cells';
import { sha256Hex } from '../core/sha256';
import { hash53 } from '../audit/chain';
import type { RowStamp } from '../read/distribution';
import { OPEN_COLUMNS, type PackageSheetId, canonicalValue, officeColumns } from './columns';

export type { RowStamp } from '../read/distribution';

const officeCache = new Map<PackageSheetId, string[]>();
function office(id: PackageSheetId): string[] {
  let cols = officeCache.get(id);
  if (!cols) officeCache.set(id, (cols = officeColumns(id)));
  return cols;
}

/** Hex digits kept of each cell's hash: a changed cell goes unnoticed once in four billion. */
export const CELL_HASH_LENGTH = 8;

export function cellHash(key: string, canonical: string): string {
  return hash53(`${key}\u0000${canonical}`).slice(-CELL_HASH_LENGTH);
}

/** The hash sent for an office column (undefined when the stamp has none for it). */
export function sentCellHash(sheet: PackageSheetId, cells: string, key: string): string | undefined {
  const i = office(sheet).indexOf(key);
  const h = i < 0 ? '' : cells.slice(i * CELL_HASH_LENGTH, (i + 1) * CELL_HASH_LENGTH);
  return h.length === CELL_HASH_LENGTH ? h : undefined;
}

/** A row's stamp from its values by column key (missing columns read as empty). */
export function rowStamp(
  sheet: PackageSheetId,
  key: string,
  valueOf: (column: string) => CellValue | undefined,
): RowStamp {
  const values: string[] = [];
  let cells = '';
  for (const k of office(sheet)) {
    const v = canonicalValue(sheet, k, valueOf(k));
    values.push(v);
    cells += cellHash(k, v);
  }
  const sent: Record<string, string> = {};
  for (const k of OPEN_COLUMNS[sheet]) sent[k] = canonicalValue(sheet, k, valueOf(k));
  return { sheet, key, hash: sha256Hex(JSON.stringify([sheet, key, values])), cells, sent };
}

/** The whole package's fingerprint: the ledger, the unit, the round and every row's fingerprint in order. */
export function packageHash(ledgerId: string, unit: string, round: number, rows: readonly RowStamp[]): string {
  return sha256Hex(JSON.stringify([ledgerId, unit, round, rows.map((r) => [r.sheet, r.key, r.hash])]));
}
