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

/** `{ ...L, ...R }` as a type: R's keys over L's. */
type Spread<L, R> = Omit<L, keyof R> & R;
/** The type of the catalogues spread one after the other. */
type SpreadAll<T extends readonly unknown[]> = T extends readonly [...infer H, infer Last]
  ? Spread<SpreadAll<H>, Last>
  : {};

/**
 * Catalogues merged into one, a key in a later one over the same key in an earlier one, as `{ ...a, ...b }`; made
 * with Object.assign, because spreading the engine's and the command line's 1,700 keys into object literals cost
 * every command ~8 ms at start (each key a new hidden class of the literal).
 */
export function mergeCatalogues<T extends readonly Record<string, Entry>[]>(...parts: T): SpreadAll<T> {
  return Object.assign({}, ...parts) as SpreadAll<T>;
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
