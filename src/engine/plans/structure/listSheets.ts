/**
 * The three list sheets as Excel tables (docs/WORKBOOK.md). A missing sheet
 * is created with every column; an existing one is mapped by header, its
 * missing columns are added at the right of everything it uses (never over a
 * value), blank or repeated headers are named (a table needs unique ones),
 * and the table is created or resized over its rows. Widths and freeze panes
 * are set only where the user has none; print settings only on a new sheet.
 */
import { cellAddress, columnLetters, parseRange } from '../../core/a1';
import { EngineError } from '../../core/errors';
import { type CellValue, isEmptyValue, valueText } from '../../core/cells';
import { cellAt, lastUsedColumn } from '../../core/snapshot';
import type { SheetOp } from '../../core/plan';
import { type SheetSnapshot, findSheet } from '../../core/snapshot';
import { mapListSheet } from '../../read/locate';
import type { SheetMapping } from '../../read/records';
import type { AnyListId, ColumnDef, ListSheetDef } from '../../schema/columns';
import { TABLE_STYLE } from '../../schema/format';
import { listSheetPrint } from '../../schema/print';
import { normalizeHeader } from '../../schema/headers';
import { type StructureContext, maxUsedColumn, uniqueName } from './context';

export function planNewListSheet(ctx: StructureContext, def: ListSheetDef<AnyListId>): SheetMapping {
  const { snapshot, lang, plan, info } = ctx;
  let name = def.name[lang];
  // A sheet of that name that is not a list sheet cannot exist (it would have been found), but be safe.
  for (let i = 2; findSheet(snapshot, name); i++) name = `${def.name[lang]}${i}`;
  const headers = def.columns.map((c) => c.header[lang]);
  const widths: Record<number, number> = {};
  def.columns.forEach((c, i) => (widths[i + 1] = c.width));
  plan.sheets.push({
    name,
    create: true,
    visibility: 'visible',
    freeze: { rows: 1, columns: 0 },
    widths,
    print: listSheetPrint(def, lang),
  });
  info.createdSheets.push(name);
  plan.writes.push({ sheet: name, row: 1, column: 1, values: [headers] });
  const n = headers.length;
  plan.tables.push({
    sheet: name,
    name: uniqueName(def.tableName, ctx.usedNames),
    ref: `A1:${columnLetters(n)}2`,
    headers,
    style: TABLE_STYLE,
  });
  const columns: SheetMapping['columns'] = {};
  const hdr: SheetMapping['headers'] = {};
  def.columns.forEach((c, i) => {
    columns[c.key] = i + 1;
    hdr[c.key] = c.header[lang];
  });
  return {
    id: def.id,
    sheet: name,
    lang,
    headerRow: 1,
    columns,
    headers: hdr,
    extra: [],
    firstColumn: 1,
    lastColumn: n,
    lastRow: 2,
  };
}

/** Adds the columns the sheet lacks at the right of everything it uses; returns them (already in the mapping). */
function addMissingColumns(
  ctx: StructureContext,
  sheet: SheetSnapshot,
  def: ListSheetDef<AnyListId>,
  mapping: SheetMapping,
): ColumnDef[] {
  const missing = def.columns.filter((c) => mapping.columns[c.key] === undefined);
  const headerLast = mapping.table ? mapping.table.right : lastUsedColumn(sheet, mapping.headerRow);
  mapping.lastColumn = Math.max(headerLast, mapping.firstColumn);
  if (headerLast === 0) mapping.extra = [];
  if (missing.length === 0) return missing;
  const start = Math.max(maxUsedColumn(sheet), headerLast) + 1;
  const texts: CellValue[] = [];
  missing.forEach((c, i) => {
    mapping.columns[c.key] = start + i;
    mapping.headers[c.key] = c.header[mapping.lang];
    texts.push(c.header[mapping.lang]);
    ctx.info.addedColumns.push({ sheet: sheet.name, header: c.header[mapping.lang], column: start + i });
  });
  if (headerLast === 0)
    mapping.firstColumn = start; // an empty header row: the table starts at the new columns
  else {
    // Columns between the old edge and the new ones become table columns too.
    for (let c = headerLast + 1; c < start; c++)
      mapping.extra.push({ column: c, header: valueText(cellAt(sheet, mapping.headerRow, c)) });
  }
  ctx.plan.writes.push({ sheet: sheet.name, row: mapping.headerRow, column: start, values: [texts] });
  mapping.lastColumn = start + missing.length - 1;
  return missing;
}

/** Table headers must be non-empty and unique: blank headers are named, repeats numbered (and written). */
function tableHeaders(
  ctx: StructureContext,
  sheet: SheetSnapshot,
  mapping: SheetMapping,
  added: ColumnDef[],
): string[] {
  const headers: string[] = [];
  const seen = new Set<string>();
  const keyAt = new Map(Object.entries(mapping.columns).map(([k, c]) => [c as number, k]));
  for (let c = mapping.firstColumn; c <= mapping.lastColumn; c++) {
    const key = keyAt.get(c);
    const original = key ? mapping.headers[key]! : valueText(cellAt(sheet, mapping.headerRow, c));
    const text = original || (mapping.lang === 'zh' ? `列${c}` : `Column${c}`);
    let unique = text;
    for (let i = 2; seen.has(normalizeHeader(unique)); i++) unique = `${text}${i}`;
    seen.add(normalizeHeader(unique));
    headers.push(unique);
    if (unique === original) continue;
    if (!(key && added.some((m) => m.key === key))) {
      ctx.plan.writes.push({ sheet: sheet.name, row: mapping.headerRow, column: c, values: [[unique]] });
    }
    const e = mapping.extra.find((x) => x.column === c);
    if (e) e.header = unique;
    if (key) mapping.headers[key] = unique;
  }
  return headers;
}

/** Widths for our columns the user has not sized (all of them when the adapter cannot tell: only added ones). */
function widthsToSet(
  sheet: SheetSnapshot,
  def: ListSheetDef<AnyListId>,
  mapping: SheetMapping,
  added: ColumnDef[],
): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const c of def.columns) {
    const col = mapping.columns[c.key]!;
    const known = sheet.customWidths !== undefined;
    if (added.includes(c) || (known && sheet.customWidths![col] === undefined)) widths[col] = c.width;
  }
  return widths;
}

/** An Excel table cannot hold merged cells (Excel refuses with MergedRangeConflict): say where, before anything is written. */
function refuseMergedData(sheet: SheetSnapshot, headerRow: number): void {
  const inData = sheet.merges.filter((ref) => parseRange(ref).bottom > headerRow);
  if (inData.length)
    throw new EngineError('workbook.mergedData', { sheet: sheet.name, count: inData.length, range: inData[0] });
}

/**
 * Rows written right below a table (an import appending rows, or a file
 * writer that does not extend tables as Excel does when one types there)
 * belong to the list: the table is resized over them. Only rows that follow
 * without a gap and hold a value in the table's columns; anything after an
 * empty row (a remark under the list) stays outside.
 */
function rowsBelowTable(sheet: SheetSnapshot, mapping: SheetMapping): number {
  let last = mapping.lastRow;
  const filled = (r: number) => {
    for (let c = mapping.firstColumn; c <= mapping.lastColumn; c++) if (!isEmptyValue(cellAt(sheet, r, c))) return true;
    return false;
  };
  while (last < sheet.values.length && filled(last + 1)) last++;
  return last;
}

export function planExistingListSheet(
  ctx: StructureContext,
  sheet: SheetSnapshot,
  def: ListSheetDef<AnyListId>,
): SheetMapping {
  const mapping = mapListSheet(sheet, def, ctx.lang);
  refuseMergedData(sheet, mapping.headerRow);
  if (mapping.table) mapping.lastRow = rowsBelowTable(sheet, mapping);
  const added = addMissingColumns(ctx, sheet, def, mapping);
  const headers = tableHeaders(ctx, sheet, mapping, added);
  mapping.lastRow = Math.max(mapping.lastRow, mapping.headerRow + 1);
  const ref = `${cellAddress(mapping.headerRow, mapping.firstColumn)}:${cellAddress(mapping.lastRow, mapping.lastColumn)}`;
  const table = mapping.table;
  const sameHeaders = headers.every(
    (h, i) => valueText(cellAt(sheet, mapping.headerRow, mapping.firstColumn + i)) === h,
  );
  if (!table || table.ref !== ref || !sameHeaders) {
    const name = table ? table.name : uniqueName(def.tableName, ctx.usedNames);
    ctx.plan.tables.push({ sheet: sheet.name, name, ref, headers, style: TABLE_STYLE });
  }
  const op: SheetOp = { name: sheet.name, create: false };
  const widths = widthsToSet(sheet, def, mapping, added);
  if (Object.keys(widths).length) op.widths = widths;
  if (!sheet.frozen) op.freeze = { rows: mapping.headerRow, columns: 0 };
  if (op.widths || op.freeze) ctx.plan.sheets.push(op);
  return mapping;
}
