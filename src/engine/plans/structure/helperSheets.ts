/**
 * The hidden helper sheets a ledger needs (docs/WORKBOOK.md): `_lists` first
 * (the dropdowns point into it), `_settings` (the due-soon name points into
 * it), `_calendar` and `_log`. A missing sheet is created; an existing one
 * keeps every row and only gains what is missing.
 */
import { columnLetters, quoteSheet } from '../../core/a1';
import { lastUsedRow } from '../../core/snapshot';
import { findSheet } from '../../core/snapshot';
import { readLists, readSettings } from '../../read/helperSheets';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../rules/settings';
import { DUE_SOON_NAME } from '../../schema/format';
import {
  LOG_SHEET_WIDTHS,
  calendarSheetRows,
  listsSheetRows,
  logSheetRows,
  settingRow,
  settingsSheetRows,
} from '../../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../../schema/sheets';
import { DEFAULT_LISTS, LIST_IDS, type ListId } from '../../schema/values';
import { type StructureContext, hideOp, maxUsedColumn, widthsFrom } from './context';

export type ListRanges = Record<ListId, { column: number; firstRow: number; lastRow: number }>;

/** `_lists`: created with the defaults, or the lists it lacks added to its right. Returns where each list is. */
export function planListsSheet(ctx: StructureContext): ListRanges {
  const { snapshot, lang, plan, info } = ctx;
  const name = HELPER_SHEET_NAMES.lists;
  const sheet = findSheet(snapshot, name);
  const where = {} as ListRanges;
  if (!sheet) {
    plan.sheets.push({ name, create: true, visibility: 'hidden', widths: widthsFrom(LIST_IDS.map(() => 16)) });
    info.createdSheets.push(name);
    plan.writes.push({ sheet: name, row: 1, column: 1, values: listsSheetRows(lang) });
    LIST_IDS.forEach(
      (id, i) => (where[id] = { column: i + 1, firstRow: 2, lastRow: 1 + DEFAULT_LISTS[id].values.length }),
    );
    return where;
  }
  const lists = readLists(snapshot, lang);
  let next = maxUsedColumn(sheet) + 1;
  for (const id of LIST_IDS) {
    const found = lists.where[id];
    if (found) {
      where[id] = found;
      continue;
    }
    const values = DEFAULT_LISTS[id].values.map((v) => v[lang]);
    plan.writes.push({
      sheet: name,
      row: 1,
      column: next,
      values: [[DEFAULT_LISTS[id].header[lang]], ...values.map((v) => [v])],
    });
    where[id] = { column: next, firstRow: 2, lastRow: 1 + values.length };
    next++;
  }
  const hide = hideOp(sheet);
  if (hide.visibility) plan.sheets.push({ name, create: false, ...hide });
  return where;
}

/** The dropdown source of a list: '=_lists!$C$2:$C$4'. */
export function listFormula(where: ListRanges, id: ListId): string {
  const w = where[id];
  const col = columnLetters(w.column);
  return `=${quoteSheet(HELPER_SHEET_NAMES.lists)}!$${col}$${w.firstRow}:$${col}$${Math.max(w.firstRow, w.lastRow)}`;
}

/** `_settings`: created with the defaults, or the settings it lacks appended; the due-soon name points at its value. */
export function planSettingsSheet(ctx: StructureContext): void {
  const { snapshot, lang, plan, info } = ctx;
  const name = HELPER_SHEET_NAMES.settings;
  const sheet = findSheet(snapshot, name);
  const defaults = { ...DEFAULT_SETTINGS, lang };
  let dueSoonRow: number;
  if (!sheet) {
    plan.sheets.push({ name, create: true, visibility: 'hidden', widths: widthsFrom([22, 14, 60]) });
    info.createdSheets.push(name);
    plan.writes.push({ sheet: name, row: 1, column: 1, values: settingsSheetRows(lang) });
    dueSoonRow = 2 + SETTING_KEYS.indexOf('dueSoonDays');
  } else {
    const rows = { ...readSettings(snapshot, lang).rows };
    let next = lastUsedRow(sheet) + 1;
    if (next === 1) {
      plan.writes.push({ sheet: name, row: 1, column: 1, values: [settingsSheetRows(lang)[0]] });
      next = 2;
    }
    for (const key of SETTING_KEYS) {
      if (rows[key]) continue;
      plan.writes.push({ sheet: name, row: next, column: 1, values: [settingRow(key, lang, defaults)] });
      rows[key] = next++;
    }
    dueSoonRow = rows.dueSoonDays!;
    const hide = hideOp(sheet);
    if (hide.visibility) plan.sheets.push({ name, create: false, ...hide });
  }
  // Column B of that row: the value cell (absolute, so the name never moves).
  plan.names.push({ name: DUE_SOON_NAME, ref: `=${quoteSheet(name)}!$B$${dueSoonRow}` });
}

/** `_calendar` and `_log`: created with their header row, or the header written into an empty sheet. */
export function planCalendarAndLog(ctx: StructureContext): void {
  const { snapshot, lang, plan, info } = ctx;
  const password = readSettings(snapshot, lang).settings.protectPassword;
  const sheets = [
    {
      name: HELPER_SHEET_NAMES.calendar,
      rows: calendarSheetRows(lang),
      widths: widthsFrom([12, 8, 30]),
      protect: false,
    },
    { name: HELPER_SHEET_NAMES.log, rows: logSheetRows(lang), widths: { ...LOG_SHEET_WIDTHS }, protect: true },
  ];
  for (const s of sheets) {
    const sheet = findSheet(snapshot, s.name);
    const protect = s.protect && !sheet?.protected ? { protect: { password } } : {};
    if (!sheet) {
      plan.sheets.push({ name: s.name, create: true, visibility: 'hidden', widths: s.widths, ...protect });
      info.createdSheets.push(s.name);
      plan.writes.push({ sheet: s.name, row: 1, column: 1, values: s.rows });
      continue;
    }
    if (lastUsedRow(sheet) === 0) plan.writes.push({ sheet: s.name, row: 1, column: 1, values: s.rows });
    const hide = hideOp(sheet);
    if (hide.visibility || protect.protect) plan.sheets.push({ name: s.name, create: false, ...hide, ...protect });
  }
}
