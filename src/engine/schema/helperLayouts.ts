/**
 * The layout of the hidden helper sheets (docs/WORKBOOK.md): `_lists` (the
 * dropdown values), `_settings` (one setting per row), `_calendar` (extra days
 * off and make-up working days) and `_log` (docs/LOG.md). How they are read
 * back is src/engine/read/helperSheets.ts.
 */
import type { CellValue } from '../core/cells';
import type { Lang } from '../../i18n';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from '../rules/settings';
import { normalizeHeader } from './headers';
import type { Bilingual } from './sheets';
import { DEFAULT_LISTS, LIST_IDS, type ListId } from './values';

// ---------------------------------------------------------------------------
// _lists

export function listsSheetRows(lang: Lang): CellValue[][] {
  const cols = LIST_IDS.map((id) => [DEFAULT_LISTS[id].header[lang], ...DEFAULT_LISTS[id].values.map((v) => v[lang])]);
  const height = Math.max(...cols.map((c) => c.length));
  const rows: CellValue[][] = [];
  for (let r = 0; r < height; r++) rows.push(cols.map((c) => c[r] ?? null));
  return rows;
}

export function matchListHeader(text: unknown): ListId | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  return LIST_IDS.find(
    (id) => normalizeHeader(DEFAULT_LISTS[id].header.zh) === h || normalizeHeader(DEFAULT_LISTS[id].header.en) === h,
  );
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
  signWorkdays: {
    label: { zh: '签收时限（工作日）', en: 'Days to sign for' },
    help: {
      zh: '移交的线索在移交日期后这么多个工作日内未签收，即为“超期未签收”，默认 3。',
      en: 'A transferred clue not signed for within this many working days is "not signed in time"; default 3.',
    },
  },
  reportPeriod: {
    label: { zh: '整改期', en: 'Rectification period' },
    help: {
      zh: '被巡察单位自反馈日期起的整改期，期满须报送整改报告，如 2个月、60天、3个月，默认 2个月。',
      en: 'How long after feedback a unit has until its rectification report is due, e.g. 2个月 / 2 months; default 2个月.',
    },
  },
  publicWithhold: {
    label: { zh: '公开版屏蔽词', en: 'Withheld from the public version' },
    help: {
      zh: '公开版进展报告中一律替换为 *** 的词，用逗号或顿号分隔（如 某某、某路某号）。手机号、固定电话、身份证号、电子邮箱、银行卡号和台账中的人名会自动屏蔽，无需填写。',
      en: 'Words the public version of the progress report replaces by ***, separated by commas or 、. Phone, ID, bank-card numbers, e-mail addresses and the names in the ledger are withheld anyway.',
    },
  },
  statusWords: {
    label: { zh: '状态词对照', en: 'Status words' },
    help: {
      zh: '导入旧台账时，本单位台账自己的状态写法及其对应的整改状态，如 挂账=整改中；已闭环=已销号。内置对照表（开放、关闭、已整改、未整改、待整改、已销号、现场处置……）见 docs/IMPORT.md，这里的写法优先。',
      en: 'For import: status words of your own ledgers and the status each means, e.g. 挂账=整改中；已闭环=已销号. The built-in table (开放, 关闭, 已整改, 未整改, 待整改, 已销号, 现场处置…) is in docs/IMPORT.md; these come first.',
    },
  },
  evidenceRequired: {
    label: { zh: '佐证材料必填', en: 'Evidence required' },
    help: {
      zh: '已完成的整改措施、已销号的问题没有佐证材料时，检查报为错误（是）还是提醒（否），默认 否。',
      en: 'Whether check reports a done measure or a closed problem without evidence as an error (yes) or a warning (no); default no.',
    },
  },
  maxExtensions: {
    label: { zh: '延期次数上限', en: 'Max extensions per item' },
    help: {
      zh: '每个问题最多可申请延期的次数，超过时“检查台账”提示，默认 1。',
      en: 'How many extension requests a problem may have before check flags it; default 1.',
    },
  },
};

/** The cell text of a setting: 是/否 (yes/no) for switches, the number, the text, or zh/en. */
export function settingDisplayValue(key: SettingKey, lang: Lang, settings: Settings = DEFAULT_SETTINGS): CellValue {
  const v = settings[key];
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  return v as CellValue;
}

/** A new `_settings` sheet: header and one row per setting, with the defaults (in the layout's language). */
export function settingsSheetRows(lang: Lang, settings: Settings = { ...DEFAULT_SETTINGS, lang }): CellValue[][] {
  return [SETTINGS_HEADER.map((h) => h[lang]), ...SETTING_KEYS.map((k) => settingRow(k, lang, settings))];
}

/** One `_settings` row: label, value, help. */
export function settingRow(key: SettingKey, lang: Lang, settings: Settings): CellValue[] {
  return [SETTING_LABELS[key].label[lang], settingDisplayValue(key, lang, settings), SETTING_LABELS[key].help[lang]];
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

// ---------------------------------------------------------------------------
// _log

/** `_log` columns (docs/LOG.md); the seal sits beside them in column J of the header row. */
export const LOG_HEADERS: Record<Lang, string[]> = {
  zh: ['序号', '时间', '操作', '工作表', '单元格', '原值', '新值', '操作人', '校验码'],
  en: ['Seq', 'Time', 'Action', 'Sheet', 'Cell', 'Old value', 'New value', 'User', 'Check'],
};

/** Column of the seal cell in the header row: the number of entries and the last check code. */
export const SEAL_COLUMN = 10;

/**
 * The seal's second copy, in `_settings`' header row beside its three columns (E1): it survives deleting or
 * emptying `_log`, so `check` can tell a ledger whose log was removed from one that never had a log.
 */
export const LOG_MIRROR_COLUMN = 5;

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
