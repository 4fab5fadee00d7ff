/**
 * From an import result to the cells of the three lists. Import itself only
 * writes values (headers and rows, into new sheets or below the rows a
 * ledger already has); making them a structured ledger — tables, dropdowns,
 * colours, helper sheets — is the core's planStructure, run on the snapshot
 * as it will be once these values are written (`snapshotAfter`). So an
 * imported ledger is exactly as structured as one made by `init`.
 */
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { LIST_IDS } from '../schema/values';
import { LIST_SHEETS } from '../schema/listSheets';
import { ListSheetDef, ListSheetId } from '../schema/columns';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { findSheet } from '../core/snapshot';
import { readLists } from '../read/helperSheets';
import { listsSheetRows } from '../schema/helperLayouts';
import type { Lang } from '../../i18n/index';
import { CellValue } from '../core/cells';
import { Plan, emptyPlan } from '../core/plan';
import { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { cellText } from './header';
import { type ImportResult, SOURCE_COLUMNS } from './types';
import { cellAddress, parseRange } from '../core/a1';
import { lastUsedRow } from '../core/snapshot';
import { locateListSheet } from '../read/locate';

/** The header row of a list sheet: its table's top row, else row 1. */
function headerRowOf(sheet: SheetSnapshot): number {
  return sheet.tables[0] ? parseRange(sheet.tables[0].ref).top : 1;
}

const sameHeader = (a: string, b: string) => normalizeHeader(a) === normalizeHeader(b);

interface OutColumn {
  header: string;
  get: (row: ImportResult['rows']['problems'][number]) => CellValue;
  format: string | null;
}

function outColumns(def: ListSheetDef, result: ImportResult, lang: Lang): OutColumn[] {
  const cols: OutColumn[] = def.columns.map((c) => ({
    header: c.header[lang],
    get: (row) => row.values[c.key] ?? null,
    format: c.type === 'date' ? 'yyyy-mm-dd' : null,
  }));
  cols.push({ header: SOURCE_COLUMNS.file[lang], get: (row) => row.source.file, format: null });
  cols.push({ header: SOURCE_COLUMNS.row[lang], get: (row) => row.source.row, format: null });
  for (const name of result.extraColumns[def.id as 'problems' | 'tasks'] ?? [])
    cols.push({ header: name, get: (row) => row.extras[name] ?? null, format: null });
  return cols;
}

/**
 * The writes that put the imported rows into a workbook: new list sheets with
 * a header row, or rows appended below an existing list (columns matched by
 * header, missing ones added at the right; nothing already there is touched).
 */
export function planImport(result: ImportResult, snapshot: WorkbookSnapshot | null, lang: Lang): Plan {
  const plan = emptyPlan();
  for (const def of LIST_SHEETS) {
    const rows = result.rows[def.id as ListSheetId];
    const cols = outColumns(def, result, lang);
    const existing = snapshot ? locateListSheet(snapshot, def) : undefined;
    if (!existing) {
      plan.sheets.push({ name: def.name[lang], create: true, freeze: { rows: 1, columns: 0 } });
      plan.writes.push({
        sheet: def.name[lang],
        row: 1,
        column: 1,
        values: [cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => c.get(r)))],
        numberFormats: cols.map((c) => c.format),
      });
      continue;
    }
    if (!rows.length) continue;
    const hr = headerRowOf(existing);
    const headers = (existing.values[hr - 1] ?? []).map((v) => cellText(v));
    let width = headers.length;
    while (width > 0 && !headers[width - 1]) width--;
    const position: number[] = [];
    const added: string[] = [];
    for (const c of cols) {
      let i = headers.findIndex((h) => h && sameHeader(h, c.header));
      if (i < 0) {
        const layoutKey = matchColumn(def, c.header)?.key;
        if (layoutKey) i = headers.findIndex((h) => h && matchColumn(def, h)?.key === layoutKey);
      }
      if (i < 0) {
        i = width + added.length;
        added.push(c.header);
      }
      position.push(i);
    }
    if (added.length) plan.writes.push({ sheet: existing.name, row: hr, column: width + 1, values: [added] });
    const span = Math.max(width + added.length, ...position.map((p) => p + 1));
    const start = Math.max(lastUsedRow(existing), hr) + 1;
    const formats: (string | null)[] = new Array(span).fill(null);
    cols.forEach((c, k) => (formats[position[k]] = c.format));
    plan.writes.push({
      sheet: existing.name,
      row: start,
      column: 1,
      values: rows.map((r) => {
        const line: CellValue[] = new Array(span).fill(null);
        cols.forEach((c, k) => (line[position[k]] = c.get(r)));
        return line;
      }),
      numberFormats: formats,
    });
  }
  addCategories(plan, result.newCategories, snapshot, lang);
  planUpdates(plan, result);
  return plan;
}

/**
 * Categories the legacy files use are added to the category list in `_lists`
 * (users may add categories freely), so they become dropdown
 * values instead of validation errors. Written before planStructure runs, so
 * the dropdown it makes covers them.
 */
function addCategories(plan: Plan, categories: readonly string[], snapshot: WorkbookSnapshot | null, lang: Lang): void {
  if (!categories.length) return;
  const name = HELPER_SHEET_NAMES.lists;
  const col = LIST_IDS.indexOf('category');
  if (!snapshot || !findSheet(snapshot, name)) {
    const rows = listsSheetRows(lang);
    let r = rows.findIndex((row, i) => i > 0 && (row[col] === null || row[col] === undefined || row[col] === ''));
    if (r < 0) r = rows.length;
    for (const c of categories) {
      while (rows.length <= r) rows.push(new Array(LIST_IDS.length).fill(null));
      rows[r++][col] = c;
    }
    plan.sheets.push({ name, create: true, visibility: 'hidden' });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: rows });
    return;
  }
  const lists = readLists(snapshot, lang);
  const where = lists.where.category;
  // Without a category column the core writes the defaults itself; the report still names the categories.
  if (!where) return;
  const have = new Set(lists.values.category.map(normalizeHeader));
  const missing = categories.filter((c) => !have.has(normalizeHeader(c)));
  if (missing.length)
    plan.writes.push({ sheet: name, row: where.lastRow + 1, column: where.column, values: missing.map((c) => [c]) });
}

/**
 * The cells of problems already in the ledger that changed in the source and
 * not in the ledger: written one by one, each guarded (it must still hold
 * what was read), each logged old → new by finalize.
 */
function planUpdates(plan: Plan, result: ImportResult): void {
  if (!result.updates.length) return;
  plan.expect = plan.expect ?? [];
  for (const u of result.updates) {
    plan.writes.push({ sheet: u.sheet, row: u.row, column: u.column, values: [[u.value]] });
    plan.expect.push({ sheet: u.sheet, address: cellAddress(u.row, u.column), value: u.old });
  }
}
