/**
 * Workbook settings, stored in the hidden `_settings` sheet so they travel
 * with the file and are readable by the CLI and by WPS users too.
 */
import { z } from 'zod';
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

const yesNo = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['是', '否', 'yes', 'no', 'true', 'false', 'y', 'n', '1', '0'].includes(v))
    .transform((v) => ['是', 'yes', 'true', 'y', '1'].includes(v)),
  z.number().transform((n) => n !== 0),
]);

/** One schema per setting, so a bad value in `_settings` is reported by name and the rest still load. */
export const SETTING_SCHEMAS = {
  dueSoonDays: z.coerce.number().int().min(0).max(365),
  immediateLimit: z.string().trim().min(1),
  rollToWorkday: yesNo,
  lang: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v.startsWith('en') || v === '英文' ? 'en' : v.startsWith('zh') || v === '中文' ? 'zh' : v))
    .pipe(z.enum(['zh', 'en'])),
  protectPassword: z.coerce.string(),
  signWorkdays: z.coerce.number().int().min(1).max(60),
  reportPeriod: z
    .string()
    .trim()
    .min(1)
    .refine((v) => {
      // A period that ends: any time limit except 长期坚持 (no end) and 立行立改 (a default of its own).
      const r = parseTimeLimit(v);
      return r.ok && r.value.kind !== 'ongoing' && r.value.kind !== 'immediate';
    }),
  // An empty cell is no word; a number typed there is a word like any other.
  publicWithhold: z.preprocess((v) => (v === null || v === undefined ? '' : v), z.coerce.string().trim()),
  // Pairs 词=状态, separated by ；; ，, 、 or line breaks: a pair without its = is refused (and named) rather than guessed.
  statusWords: z
    .preprocess((v) => (v === null || v === undefined ? '' : v), z.coerce.string().trim())
    .refine((v) => parseStatusWords(v).every((p) => p.word !== '' && p.status !== '')),
  evidenceRequired: yesNo,
  maxExtensions: z.coerce.number().int().min(0).max(99),
} satisfies Record<keyof Settings, z.ZodType>;

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
