/** The names of the hidden helper sheets and the generated sheets (docs/WORKBOOK.md). */
export type HelperSheetId = 'lists' | 'calendar' | 'settings' | 'log';
export type GeneratedSheetId = 'ledger' | 'stats' | 'supervision';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Hidden helper sheets keep fixed ASCII-safe names in both languages: formulas refer to them. */
export const HELPER_SHEET_NAMES: Record<HelperSheetId, string> = {
  lists: '_lists',
  calendar: '_calendar',
  settings: '_settings',
  log: '_log',
};

export const GENERATED_SHEET_NAMES: Record<GeneratedSheetId, Bilingual> = {
  ledger: { zh: '整改台账', en: 'Ledger' },
  stats: { zh: '统计', en: 'Statistics' },
  supervision: { zh: '督办清单', en: 'Supervision' },
};
