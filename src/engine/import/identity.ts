/**
 * Import identity by content (docs/IMPORT.md): a problem is the same problem
 * when its unit and original ID match, or — where the source has no IDs —
 * its unit and normalised description, whatever the file name or row. The
 * ledger a run imports into is indexed by these keys, with the values import
 * last wrote into each cell (from `_log`): the base of a three-way update.
 */
import { wordRecord } from '../core/arrays';
import type { CellValue } from '../core/cells';
import { identityText } from '../core/text';
import type { WorkbookSnapshot } from '../core/snapshot';
import { importBase } from '../audit/history';
import { readLists } from '../read/helperSheets';
import { readWorkbook } from '../read/readWorkbook';
import type { ParsedWorkbook, RecordBase, SheetMapping } from '../read/records';
import { rawValues } from '../read/rowReader';
import type { ListSheetId } from '../schema/columns';
import { headerVariants, normalizeHeader } from '../schema/headers';
import { type ExistingLedger, type LedgerProblem, type LedgerRow, SOURCE_COLUMNS } from './types';

export { identityText };

/**
 * The identity key of a problem: by unit and original ID when there is one, else by unit and description, else (a
 * problem typed without its description) by unit and its first measure.
 */
export function problemKey(
  unit: CellValue,
  originalId: CellValue,
  description: CellValue,
  measure: CellValue = null,
): string | null {
  const u = identityText(unit);
  const id = identityText(originalId);
  if (id) return `id|${u}|${id}`;
  const d = identityText(description);
  if (d) return `text|${u}|${d}`;
  const m = identityText(measure);
  return m ? `measure|${u}|${m}` : null;
}

/** The key of the n-th different problem with the same key in one file (n ≥ 2 gets `~n`, as its derived ID does). */
export function nthKey(key: string, n: number): string {
  return n > 1 ? `${key}~${n}` : key;
}

/** The ID given to the n-th different row with the same typed ID in one file: `A-03~2`. */
export function derivedId(id: string, n: number): string {
  return `${id}~${n}`;
}

/** `A-03~2` → 2; an ID without a `~n` ending → 1. A linear scan, no pattern. */
export function occurrenceOf(id: string): number {
  const at = id.lastIndexOf('~');
  if (at <= 0 || at === id.length - 1) return 1;
  for (let i = at + 1; i < id.length; i++) if (id[i] < '0' || id[i] > '9') return 1;
  const n = Number(id.slice(at + 1));
  return n >= 2 ? n : 1;
}

/** Headers of a row counter: it numbers the rows of a sheet (and starts again in each section), it names nothing. */
const COUNTER_HEADERS = new Set(['序号', '问题序号', '序', '行号', 'no', 'no.', '#', 'seq', 'seq.']);

/**
 * True when a header (or the part of a two-row header under its group) is a row counter such as 序号, also under
 * the name import keeps it by (序号（原表）).
 */
export function isRowCounter(header: string): boolean {
  const parts = [header, header.slice(header.lastIndexOf('/') + 1)];
  return parts.some((p) => headerVariants(p).some((h) => COUNTER_HEADERS.has(h)));
}

function rowOf(list: ListSheetId, m: SheetMapping, rec: RecordBase): LedgerRow {
  return { list, sheet: m.sheet, row: rec.row, columns: m.columns, values: rawValues(rec) };
}

/** The column of 原问题编号 (the source's ID, kept when import prefixed it with the unit), if the sheet has one. */
function originalIdColumn(m: SheetMapping): number | undefined {
  const names = [SOURCE_COLUMNS.originalId.zh, SOURCE_COLUMNS.originalId.en].map(normalizeHeader);
  return m.extra.find((e) => names.includes(normalizeHeader(e.header)))?.column;
}

/**
 * The identity keys of a ledger problem. Its ID key comes from 原问题编号 when import changed the ID (a unit prefix,
 * a `~n` for the second of two different rows with one ID); its text key counts problems of the same unit and
 * text in ledger order, as import counts them in a file (`~2` for the second).
 */
function keysOf(e: LedgerProblem, original: CellValue, textCount: Map<string, number>): string[] {
  const keys: string[] = [];
  const n = occurrenceOf(e.id);
  const typed = original ? cellTextOf(original) : e.id;
  const idKey = problemKey(e.values.inspectedUnit ?? null, typed, null);
  if (idKey) keys.push(original && occurrenceOf(typed) === 1 ? nthKey(idKey, n) : idKey);
  const firstMeasure = [...e.tasks.values()][0]?.values.measure ?? null;
  const textKey = problemKey(e.values.inspectedUnit ?? null, null, e.values.description ?? null, firstMeasure);
  if (textKey) {
    const k = (textCount.get(textKey) ?? 0) + 1;
    textCount.set(textKey, k);
    keys.push(nthKey(textKey, k));
  }
  return keys;
}

function cellTextOf(v: CellValue): string {
  return v === null || typeof v === 'object' ? '' : String(v).trim();
}

function indexProblems(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): Map<string, LedgerProblem> {
  const pm = parsed.mappings.problems!;
  const sheet = snapshot.sheets.find((s) => s.name === pm.sheet)!;
  const origCol = originalIdColumn(pm);
  const byId = new Map<string, LedgerProblem>();
  for (const p of parsed.problems) {
    if (!p.id || byId.has(p.id)) continue;
    const extras = wordRecord<CellValue>();
    for (const e of pm.extra) extras[e.header] = sheet.values[p.row - 1]?.[e.column - 1] ?? null;
    byId.set(p.id, { ...rowOf('problems', pm, p), extras, id: p.id, tasks: new Map() });
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
  const byKey = new Map<string, LedgerProblem>();
  const textCount = new Map<string, number>();
  for (const e of byId.values()) {
    const original = origCol ? (sheet.values[e.row - 1]?.[origCol - 1] ?? null) : null;
    for (const key of keysOf(e, original, textCount)) if (!byKey.has(key)) byKey.set(key, e);
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
    categories: new Set(readLists(snapshot, 'zh').values.category.map(normalizeHeader)),
  };
}
