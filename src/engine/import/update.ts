/**
 * Re-importing an updated source into the ledger it went into before: a cell
 * that changed in the source but not in the ledger is updated; a cell the
 * ledger changed is kept; where both changed, the ledger's value is kept and
 * the conflict reported. "Changed" is judged against what import last wrote
 * into that cell, as `_log` recorded it (three-way); without a log entry, an
 * empty ledger cell is filled and any other difference is a conflict.
 */
import type { CellValue } from '../core/cells';
import { cellAddress } from '../core/a1';
import { logText } from '../audit/chain';
import type { CellConflict, CellUpdate, ExistingLedger, LedgerRow, RowSource } from './types';

/** Keys import never rewrites on a problem it finds again: its identity. */
const IDENTITY = new Set(['id', 'problemId']);

const text = (v: CellValue | undefined) => logText(v ?? null).trim();

export type Verdict = 'same' | 'update' | 'keepLedger' | 'conflict';

/** What to do with one cell, given the ledger's value, the source's value and what import wrote there last. */
export function verdict(ledger: CellValue, source: CellValue, base: string | undefined): Verdict {
  const [l, s] = [text(ledger), text(source)];
  if (l === s || s === '') return 'same';
  if (base === undefined) return l === '' ? 'update' : 'conflict';
  if (l === base.trim()) return 'update';
  if (s === base.trim()) return 'keepLedger';
  return 'conflict';
}

export interface RowComparison {
  updates: CellUpdate[];
  conflicts: CellConflict[];
}

/** Compares a source row's values for one list with the ledger's row; collects updates and conflicts. */
export function compareRow(
  target: LedgerRow,
  source: Record<string, CellValue>,
  existing: ExistingLedger,
  src: RowSource,
  out: RowComparison,
): void {
  for (const [key, value] of Object.entries(source)) {
    const column = target.columns[key];
    if (IDENTITY.has(key) || column === undefined || value === null || value === undefined) continue;
    const old = target.values[key] ?? null;
    const address = cellAddress(target.row, column);
    const v = verdict(old, value, existing.lastImported.get(`${target.sheet}!${address}`));
    const change = { sheet: target.sheet, row: target.row, column, key, old, value };
    if (v === 'update') out.updates.push(change);
    else if (v === 'conflict') out.conflicts.push({ ...change, source: src });
  }
}
