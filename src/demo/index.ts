/** The demo ledger (`rectify demo`, tests, benchmarks): generated as a snapshot, written as plans. */
export { generateDemo } from './generate';
export { demoPlans } from './plans';
export type { DemoOptions, DemoWorkbook, HeaderRename, PlantedMistake } from './types';

/**
 * Check rules --mistakes cannot plant: a merged area in a list sheet cannot
 * exist inside an Excel table (Excel refuses to merge cells in a table), and
 * the demo's lists are tables; the evidence rules that need the files; a
 * `_log` that is gone.
 */
export const UNPLANTABLE_CODES: readonly string[] = [
  'merge.inList',
  // Found only against the evidence files themselves, which the command line reads beside the ledger
  // (test/cli/record.test.ts plants them with real files).
  'evidence.missing',
  'evidence.changed',
  'evidence.changedAfterClose',
  // evidence.none under the setting 佐证材料必填 (src/engine/evidence/check.test.ts).
  'evidence.required',
  // A _log deleted or emptied after entries were written: the demo plants log.tampered on its _log already, and
  // one sheet cannot be both broken and gone (test/security/logKept.test.ts deletes and empties it).
  'log.lost',
];
