/**
 * The hidden helper sheets of PRODUCT §2 — `_lists`, `_calendar`, `_settings`,
 * `_log` — their layout (headers, default rows) and how to read them back.
 */
import { CalendarOverride } from '../rules/calendar';
import { cellAt, isEmptyValue, lastUsedRow, readDateCell, valueText } from '../core/cells';
import { DEFAULT_LISTS, HELPER_SHEET_NAMES, LIST_IDS, ListId, normalizeHeader, Bilingual } from '../schema/layout';
import { LOG_HEADERS } from '../audit/log';
import type { Lang, MessageKey, MessageParams } from '../../i18n/index';
import { CellValue, SheetSnapshot, WorkbookSnapshot, findSheet } from '../core/model';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_SCHEMAS, SettingKey, Settings } from '../rules/settings';

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

export function listsSheetRows(lang: Lang): CellValue[][] {
  const cols = LIST_IDS.map((id) => [DEFAULT_LISTS[id].header[lang], ...DEFAULT_LISTS[id].values.map((v) => v[lang])]);
  const height = Math.max(...cols.map((c) => c.length));
  const rows: CellValue[][] = [];
  for (let r = 0; r < height; r++) rows.push(cols.map((c) => c[r] ?? null));
  return rows;
}

export interface ListsInfo {
  /** The values of each list as typed in `_lists` (defaults when the sheet or column is missing). */
  values: Record<ListId, string[]>;
  /** Where each list lives in `_lists` (absent when the sheet or the column is missing). */
  where: Partial<Record<ListId, { column: number; firstRow: number; lastRow: number }>>;
}

export function matchListHeader(text: unknown): ListId | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  return LIST_IDS.find(
    (id) => normalizeHeader(DEFAULT_LISTS[id].header.zh) === h || normalizeHeader(DEFAULT_LISTS[id].header.en) === h,
  );
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

export const SETTINGS_HEADER: Bilingual[] = [
  { zh: '设置项', en: 'Setting' },
  { zh: '值', en: 'Value' },
  { zh: '说明', en: 'Description' },
];

export const SETTING_LABELS: Record<SettingKey, { label: Bilingual; help: Bilingual }> = {
  dueSoonDays: {
    label: { zh: '临期提醒天数', en: 'Due-soon days' },
    help: {
      zh: '整改期限在这么多天之内（含当天）的未完成事项标为“临期”，默认 7。',
      en: 'Open items whose deadline is at most this many days away are "due soon"; default 7.',
    },
  },
  immediateLimit: {
    label: { zh: '立行立改默认时限', en: 'Default limit for immediate items' },
    help: {
      zh: '整改时限写“立行立改”时按此计算，默认 10个工作日。',
      en: 'What the time limit 立行立改 / immediate means; default 10个工作日 (10 working days).',
    },
  },
  rollToWorkday: {
    label: { zh: '期限遇休息日顺延', en: 'Move deadlines off days off' },
    help: {
      zh: '自然日、周、月期限落在休息日时顺延到下一个工作日：是 / 否，默认 是。',
      en: 'Move a calendar-day / week / month deadline that lands on a day off to the next working day: yes / no; default yes.',
    },
  },
  lang: {
    label: { zh: '布局语言', en: 'Layout language' },
    help: { zh: 'zh（中文）或 en（英文）。', en: 'zh (Chinese) or en (English).' },
  },
  protectPassword: {
    label: { zh: '保护密码', en: 'Protection password' },
    help: {
      zh: '保护生成的表和 _log 的密码，留空表示不设密码。',
      en: 'Password protecting the generated sheets and _log; empty = no password.',
    },
  },
};

export function settingDisplayValue(key: SettingKey, lang: Lang, settings: Settings = DEFAULT_SETTINGS): CellValue {
  const v = settings[key];
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  if (key === 'lang') return lang;
  return v as CellValue;
}

export function settingsSheetRows(lang: Lang): CellValue[][] {
  return [
    SETTINGS_HEADER.map((h) => h[lang]),
    ...SETTING_KEYS.map((k) => [
      SETTING_LABELS[k].label[lang],
      settingDisplayValue(k, lang),
      SETTING_LABELS[k].help[lang],
    ]),
  ];
}

export function matchSettingKey(text: unknown): SettingKey | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  return SETTING_KEYS.find(
    (k) =>
      normalizeHeader(k) === h ||
      normalizeHeader(SETTING_LABELS[k].label.zh) === h ||
      normalizeHeader(SETTING_LABELS[k].label.en) === h,
  );
}

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
    const parsed = SETTING_SCHEMAS[key].safeParse(typeof raw === 'string' ? raw.trim() : raw);
    if (parsed.success) {
      (settings as Record<string, unknown>)[key] = parsed.data;
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
          fallback: String(settingDisplayValue(key, lang)),
        },
      });
    }
  }
  return { settings, rows, present, issues };
}

// ---------------------------------------------------------------------------
// _calendar

export const CALENDAR_HEADER: Bilingual[] = [
  { zh: '日期', en: 'Date' },
  { zh: '类型', en: 'Type' },
  { zh: '备注', en: 'Note' },
];

export function calendarSheetRows(lang: Lang): CellValue[][] {
  return [CALENDAR_HEADER.map((h) => h[lang])];
}

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
    overrides.push({ date: d.date, type, note: valueText(noteV) || undefined });
  }
  return { overrides, issues };
}

// ---------------------------------------------------------------------------
// _log

/** `_log` uses the hash-chained layout of ledger/log.ts (序号 … 校验码), shared by every command that writes it. */
export function logSheetRows(lang: Lang): CellValue[][] {
  return [[...LOG_HEADERS[lang]]];
}

export const LOG_SHEET_WIDTHS: Record<number, number> = {
  1: 7,
  2: 20,
  3: 14,
  4: 12,
  5: 10,
  6: 28,
  7: 28,
  8: 12,
  9: 16,
  10: 40,
};

export function helperSheet(
  snapshot: WorkbookSnapshot,
  id: keyof typeof HELPER_SHEET_NAMES,
): SheetSnapshot | undefined {
  return findSheet(snapshot, HELPER_SHEET_NAMES[id]);
}
