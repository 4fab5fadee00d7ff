/**
 * What the pane loads on demand rather than in its initial script: the engine and its Office.js adapter (every
 * command runs through them), the words of the engine and the panels, and the status lines of the three commands.
 * The pane starts loading it as soon as its script runs, while Office starts up, so it is usually there before the
 * first click; everything that needs it waits for `loadCore()` (src/taskpane/loadCore.ts).
 */
import { addPaneWords } from '../i18n/pane';
import { PANE_CATALOGUE } from '../i18n/paneWords';

export { checkCommand, overviewCommand, overviewOf, refreshCommand, structureCommand } from '../engine/run/commands';
export { readSelectedRow, readWorkbookSnapshot, runInExcel, selectCell } from '../excel/commands';
export { checkStatus, refreshStatus, structureStatus } from './results';

/** Called by loadCore() once the module is here: from then on tp() knows every word. */
export function registerWords(): void {
  addPaneWords(PANE_CATALOGUE);
}
