/**
 * Every word the task pane can show: the engine's messages and the pane's own (no command-line help). The pane
 * loads this module on demand, with the engine (src/taskpane/core.ts), and hands it to `addPaneWords`; the pane's
 * first screen needs only the words in `pane.ts`.
 */
import { MESSAGES } from './index';
import { CALENDAR_PANE_MESSAGES } from './catalogues/calendarPane';
import { CYCLE_PANE_MESSAGES } from './catalogues/cyclePane';
import { EXTENSIONS_PANE_MESSAGES } from './catalogues/extensionsPane';
import { IMPORT_REPORT_PANE_MESSAGES } from './catalogues/importReport';
import { PANE_MESSAGES } from './catalogues/pane';
import { RECORD_PANE_MESSAGES } from './catalogues/recordPane';

export const PANE_CATALOGUE = {
  ...MESSAGES,
  ...PANE_MESSAGES,
  ...IMPORT_REPORT_PANE_MESSAGES,
  ...CYCLE_PANE_MESSAGES,
  ...CALENDAR_PANE_MESSAGES,
  ...RECORD_PANE_MESSAGES,
  ...EXTENSIONS_PANE_MESSAGES,
};
