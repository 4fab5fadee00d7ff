/**
 * Who the add-in writes into `_log`. Office.js gives an Excel add-in no user
 * name (Office.context.userProfile exists in Outlook only), so the person may
 * type their name in the pane's settings. It is kept on this computer
 * (localStorage of the add-in's origin), not in the workbook: a shared ledger
 * is edited by several people, and one name in `_settings` would sign every
 * colleague's changes with it. Without a name, entries say "Excel 用户" /
 * "Excel user".
 */
import { t, type Lang } from '../i18n/index';

const KEY = 'rectify.userName';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the default name
  }
}

/** The name the user set on this computer, or '' when none. */
export function savedUserName(): string {
  try {
    return storage()?.getItem(KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function saveUserName(name: string): void {
  try {
    const s = storage();
    if (!s) return;
    if (name.trim()) s.setItem(KEY, name.trim().slice(0, 60));
    else s.removeItem(KEY);
  } catch {
    // not persisted; the default name is used
  }
}

export function excelUserName(lang: Lang): string {
  return savedUserName() || t(lang, 'ledger.user.default');
}
