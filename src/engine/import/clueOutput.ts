/**
 * The writes that put imported clues into a workbook: below the rows an
 * existing 移交清单 has (columns matched by header; the source's own columns
 * added at the right, never over a value), or on a new sheet; receiving
 * bodies the 移交对象 list lacks are appended to it in `_lists` (written
 * before planStructure runs, so the dropdown it makes covers them). Making
 * the sheet a structured list is planStructure's, as for every import.
 */
import { maxOf, widest } from '../core/arrays';
import type { CellValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet, lastUsedRow } from '../core/snapshot';
import { readLists } from '../read/helperSheets';
import { locateListSheet, mapListSheet } from '../read/locate';
import { CLUES } from '../schema/clues';
import { listsSheetRows } from '../schema/helperLayouts';
import { normalizeHeader } from '../schema/headers';
import { DATE_FORMAT } from '../schema/format';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { DEFAULT_LISTS, LIST_IDS } from '../schema/values';
import type { Lang } from '../../i18n';
import type { ClueImportResult } from './clueSource';
import { cellText } from './header';

interface Out {
  header: string;
  get: (row: ClueImportResult['rows'][number]) => CellValue;
  date: boolean;
}

function outColumns(result: ClueImportResult, lang: Lang): Out[] {
  return [
    ...CLUES.columns.map((c): Out => ({
      header: c.header[lang],
      get: (r) => r.values[c.key] ?? null,
      date: c.type === 'date',
    })),
    ...result.extraColumns.map((name): Out => ({ header: name, get: (r) => r.extras[name] ?? null, date: false })),
  ];
}

/** Columns of the existing sheet each output column goes to; columns it lacks are added at its right. */
function positions(snapshot: WorkbookSnapshot, lang: Lang, cols: Out[]) {
  const sheet = locateListSheet(snapshot, CLUES)!;
  const mapping = mapListSheet(sheet, CLUES, lang);
  const header = sheet.values[mapping.headerRow - 1] ?? [];
  let next = Math.max(mapping.lastColumn, header.length) + 1;
  const added: { column: number; header: string }[] = [];
  const at = cols.map((c, i) => {
    const key = i < CLUES.columns.length ? CLUES.columns[i].key : null;
    const mapped = key ? mapping.columns[key] : undefined;
    if (mapped !== undefined) return mapped;
    const found = header.findIndex((h) => normalizeHeader(cellText(h)) === normalizeHeader(c.header));
    if (found >= 0) return found + 1;
    added.push({ column: next, header: c.header });
    return next++;
  });
  return { sheet, mapping, at, added };
}

function appendRows(plan: Plan, snapshot: WorkbookSnapshot, result: ClueImportResult, lang: Lang, cols: Out[]): void {
  const { sheet, mapping, at, added } = positions(snapshot, lang, cols);
  for (const a of added)
    plan.writes.push({ sheet: sheet.name, row: mapping.headerRow, column: a.column, values: [[a.header]] });
  const width = maxOf(at, 0);
  const start = Math.max(lastUsedRow(sheet), mapping.headerRow) + 1;
  const formats: (string | null)[] = new Array(width).fill(null);
  cols.forEach((c, k) => (formats[at[k] - 1] = c.date ? DATE_FORMAT : null));
  const values = result.rows.map((r) => {
    const line: CellValue[] = new Array(width).fill(null);
    cols.forEach((c, k) => (line[at[k] - 1] = c.get(r)));
    return line;
  });
  if (values.length) plan.writes.push({ sheet: sheet.name, row: start, column: 1, values, numberFormats: formats });
}

/** Bodies the 移交对象 list lacks, appended to it (a `_lists` without the list gets it whole, defaults first). */
function addReceivers(plan: Plan, snapshot: WorkbookSnapshot | null, bodies: readonly string[], lang: Lang): void {
  if (!bodies.length) return;
  const name = HELPER_SHEET_NAMES.lists;
  const sheet = snapshot ? findSheet(snapshot, name) : undefined;
  const defaults = DEFAULT_LISTS.receiver.values.map((v) => v[lang]);
  if (!sheet) {
    const rows = listsSheetRows(lang);
    const col = LIST_IDS.indexOf('receiver');
    bodies.forEach((b, i) => {
      const r = 1 + defaults.length + i;
      while (rows.length <= r) rows.push(new Array(LIST_IDS.length).fill(null));
      rows[r][col] = b;
    });
    plan.sheets.push({ name, create: true, visibility: 'hidden' });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: rows });
    return;
  }
  const where = readLists(snapshot!, lang).where.receiver;
  if (where) {
    plan.writes.push({ sheet: name, row: where.lastRow + 1, column: where.column, values: bodies.map((b) => [b]) });
    return;
  }
  const column = widest(sheet.values) + 1;
  const values = [[DEFAULT_LISTS.receiver.header[lang]], ...[...defaults, ...bodies].map((b) => [b])];
  plan.writes.push({ sheet: name, row: 1, column, values });
}

export function planClueImport(result: ClueImportResult, snapshot: WorkbookSnapshot | null, lang: Lang): Plan {
  const plan = emptyPlan();
  const cols = outColumns(result, lang);
  if (snapshot && locateListSheet(snapshot, CLUES)) appendRows(plan, snapshot, result, lang, cols);
  else {
    const name = CLUES.name[lang];
    plan.sheets.push({ name, create: true, freeze: { rows: 1, columns: 0 } });
    plan.writes.push({
      sheet: name,
      row: 1,
      column: 1,
      values: [cols.map((c) => c.header), ...result.rows.map((r) => cols.map((c) => c.get(r)))],
      numberFormats: cols.map((c) => (c.date ? DATE_FORMAT : null)),
    });
  }
  addReceivers(plan, snapshot, result.newReceivers, lang);
  return plan;
}
