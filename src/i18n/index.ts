/**
 * The engine's catalogue: every message the rules, the reader, the planners,
 * the ledger, import and the two adapters produce. The task pane adds its own
 * words in `pane.ts`, the command line in `cli.ts`; neither bundle carries
 * the other's.
 */
import { ADAPTER_MESSAGES } from './catalogues/adapters';
import { CALENDAR_MESSAGES } from './catalogues/calendar';
import { CHECK_MESSAGES } from './catalogues/check';
import { CORE_MESSAGES } from './catalogues/core';
import { CYCLE_MESSAGES } from './catalogues/cycle';
import { DISTRIBUTE_MESSAGES } from './catalogues/distribute';
import { CYCLE_IMPORT_MESSAGES } from './catalogues/cycleImport';
import { EXTENSIONS_MESSAGES } from './catalogues/extensions';
import { IMPORT_MESSAGES } from './catalogues/import';
import { IMPORT_REPORT_MESSAGES } from './catalogues/importReport';
import { IMPORT_LAYOUT_MESSAGES } from './catalogues/importLayout';
import { LEDGER_MESSAGES } from './catalogues/ledger';
import { SCALE_MESSAGES } from './catalogues/scale';
import { LEDGER_RULES_MESSAGES } from './catalogues/ledgerRules';
import { READER_MESSAGES } from './catalogues/reader';
import { RECORD_MESSAGES } from './catalogues/record';
import { MILESTONE_MESSAGES } from './catalogues/milestone';
import { SPOTCHECK_MESSAGES } from './catalogues/spotcheck';
import { SECURITY_MESSAGES } from './catalogues/security';
import { mergeCatalogues, translator } from './translate';

export { type Entry, type Lang, type MessageParams, listSeparator, parseLang, render, translator } from './translate';

export const MESSAGES = mergeCatalogues(
  CORE_MESSAGES,
  CHECK_MESSAGES,
  ADAPTER_MESSAGES,
  LEDGER_MESSAGES,
  LEDGER_RULES_MESSAGES,
  IMPORT_MESSAGES,
  IMPORT_REPORT_MESSAGES,
  IMPORT_LAYOUT_MESSAGES,
  CYCLE_MESSAGES,
  CYCLE_IMPORT_MESSAGES,
  CALENDAR_MESSAGES,
  SCALE_MESSAGES,
  EXTENSIONS_MESSAGES,
  DISTRIBUTE_MESSAGES,
  RECORD_MESSAGES,
  MILESTONE_MESSAGES,
  SPOTCHECK_MESSAGES,
  READER_MESSAGES,
  SECURITY_MESSAGES,
);

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** Renders an engine message in a language. */
export const t = translator(MESSAGES);
