/**
 * `_distribution` rows as distribute and collect append them (the reading is
 * in read/distribution.ts, which the supervision list uses too).
 */
import type { CellValue } from '../core/cells';
import { DISTRIBUTION_KIND, type PackageEntry, type ReturnEntry, type RowStamp } from '../read/distribution';

export * from '../read/distribution';

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
  JSON.stringify({ cells: r.cells, sent: r.sent }),
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
