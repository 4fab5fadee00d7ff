/** The names of the hidden helper sheets and the generated sheets (docs/WORKBOOK.md). */
export type HelperSheetId = 'lists' | 'calendar' | 'settings' | 'log';
export type GeneratedSheetId = 'ledger' | 'stats' | 'supervision' | ClueLedgerId;
/** The three clue ledgers of 转账 (docs/WORKBOOK.md): every clue is in exactly one of them as of a date. */
export type ClueLedgerId = 'cluesHandling' | 'cluesOnTime' | 'cluesOverdue';

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
  cluesHandling: { zh: '移交签收台账', en: 'Clues signed for' },
  cluesOnTime: { zh: '按时办结台账', en: 'Clues finished on time' },
  cluesOverdue: { zh: '办理超时台账', en: 'Clues overdue' },
};

/** Every generated sheet's name, in both languages (a sheet of one of these names is ours to rebuild, or the user's). */
export const GENERATED_NAMES: ReadonlySet<string> = new Set(
  Object.values(GENERATED_SHEET_NAMES).flatMap((n) => [n.zh, n.en]),
);
