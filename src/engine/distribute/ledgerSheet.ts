/**
 * `_distribution` rows as distribute and collect append them (the reading is
 * in read/distribution.ts, which the supervision list uses too).
 */
import type { CellValue } from '../core/cells';
import type { SheetOp, WriteBlock } from '../core/plan';
import { DISTRIBUTION_SHEET } from '../read/distribution';
import { DISTRIBUTION_KIND, type PackageEntry, type ReturnEntry, type RowStamp } from '../read/distribution';

export * from '../read/distribution';

/**
 * The sheet as every plan that appends to it names it: hidden and protected like `_log` (password from
 * `_settings`), created with its widths when missing.
 */
export function distributionSheetOp(exists: boolean, password: string): SheetOp {
  return {
    name: DISTRIBUTION_SHEET,
    create: !exists,
    visibility: 'hidden',
    protect: { password },
    ...(exists ? {} : { widths: { 1: 8, 2: 16, 8: 60 } }),
  };
}

/** Rows appended below the sheet's last: text columns kept as text, summarised in `_log` by the caller. */
export function distributionRowsWrite(row: number, values: CellValue[][]): WriteBlock {
  return {
    sheet: DISTRIBUTION_SHEET,
    row,
    column: 1,
    values,
    numberFormats: ['@', '@', null, '@', '@', '@', '@', '@'],
    summarisedInLog: true,
  };
}

// ---- rows to append

export const ledgerRow = (id: string): CellValue[] => [DISTRIBUTION_KIND.ledger, '', '', '', '', '', id, ''];

export const packageRow = (p: PackageEntry): CellValue[] => [
  DISTRIBUTION_KIND.package,
  p.unit,
  p.round,
  p.date,
  '',
  '',
  p.hash,
  JSON.stringify({ due: p.due, file: p.file, contact: p.contact }),
];

export const stampRow = (unit: string, round: number, r: RowStamp): CellValue[] => [
  DISTRIBUTION_KIND.row,
  unit,
  round,
  '',
  r.sheet,
  r.key,
  r.hash,
  // The cell hashes stay in the package's stamp: the ledger keeps the row's fingerprint and the values sent.
  JSON.stringify({ sent: r.sent }),
];

export const returnRow = (r: ReturnEntry): CellValue[] => [
  DISTRIBUTION_KIND.returned,
  r.unit,
  r.round,
  r.date,
  '',
  '',
  r.hash,
  JSON.stringify({ file: r.file, values: r.values }),
];
