/**
 * The one catalogue of user-facing text, Chinese first, English complete.
 * Engine, command line and task pane all render from here, so a message is
 * written once and both languages stay in step (a missing translation is a
 * type error, not a blank on screen).
 */

export type Lang = 'zh' | 'en';
export type MessageParams = Record<string, string | number>;

export interface Entry {
  zh: string;
  en: string;
}

import { CORE_MESSAGES } from './catalogues/core';
import { VALIDATION_MESSAGES } from './catalogues/validation';
import { ADDIN_MESSAGES } from './catalogues/addin';
import { LEDGER_MESSAGES } from './catalogues/ledger';
import { IMPORT_MESSAGES } from './catalogues/import';

/** One catalogue, assembled from one file per area so that areas can grow independently. */
export const MESSAGES = {
  ...CORE_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...ADDIN_MESSAGES,
  ...LEDGER_MESSAGES,
  ...IMPORT_MESSAGES,
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** Renders a message in a language; `{name}` placeholders take params. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function parseLang(value: string | undefined | null): Lang | null {
  if (value == null) return null;
  const v = value.trim().toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v === 'cn' || v === '中文') return 'zh';
  if (v === 'en' || v.startsWith('en-') || v === 'english' || v === '英文') return 'en';
  return null;
}
