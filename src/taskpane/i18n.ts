/** The pane's language: Office's display language, Chinese unless it is English. */
import * as React from 'react';
import { type Lang, type MessageKey, type MessageParams, parseLang, t } from '../i18n/index';
import { isEngineError } from '../engine/core/errors';

export function officeLang(): Lang {
  const office = (globalThis as { Office?: typeof Office }).Office;
  let display: string | undefined;
  try {
    display = office?.context?.displayLanguage;
  } catch {
    display = undefined;
  }
  return (
    parseLang(display ?? '') ?? (typeof navigator !== 'undefined' && navigator.language.startsWith('en') ? 'en' : 'zh')
  );
}

export const LangContext = React.createContext<Lang>('zh');

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = React.useContext(LangContext);
  return React.useCallback((key: MessageKey, params?: MessageParams) => t(lang, key, params), [lang]);
}

/** Any error as a sentence the user can act on: engine errors from the catalogue, Excel's in plain words. */
export function errorText(lang: Lang, e: unknown): string {
  if (isEngineError(e)) return t(lang, e.code, e.params);
  const code = (e as { code?: string } | null)?.code ?? '';
  if (/PayloadSizeLimitExceeded/.test(code)) return t(lang, 'addin.error.payload');
  if (/InvalidPassword|AccessDenied/.test(code)) return t(lang, 'addin.error.protected');
  const detail = (e as Error | null)?.message || String(e);
  return t(lang, 'addin.error.generic', { detail });
}
