/**
 * Workbook settings, stored in the hidden `_settings` sheet so they travel
 * with the file and are readable by the CLI and by WPS users too.
 */
import type { Lang } from '../../i18n/index';
import { parseTimeLimit } from './timeLimit';

export const DEFAULT_SETTINGS = {
  /** An open item is 临期 (due soon) when its deadline is at most this many days away. */
  dueSoonDays: 7,
  /** What 立行立改 means as a time limit. */
  immediateLimit: '10个工作日',
  /** Move a calendar-day / week / month deadline that lands on a day off to the next working day. */
  rollToWorkday: true,
  /** Layout and message language of the workbook. */
  lang: 'zh' as Lang,
  /** Optional password for protecting generated sheets and _log (empty = protected without password). */
  protectPassword: '',
  /** 移交清单: a clue not signed for within this many working days after its transfer is 超期未签收. */
  signWorkdays: 3,
  /** 整改报告: the rectification period, counted from the feedback date (a time limit, docs/DEADLINES.md). */
  reportPeriod: '2个月',
  /** Words the public version of the progress report withholds, besides what it finds itself (comma- or 、-separated). */
  publicWithhold: '',
  /** Import: a ledger's own status words and the status each means (挂账=整改中；已闭环=已销号), beside the built-in table. */
  statusWords: '',
  /** 佐证材料必填: a done measure or a closed problem without evidence is an error for check, not a warning. */
  evidenceRequired: false,
  /** 延期申请: requests a problem may have before `check` flags it (docs/EXTENSIONS.md). */
  maxExtensions: 1,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** A setting's value as read, or none: the cell is reported by name and the default kept. */
export type ParsedSetting<T> = { ok: true; value: T } | { ok: false };
type SettingParser<T> = (raw: unknown) => ParsedSetting<T>;

const accept = <T>(value: T): ParsedSetting<T> => ({ ok: true, value });
const REFUSED = { ok: false } as const;

/** A whole number from min to max: a number, or anything `Number()` makes one of (text typed in the cell). */
const wholeNumber =
  (min: number, max: number): SettingParser<number> =>
  (raw) => {
    let n: unknown = raw;
    try {
      n = Number(raw);
    } catch {
      // a value without a number (a symbol) is refused below
    }
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? accept(n) : REFUSED;
  };

/** Text, trimmed, that `valid` accepts (only text: a number typed where words are expected is refused). */
const text =
  (valid: (v: string) => boolean = (v) => v !== ''): SettingParser<string> =>
  (raw) => {
    if (typeof raw !== 'string') return REFUSED;
    const v = raw.trim();
    return valid(v) ? accept(v) : REFUSED;
  };

/** Anything as text, trimmed (an empty cell is no text). */
const anyText =
  (valid: (v: string) => boolean = () => true): SettingParser<string> =>
  (raw) => {
    let v: string;
    try {
      v = String(raw ?? '').trim();
    } catch {
      return REFUSED;
    }
    return valid(v) ? accept(v) : REFUSED;
  };

const YES = ['是', 'yes', 'true', 'y', '1'];
const NO = ['否', 'no', 'false', 'n', '0'];

/** 是/否 in either language, TRUE/FALSE, 1/0 (any number but 0 is yes). */
const yesNo: SettingParser<boolean> = (raw) => {
  if (typeof raw === 'boolean') return accept(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? accept(raw !== 0) : REFUSED;
  if (typeof raw !== 'string') return REFUSED;
  const v = raw.trim().toLowerCase();
  return YES.includes(v) ? accept(true) : NO.includes(v) ? accept(false) : REFUSED;
};

/** zh / en, 中文 / 英文, or a word starting with either code (en-US, zh-CN). */
const language: SettingParser<Lang> = (raw) => {
  if (typeof raw !== 'string') return REFUSED;
  const v = raw.trim().toLowerCase();
  if (v.startsWith('en') || v === '英文') return accept('en');
  if (v.startsWith('zh') || v === '中文') return accept('zh');
  return REFUSED;
};

/**
 * One parser per setting, so a bad value in `_settings` is reported by name and the rest still load. Written by hand
 * rather than with a schema library: the command line loaded a megabyte of zod for these eleven cells (docs/PERFORMANCE.md).
 */
const SETTING_PARSERS: { [K in keyof Settings]: SettingParser<Settings[K]> } = {
  dueSoonDays: wholeNumber(0, 365),
  immediateLimit: text(),
  rollToWorkday: yesNo,
  lang: language,
  protectPassword: (raw) => {
    try {
      return accept(String(raw));
    } catch {
      return REFUSED;
    }
  },
  signWorkdays: wholeNumber(1, 60),
  // A period that ends: any time limit except 长期坚持 (no end) and 立行立改 (a default of its own).
  reportPeriod: text((v) => {
    if (v === '') return false;
    const r = parseTimeLimit(v);
    return r.ok && r.value.kind !== 'ongoing' && r.value.kind !== 'immediate';
  }),
  // An empty cell is no word; a number typed there is a word like any other.
  publicWithhold: anyText(),
  // Pairs 词=状态, separated by ；; ，, 、 or line breaks: a pair without its = is refused (and named) rather than guessed.
  statusWords: anyText((v) => parseStatusWords(v).every((p) => p.word !== '' && p.status !== '')),
  evidenceRequired: yesNo,
  maxExtensions: wholeNumber(0, 99),
};

/** A value for one setting, as typed in `_settings` or given by a surface. */
export function parseSetting<K extends keyof Settings>(key: K, raw: unknown): ParsedSetting<Settings[K]> {
  return SETTING_PARSERS[key](raw);
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** `挂账=整改中；已闭环=已销号` as pairs (the = may be full-width); an item without = has an empty status. */
export function parseStatusWords(text: string): { word: string; status: string }[] {
  return text
    .split(/[;；,，、\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const eq = item.search(/[=＝]/);
      return eq < 0
        ? { word: item, status: '' }
        : { word: item.slice(0, eq).trim(), status: item.slice(eq + 1).trim() };
    });
}
