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
import { type Lang, t } from '../../i18n/index';
import { CellValue } from '../core/cells';
import { Plan, emptyPlan } from '../core/plan';
import { maxOf } from '../core/arrays';
import { addedRowsChanges } from '../audit/addedRows';
import { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { cellText } from './header';
import { type ImportResult, type LegacySource, type OutRow, SOURCE_COLUMNS } from './types';
import { fingerprint } from './sources';
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
  /** The alert texts: refresh rewrites them daily, so the row checks in `_log` leave them out. */
  alert?: boolean;
}

function outColumns(def: ListSheetDef, result: ImportResult, lang: Lang): OutColumn[] {
  const cols: OutColumn[] = def.columns.map((c) => ({
    header: c.header[lang],
    get: (row) => row.values[c.key] ?? null,
    format: c.type === 'date' ? 'yyyy-mm-dd' : null,
    alert: c.computed === 'alert',
  }));
  cols.push({ header: SOURCE_COLUMNS.file[lang], get: (row) => row.source.file, format: null });
  cols.push({ header: SOURCE_COLUMNS.row[lang], get: (row) => row.source.row, format: null });
  for (const name of result.extraColumns[def.id as 'problems' | 'tasks'] ?? [])
    cols.push({
      header: name,
      get: (row) => row.extras[name] ?? null,
      // An extra column read as dates (复查日期, 督办日期) shows them as dates, not serial numbers.
      format: result.extraDateColumns?.includes(name) ? 'yyyy-mm-dd' : null,
    });
  return cols;
}

/** One list's new rows as written: where they start, how wide, the columns their checks skip, the rows they came from. */
interface Placed {
  sheet: string;
  firstRow: number;
  width: number;
  skip: number[];
  lines: CellValue[][];
  rows: OutRow[];
}

/** The 1-based columns of the alert texts, left out of the row checks. */
const alertColumns = (cols: readonly OutColumn[], at: (k: number) => number) =>
  cols.flatMap((c, k) => (c.alert ? [at(k) + 1] : []));

/**
 * The new rows of a list, as one block. Not logged cell by cell: logAddedRows
 * gives them one `_log` entry per source file (docs/LOG.md).
 */
function placeRows(
  plan: Plan,
  sheet: string,
  firstRow: number,
  lines: CellValue[][],
  formats: (string | null)[],
): void {
  if (!lines.length) return;
  plan.writes.push({ sheet, row: firstRow, column: 1, values: lines, numberFormats: formats, summarisedInLog: true });
}

/** Rows appended below an existing list: columns matched by header, missing ones added at the right. */
function appendToList(
  plan: Plan,
  existing: SheetSnapshot,
  def: ListSheetDef,
  cols: OutColumn[],
  rows: OutRow[],
): Placed {
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
  // New header cells are logged cell by cell, as any change to an existing sheet.
  if (added.length) plan.writes.push({ sheet: existing.name, row: hr, column: width + 1, values: [added] });
  const span = maxOf(
    position.map((p) => p + 1),
    width + added.length,
  );
  const start = Math.max(lastUsedRow(existing), hr) + 1;
  const formats: (string | null)[] = new Array(span).fill(null);
  cols.forEach((c, k) => (formats[position[k]] = c.format));
  const lines = rows.map((r) => {
    const line: CellValue[] = new Array(span).fill(null);
    cols.forEach((c, k) => (line[position[k]] = c.get(r)));
    return line;
  });
  placeRows(plan, existing.name, start, lines, formats);
  return {
    sheet: existing.name,
    firstRow: start,
    width: span,
    skip: alertColumns(cols, (k) => position[k]),
    lines,
    rows,
  };
}

/**
 * The writes that put the imported rows into a workbook: new list sheets with
 * a header row, or rows appended below an existing list (columns matched by
 * header, missing ones added at the right; nothing already there is touched).
 * `sources` give each file's fingerprint in `_log`.
 */
export function planImport(
  result: ImportResult,
  snapshot: WorkbookSnapshot | null,
  lang: Lang,
  sources: readonly LegacySource[] = [],
): Plan {
  const plan = emptyPlan();
  const placed: Partial<Record<ListSheetId, Placed>> = {};
  for (const def of LIST_SHEETS) {
    const id = def.id as ListSheetId;
    const rows = result.rows[id];
    const cols = outColumns(def, result, lang);
    const existing = snapshot ? locateListSheet(snapshot, def) : undefined;
    if (existing) {
      if (rows.length) placed[id] = appendToList(plan, existing, def, cols, rows);
      continue;
    }
    const name = def.name[lang];
    plan.sheets.push({ name, create: true, freeze: { rows: 1, columns: 0 } });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: [cols.map((c) => c.header)] });
    const lines = rows.map((r) => cols.map((c) => c.get(r)));
    placeRows(
      plan,
      name,
      2,
      lines,
      cols.map((c) => c.format),
    );
    placed[id] = { sheet: name, firstRow: 2, width: cols.length, skip: alertColumns(cols, (k) => k), lines, rows };
  }
  logAddedRows(plan, result, placed, lang, sources);
  addCategories(plan, result.newCategories, snapshot, lang);
  planUpdates(plan, result);
  return plan;
}

/** Runs of consecutive rows from one source file and sheet: [key, first index, last index]. */
function runsBySource(rows: readonly OutRow[]): [string, number, number][] {
  const runs: [string, number, number][] = [];
  rows.forEach((r, i) => {
    const key = `${r.source.file}\u0000${r.source.sheet}`;
    const last = runs[runs.length - 1];
    if (last && last[0] === key && last[2] === i - 1) last[2] = i;
    else runs.push([key, i, i]);
  });
  return runs;
}

/**
 * A source sheet's fingerprint (its cells as read), so the log names exactly what was imported. `file` is the name
 * the rows carry: the file's, or `file › sheet` for one of several ledger sheets of a workbook.
 */
function sheetPrint(sources: readonly LegacySource[], file: string, sheet: string): string {
  const at = file.indexOf(' › ');
  const name = at >= 0 ? file.slice(0, at) : file;
  const values = sources.find((s) => s.file === name)?.snapshot.sheets.find((s) => s.name === sheet)?.values;
  return values ? fingerprint(JSON.stringify(values)) : '—';
}

/**
 * `_log` for the new rows (docs/LOG.md, "Rows added by import"): per source
 * file and sheet, one entry on each list it added rows to (per 5,000 rows),
 * with the range and the rows' check codes; the first says what came from
 * where — file, sheet, data rows, fingerprint, counts, the ranges. A
 * 10,000-row file adds six entries, not 230,000.
 */
function logAddedRows(
  plan: Plan,
  result: ImportResult,
  placed: Partial<Record<ListSheetId, Placed>>,
  lang: Lang,
  sources: readonly LegacySource[],
): void {
  const lists = LIST_SHEETS.map((d) => d.id as ListSheetId).filter((id) => placed[id]);
  const runs = new Map<string, { id: ListSheetId; first: number; last: number }[]>();
  for (const id of lists)
    for (const [key, first, last] of runsBySource(placed[id]!.rows)) {
      if (!runs.has(key)) runs.set(key, []);
      runs.get(key)!.push({ id, first, last });
    }
  for (const [key, parts] of runs) {
    const [file, sheet] = key.split('\u0000');
    const count = (id: ListSheetId) => parts.filter((p) => p.id === id).reduce((n, p) => n + p.last - p.first + 1, 0);
    const where = parts
      .map((p) => {
        const at = placed[p.id]!;
        return t(lang, 'log.import.where', {
          sheet: at.sheet,
          first: at.firstRow + p.first,
          last: at.firstRow + p.last,
        });
      })
      .join(lang === 'zh' ? '，' : '; ');
    const report = result.files.find((f) => f.file === file && f.sheet === sheet);
    const params = {
      file,
      sheet,
      rows: report?.dataRows ?? count('problems'),
      print: sheetPrint(sources, file, sheet),
    };
    let full = t(lang, 'log.import.rows', {
      ...params,
      problems: count('problems'),
      responsibilities: count('responsibilities'),
      tasks: count('tasks'),
      where,
    });
    for (const p of parts) {
      const at = placed[p.id]!;
      const rows = at.lines.slice(p.first, p.last + 1);
      const sentence = (first: number, last: number) => {
        const text = full || t(lang, 'log.import.moreRows', { file, sheet, count: last - first + 1 });
        full = '';
        return text;
      };
      const changes = addedRowsChanges(
        { sheet: at.sheet, firstRow: at.firstRow + p.first, width: at.width, rows, skip: at.skip },
        sentence,
      );
      for (const c of changes) plan.log.push(c);
    }
  }
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
