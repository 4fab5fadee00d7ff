/** The pane's language: Office's display language, Chinese unless it is English. */
import * as React from 'react';
import { type Lang, type MessageParams, parseLang } from '../i18n/index';
import { type PaneKey, tp } from '../i18n/pane';
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

export function useT(): (key: PaneKey, params?: MessageParams) => string {
  const lang = React.useContext(LangContext);
  return React.useCallback((key: PaneKey, params?: MessageParams) => tp(lang, key, params), [lang]);
}

/**
 * Excel's error codes with a sentence of their own (codes: "Error handling
 * with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A wrong password is BadPassword ("The password you supplied is incorrect").
 */
const EXCEL_ERRORS: [RegExp, PaneKey][] = [
  [/PayloadSizeLimitExceeded/, 'addin.error.payload'],
  [/^(BadPassword|AccessDenied)$/, 'addin.error.protected'],
  [/^InvalidOperationInCellEditMode$/, 'addin.error.cellEditMode'],
  [/^MergedRangeConflict$/, 'addin.error.mergedRange'],
  [/^InactiveWorkbook$/, 'addin.error.inactiveWorkbook'],
  [/^ApiNotFound$/, 'addin.error.apiNotFound'],
];

/** Any error as a sentence the user can act on: engine errors from the catalogue, Excel's in plain words. */
export function errorText(lang: Lang, e: unknown): string {
  if (isEngineError(e)) return tp(lang, e.code, e.params);
  const code = (e as { code?: string } | null)?.code ?? '';
  const known = EXCEL_ERRORS.find(([re]) => re.test(code));
  if (known) return tp(lang, known[1]);
  const detail = (e as Error | null)?.message || String(e);
  return tp(lang, 'addin.error.generic', { detail });
}
