/** The task pane's catalogue: the engine's messages and the pane's own words (no command-line help). */
import { MESSAGES } from './index';
import { CALENDAR_PANE_MESSAGES } from './catalogues/calendarPane';
import { CYCLE_PANE_MESSAGES } from './catalogues/cyclePane';
import { EXTENSIONS_PANE_MESSAGES } from './catalogues/extensionsPane';
import { IMPORT_REPORT_PANE_MESSAGES } from './catalogues/importReport';
import { PANE_MESSAGES } from './catalogues/pane';
import { RECORD_PANE_MESSAGES } from './catalogues/recordPane';
import { translator } from './translate';

export const PANE_CATALOGUE = {
  ...MESSAGES,
  ...PANE_MESSAGES,
  ...IMPORT_REPORT_PANE_MESSAGES,
  ...CYCLE_PANE_MESSAGES,
  ...CALENDAR_PANE_MESSAGES,
  ...RECORD_PANE_MESSAGES,
  ...EXTENSIONS_PANE_MESSAGES,
};
export type PaneKey = keyof typeof PANE_CATALOGUE;

/** Renders a pane or engine message. */
export const tp = translator(PANE_CATALOGUE);
