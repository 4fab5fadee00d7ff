/**
 * What the import panel offers and previews: the user's own sheets of the
 * open workbook, and the import of one of them as confirming would do it.
 */
import type { WorkbookSnapshot } from '../../../engine/core/snapshot';
import { isEngineError } from '../../../engine/core/errors';
import type { ImportResult } from '../../../engine';
import { importCommand } from '../../../engine/run/commands';
import type { CommandEnv } from '../../../engine/run/runner';
import { LIST_SHEETS } from '../../../engine/schema/listSheets';
import { GENERATED_NAMES, HELPER_SHEET_NAMES } from '../../../engine/schema/sheets';
import type { Lang } from '../../../i18n/index';

const NOT_SOURCES = new Set<string>([
  ...LIST_SHEETS.flatMap((s) => [s.name.zh, s.name.en]),
  ...GENERATED_NAMES,
  ...Object.values(HELPER_SHEET_NAMES),
]);

/** Sheets a user may import: visible, with something in them, not one of ours. */
export function importableSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets
    .filter((s) => s.visibility === 'visible' && !NOT_SOURCES.has(s.name) && !s.name.startsWith('_'))
    .filter((s) => s.values.some((r) => r.some((v) => v !== null && v !== '')))
    .map((s) => s.name);
}

/** A column's target chosen in the preview: the engine's own choice, the extra columns, or a list column. */
export const AUTO = '__auto__';
export const EXTRA = '__extra__';

/** The user's choices as the engine's `源列=目标列` rules. */
export function mappingRules(overrides: Record<string, string>): string[] {
  return Object.entries(overrides)
    .filter(([, target]) => target !== AUTO)
    .map(([source, target]) => `${source}=${target === EXTRA ? 'extra' : target}`);
}

/**
 * What the user chose in the panel: mapping overrides as rules, a date for the feedback-date column the sheet lacks,
 * and whether categories outside the list join it (the pane's confirmation, as `--add-to-lists`).
 */
export interface ImportChoices {
  rules: string[];
  feedbackDate?: string;
  addToLists?: boolean;
}

/** The import command for one sheet of the open workbook (its rows as read when the panel opened). */
export function sheetImport(
  snapshot: WorkbookSnapshot,
  sheet: string,
  lang: Lang,
  choices: ImportChoices,
  dryRun = false,
) {
  const defaults = choices.feedbackDate ? { feedbackDate: choices.feedbackDate } : undefined;
  const addToLists = !!choices.addToLists;
  return importCommand([{ file: sheet, snapshot }], { lang, sheet, map: choices.rules, dryRun, defaults, addToLists });
}

/**
 * What confirming would import: the same command, planned as a dry run on the snapshot the panel read (a dry
 * run writes nothing, so nothing is stamped with a time or a user).
 */
export function previewImport(
  snapshot: WorkbookSnapshot,
  sheet: string,
  choices: ImportChoices,
  env: Pick<CommandEnv, 'lang' | 'today'>,
): { result: ImportResult } | { error: unknown } {
  try {
    const planned = sheetImport(snapshot, sheet, env.lang, choices, true).plan(snapshot, { ...env, now: '', user: '' });
    return { result: planned.result };
  } catch (e) {
    if (isEngineError(e)) return { error: e };
    throw e;
  }
}
