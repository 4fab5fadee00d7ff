/**
 * Import identity by content (docs/IMPORT.md): a problem is the same problem
 * when its unit and original ID match, or — where the source has no IDs —
 * its unit and normalised description, whatever the file name or row. The
 * ledger a run imports into is indexed by these keys, with the values import
 * last wrote into each cell (from `_log`): the base of a three-way update.
 */
import type { CellValue } from '../core/cells';
import { toHalfWidth } from '../core/text';
import type { WorkbookSnapshot } from '../core/snapshot';
import { importBase } from '../audit/history';
import { readWorkbook } from '../read/readWorkbook';
import type { ParsedWorkbook, SheetMapping } from '../read/records';
import type { ListSheetId } from '../schema/columns';
import { normalizeHeader } from '../schema/headers';
import { type ExistingLedger, type LedgerProblem, type LedgerRow, SOURCE_COLUMNS } from './types';

/** Text compared for identity: half-width, no spaces, lower case. */
export function identityText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return toHalfWidth(typeof v === 'object' ? v.error : String(v))
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The identity key of a problem: by unit and original ID when there is one, else by unit and description. */
export function problemKey(unit: CellValue, originalId: CellValue, description: CellValue): string | null {
  const u = identityText(unit);
  const id = identityText(originalId);
  if (id) return `id|${u}|${id}`;
  const d = identityText(description);
  return d ? `text|${u}|${d}` : null;
}

function rowOf(list: ListSheetId, m: SheetMapping, rec: { row: number; raw: Record<string, CellValue> }): LedgerRow {
  return { list, sheet: m.sheet, row: rec.row, columns: m.columns, values: rec.raw };
}

/** The column of 原问题编号 (the source's ID, kept when import prefixed it with the unit), if the sheet has one. */
function originalIdColumn(m: SheetMapping): number | undefined {
  const names = [SOURCE_COLUMNS.originalId.zh, SOURCE_COLUMNS.originalId.en].map(normalizeHeader);
  return m.extra.find((e) => names.includes(normalizeHeader(e.header)))?.column;
}

function indexProblems(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): Map<string, LedgerProblem> {
  const pm = parsed.mappings.problems!;
  const sheet = snapshot.sheets.find((s) => s.name === pm.sheet)!;
  const origCol = originalIdColumn(pm);
  const byKey = new Map<string, LedgerProblem>();
  const byId = new Map<string, LedgerProblem>();
  for (const p of parsed.problems) {
    if (!p.id || byId.has(p.id)) continue;
    const entry: LedgerProblem = { ...rowOf('problems', pm, p), id: p.id, tasks: new Map() };
    byId.set(p.id, entry);
    const original = origCol ? (sheet.values[p.row - 1]?.[origCol - 1] ?? null) : null;
    for (const key of [
      problemKey(p.inspectedUnit, original || p.id, null),
      problemKey(p.inspectedUnit, null, p.description),
    ]) {
      if (key && !byKey.has(key)) byKey.set(key, entry);
    }
  }
  const rm = parsed.mappings.responsibilities;
  for (const r of parsed.responsibilities) {
    const e = byId.get(r.problemId);
    if (rm && e && !e.responsibility) e.responsibility = rowOf('responsibilities', rm, r);
  }
  const tm = parsed.mappings.tasks;
  for (const t of parsed.tasks) {
    const e = byId.get(t.problemId);
    if (tm && e && t.id && !e.tasks.has(t.id)) e.tasks.set(t.id, rowOf('tasks', tm, t));
  }
  return byKey;
}

/**
 * The value an import last wrote into each cell, from `_log` (its action is 导入 / import): its cell entries, and
 * the rows it added whole whose row checks still match (audit/history.ts importBase; a row changed by hand has none).
 */
function lastImportedValues(snapshot: WorkbookSnapshot): Map<string, string> {
  return importBase(snapshot);
}

/** What an existing workbook already holds, so that importing again adds only what is new. */
export function readExistingLedger(snapshot: WorkbookSnapshot): ExistingLedger {
  let parsed: ParsedWorkbook;
  try {
    parsed = readWorkbook(snapshot, {});
  } catch {
    return { problemIds: new Set(), problems: new Map(), lastImported: new Map() };
  }
  if (!parsed.mappings.problems) return { problemIds: new Set(), problems: new Map(), lastImported: new Map() };
  return {
    problemIds: new Set(parsed.problems.map((p) => p.id).filter(Boolean)),
    problems: indexProblems(parsed, snapshot),
    lastImported: lastImportedValues(snapshot),
  };
}
