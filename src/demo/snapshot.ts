/** The demo's rows as a workbook snapshot: the five lists and the four helper sheets, as `init` would lay them out. */
import {
  ALL_LIST_SHEETS,
  type AnyListId,
  EXTENSIONS,
  type CellValue,
  HELPER_SHEET_NAMES,
  type Lang,
  type ListSheetDef,
  SETTING_KEYS,
  type SheetSnapshot,
  type WorkbookSnapshot,
  calendarSheetRows,
  emptySheet,
  listsSheetRows,
  logSheetRows,
  settingsSheetRows,
} from '../engine';
import type { DemoLists, HelperEdits, Row } from './types';

/** Header row, then one row per record, every column of the definition in its order. */
function rowsFor(def: ListSheetDef<AnyListId>, lang: Lang, rows: Row[]): CellValue[][] {
  const header = def.columns.map((c) => c.header[lang]);
  return [header, ...rows.map((r) => def.columns.map((c) => (r[c.key] === undefined ? null : r[c.key])))];
}

function settingsRows(lang: Lang, values: HelperEdits['settings']): CellValue[][] {
  const rows = settingsSheetRows(lang);
  SETTING_KEYS.forEach((key, i) => (rows[1 + i][1] = values[key] ?? rows[1 + i][1]));
  return rows;
}

function sheet(
  name: string,
  values: CellValue[][],
  visibility: SheetSnapshot['visibility'] = 'visible',
): SheetSnapshot {
  // No column was sized by a person (customWidths known and empty) and no pane is
  // frozen (frozen absent): planStructure then gives the sheets it finds here the
  // widths and frozen header of a sheet it creates.
  return { ...emptySheet(name, visibility), values, customWidths: {} };
}

export function buildSnapshot(lang: Lang, lists: DemoLists, edits: HelperEdits, user?: string): WorkbookSnapshot {
  return {
    user: user ?? 'rectify demo',
    readAt: new Date(0).toISOString(),
    sheets: [
      ...ALL_LIST_SHEETS.map((def) => sheet(def.name[lang], rowsFor(def, lang, lists[def.id]))),
      ...(lists.extensions?.length ? [sheet(EXTENSIONS.name[lang], rowsFor(EXTENSIONS, lang, lists.extensions))] : []),
      sheet(HELPER_SHEET_NAMES.lists, listsSheetRows(lang), 'hidden'),
      sheet(HELPER_SHEET_NAMES.calendar, [...calendarSheetRows(lang), ...edits.calendar], 'hidden'),
      sheet(HELPER_SHEET_NAMES.settings, settingsRows(lang, edits.settings), 'hidden'),
      sheet(HELPER_SHEET_NAMES.log, [...logSheetRows(lang), ...edits.log], 'hidden'),
    ],
  };
}
