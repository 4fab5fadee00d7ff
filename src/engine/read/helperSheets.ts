/**
 * Reading the hidden helper sheets back (their layout is
 * src/engine/schema/helperLayouts.ts): the dropdown lists of `_lists`, the
 * settings of `_settings` (a bad value is reported by name and the default
 * used), and the extra days of `_calendar`.
 */
import { isEmptyValue, valueText } from '../core/cells';
import { cellAt, lastUsedRow } from '../core/snapshot';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import type { Lang, MessageKey, MessageParams } from '../../i18n';
import type { CalendarOverride } from '../rules/calendar';
import { readDateCell } from '../rules/parseDate';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, parseSetting } from '../rules/settings';
import {
  CALENDAR_HEADER,
  SETTINGS_HEADER,
  SETTING_LABELS,
  matchListHeader,
  matchSettingKey,
  settingDisplayValue,
} from '../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { DEFAULT_LISTS, LIST_IDS, type ListId } from '../schema/values';

/** A problem found while reading a cell; `check` turns it into a finding. */
export interface CellIssue {
  sheet: string;
  row: number;
  /** 1-based column; 0 for whole-row or whole-sheet issues. */
  column: number;
  header: string;
  severity: 'error' | 'warning';
  code: string;
  message: MessageKey;
  params: MessageParams;
}

// ---------------------------------------------------------------------------
// _lists

export interface ListsInfo {
  /** The values of each list as typed in `_lists` (defaults when the sheet or column is missing). */
  values: Record<ListId, string[]>;
  /** Where each list lives in `_lists` (absent when the sheet or the column is missing). */
  where: Partial<Record<ListId, { column: number; firstRow: number; lastRow: number }>>;
}

export function readLists(snapshot: WorkbookSnapshot, lang: Lang): ListsInfo {
  const values = {} as Record<ListId, string[]>;
  const where: ListsInfo['where'] = {};
  const sheet = findSheet(snapshot, HELPER_SHEET_NAMES.lists);
  if (sheet) {
    const header = sheet.values[0] ?? [];
    header.forEach((h, i) => {
      const id = matchListHeader(h);
      if (!id || where[id]) return;
      const list: string[] = [];
      let last = 1;
      for (let r = 2; r <= sheet.values.length; r++) {
        const v = cellAt(sheet, r, i + 1);
        if (isEmptyValue(v)) continue;
        list.push(valueText(v));
        last = r;
      }
      values[id] = list;
      where[id] = { column: i + 1, firstRow: 2, lastRow: Math.max(2, last) };
    });
  }
  for (const id of LIST_IDS) if (!values[id]) values[id] = DEFAULT_LISTS[id].values.map((v) => v[lang]);
  return { values, where };
}

// ---------------------------------------------------------------------------
// _settings

export interface SettingsInfo {
  settings: Settings;
  /** Row of each setting in `_settings` (1-based). */
  rows: Partial<Record<SettingKey, number>>;
  /** Keys typed in `_settings` (as opposed to defaults). */
  present: SettingKey[];
  issues: CellIssue[];
}

export function readSettings(snapshot: WorkbookSnapshot, lang: Lang): SettingsInfo {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const rows: SettingsInfo['rows'] = {};
  const present: SettingKey[] = [];
  const issues: CellIssue[] = [];
  const sheet = findSheet(snapshot, HELPER_SHEET_NAMES.settings);
  if (!sheet) return { settings, rows, present, issues };
  const valueHeader = valueText(cellAt(sheet, 1, 2)) || SETTINGS_HEADER[1][lang];
  for (let r = 1; r <= sheet.values.length; r++) {
    const key = matchSettingKey(cellAt(sheet, r, 1));
    if (!key || rows[key]) continue;
    rows[key] = r;
    present.push(key);
    const raw = cellAt(sheet, r, 2);
    if (isEmptyValue(raw) && key === 'protectPassword') {
      settings.protectPassword = '';
      continue;
    }
    const parsed = parseSetting(key, typeof raw === 'string' ? raw.trim() : raw);
    if (parsed.ok) {
      (settings as Record<string, unknown>)[key] = parsed.value;
    } else {
      issues.push({
        sheet: sheet.name,
        row: r,
        column: 2,
        header: valueHeader,
        severity: 'error',
        code: 'settings.invalid',
        message: 'check.settings.invalid',
        params: {
          setting: SETTING_LABELS[key].label[lang],
          value: valueText(raw),
          help: SETTING_LABELS[key].help[lang],
          fallback: String(settingDisplayValue(key, lang, { ...DEFAULT_SETTINGS, lang })),
        },
      });
    }
  }
  return { settings, rows, present, issues };
}

// ---------------------------------------------------------------------------
// _calendar

export function parseDayType(text: string): 'off' | 'work' | null {
  const s = text.trim();
  if (/^(休|休息|放假|假|off|holiday|day off)$/i.test(s)) return 'off';
  if (/^(班|上班|补班|调休上班|work|workday|working day)$/i.test(s)) return 'work';
  return null;
}

export function readCalendarSheet(
  snapshot: WorkbookSnapshot,
  lang: Lang,
): { overrides: CalendarOverride[]; issues: CellIssue[] } {
  const overrides: CalendarOverride[] = [];
  const issues: CellIssue[] = [];
  const sheet = findSheet(snapshot, HELPER_SHEET_NAMES.calendar);
  if (!sheet) return { overrides, issues };
  const headers = [1, 2, 3].map((c) => valueText(cellAt(sheet, 1, c)) || CALENDAR_HEADER[c - 1][lang]);
  const last = lastUsedRow(sheet);
  for (let r = 2; r <= last; r++) {
    const dateV = cellAt(sheet, r, 1);
    const typeV = cellAt(sheet, r, 2);
    const noteV = cellAt(sheet, r, 3);
    if (isEmptyValue(dateV) && isEmptyValue(typeV) && isEmptyValue(noteV)) continue;
    const d = readDateCell(dateV);
    if (d.kind !== 'date') {
      issues.push({
        sheet: sheet.name,
        row: r,
        column: 1,
        header: headers[0],
        severity: 'error',
        code: 'calendar.badRow',
        message: 'check.calendar.badDate',
        params: { value: d.kind === 'invalid' ? d.value : '' },
      });
      continue;
    }
    const type = parseDayType(valueText(typeV));
    if (!type) {
      issues.push({
        sheet: sheet.name,
        row: r,
        column: 2,
        header: headers[1],
        severity: 'error',
        code: 'calendar.badRow',
        message: 'check.calendar.badType',
        params: { value: valueText(typeV) },
      });
      continue;
    }
    overrides.push({ date: d.date, type, note: valueText(noteV) || undefined, row: r });
  }
  return { overrides, issues };
}
