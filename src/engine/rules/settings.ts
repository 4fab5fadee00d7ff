/**
 * Workbook settings, stored in the hidden `_settings` sheet so they travel
 * with the file and are readable by the CLI and by WPS users too.
 */
import { z } from 'zod';
import type { Lang } from '../../i18n/index';

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
} satisfies Record<keyof Settings, z.ZodType>;

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
