/**
 * The translation machinery, shared by every catalogue: a catalogue maps a
 * key to its Chinese and English text, `{name}` placeholders take params.
 * Chinese first, English complete: a missing translation is a type error,
 * not a blank on screen.
 */
export type Lang = 'zh' | 'en';
export type MessageParams = Record<string, string | number>;

export interface Entry {
  zh: string;
  en: string;
}

/** Renders one entry in a language. */
export function render(entry: Entry, lang: Lang, params: MessageParams = {}): string {
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one catalogue: `(lang, key, params) => text`, typed by the catalogue's keys. */
export function translator<C extends Record<string, Entry>>(
  catalogue: C,
): (lang: Lang, key: keyof C & string, params?: MessageParams) => string {
  return (lang, key, params) => render(catalogue[key], lang, params);
}

/** 'zh', 'zh-CN', '中文' → zh; 'en', 'en-GB', 'English' → en; anything else → null. */
export function parseLang(value: string | undefined | null): Lang | null {
  if (value == null) return null;
  const v = value.trim().toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v === 'cn' || v === '中文') return 'zh';
  if (v === 'en' || v.startsWith('en-') || v === 'english' || v === '英文') return 'en';
  return null;
}

/** The list separator of a language: 、 in Chinese, a comma in English. */
export function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}
