/**
 * Finding the list sheets of a workbook and where their columns are: by
 * sheet name (either language) or table name, header row by the best match,
 * columns by header in any order, Chinese, English or alias; columns that are
 * not ours are kept as extra columns.
 */
import { parseRange } from '../core/a1';
import { isEmptyValue, valueText } from '../core/cells';
import { cellAt, lastUsedColumn, lastUsedRow } from '../core/snapshot';
import { EngineError } from '../core/errors';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { Lang } from '../../i18n';
import type { AnyListId, ListSheetDef } from '../schema/columns';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { LIST_SHEETS } from '../schema/listSheets';
import { readSettings } from './helperSheets';
import type { SheetMapping } from './records';

function sheetLang(def: ListSheetDef<AnyListId>, name: string): Lang | null {
  const n = normalizeHeader(name);
  if (n === normalizeHeader(def.name.zh)) return 'zh';
  if (n === normalizeHeader(def.name.en)) return 'en';
  return null;
}

/** Finds a list sheet by its Chinese or English name, else by its table's name. */
export function locateListSheet(snapshot: WorkbookSnapshot, def: ListSheetDef<AnyListId>): SheetSnapshot | undefined {
  return (
    snapshot.sheets.find((s) => sheetLang(def, s.name) !== null) ??
    snapshot.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === def.tableName.toLowerCase()))
  );
}

function findHeaderRow(sheet: SheetSnapshot, def: ListSheetDef<AnyListId>): number {
  let best = 1;
  let bestScore = 0;
  const limit = Math.min(sheet.values.length, 30);
  for (let r = 1; r <= limit; r++) {
    const row = sheet.values[r - 1] ?? [];
    const seen = new Set<string>();
    for (const v of row) {
      const c = matchColumn(def, v);
      if (c) seen.add(c.key);
    }
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = r;
    }
  }
  return best;
}

/** Maps a list sheet's columns by header (any order, Chinese, English or alias; extra columns kept). */
export function mapListSheet(sheet: SheetSnapshot, def: ListSheetDef<AnyListId>, fallbackLang: Lang): SheetMapping {
  const tableSnap =
    sheet.tables.find((t) => t.name.toLowerCase() === def.tableName.toLowerCase()) ??
    sheet.tables.find((t) => {
      const rect = parseRange(t.ref);
      const header = sheet.values[rect.top - 1] ?? [];
      return header.slice(rect.left - 1, rect.right).some((v) => matchColumn(def, v));
    });
  const table = tableSnap ? { ...tableSnap, ...parseRange(tableSnap.ref) } : undefined;
  const headerRow = table ? table.top : findHeaderRow(sheet, def);

  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (r.top <= headerRow && headerRow <= r.bottom && r.right > r.left) {
      throw new EngineError('workbook.mergedHeader', { sheet: sheet.name, range: m, row: headerRow });
    }
  }

  let firstColumn = table ? table.left : 1;
  if (!table) {
    const header = sheet.values[headerRow - 1] ?? [];
    const first = header.findIndex((v) => !isEmptyValue(v));
    if (first >= 0) firstColumn = first + 1;
  }
  const lastColumn = table ? table.right : Math.max(1, lastUsedColumn(sheet, headerRow));
  const columns: SheetMapping['columns'] = {};
  const headers: SheetMapping['headers'] = {};
  const extra: SheetMapping['extra'] = [];
  let zhVotes = 0;
  let enVotes = 0;
  for (let c = firstColumn; c <= lastColumn; c++) {
    const v = cellAt(sheet, headerRow, c);
    const text = valueText(v);
    const col = matchColumn(def, v);
    if (col && columns[col.key] === undefined) {
      columns[col.key] = c;
      headers[col.key] = text;
      if (normalizeHeader(text) === normalizeHeader(col.header.zh)) zhVotes++;
      else if (normalizeHeader(text) === normalizeHeader(col.header.en)) enVotes++;
      else if (/[\u4e00-\u9fff]/.test(text)) zhVotes++;
      else enVotes++;
    } else {
      extra.push({ column: c, header: text });
    }
  }
  const lastRow = Math.max(headerRow, table ? table.bottom : lastUsedRow(sheet));
  const lang = sheetLang(def, sheet.name) ?? (zhVotes || enVotes ? (enVotes > zhVotes ? 'en' : 'zh') : fallbackLang);
  return {
    id: def.id,
    sheet: sheet.name,
    lang,
    headerRow,
    // Rebuilt by JSON.parse, which lays the object out as a fixed shape: twenty keys added one by one (above) turn
    // it into a dictionary, and every record reads its cells through it (a hash lookup per cell read).
    columns: JSON.parse(JSON.stringify(columns)) as SheetMapping['columns'],
    headers,
    extra,
    firstColumn,
    lastColumn,
    lastRow,
    table,
  };
}

/** The header text to show for a column key: the sheet's own header, else ours. */
export function headerOf(
  mapping: SheetMapping | undefined,
  def: ListSheetDef<AnyListId>,
  key: string,
  lang: Lang,
): string {
  return mapping?.headers[key] ?? def.columns.find((c) => c.key === key)?.header[lang] ?? key;
}

/** The language of an existing ledger (its list sheets), else the `_settings` value, else the fallback. */
export function layoutLanguage(snapshot: WorkbookSnapshot, fallback: Lang): Lang {
  for (const def of LIST_SHEETS) {
    const s = locateListSheet(snapshot, def);
    if (s) {
      try {
        return mapListSheet(s, def, fallback).lang;
      } catch {
        /* merged header: reported by the command itself */
      }
    }
  }
  const settings = readSettings(snapshot, fallback);
  return settings.present.includes('lang') ? settings.settings.lang : fallback;
}
