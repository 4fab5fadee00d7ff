/** The demo ledger (`rectify demo`, tests, benchmarks): generated as a snapshot, written as plans. */
export { generateDemo } from './generate';
export { demoPlans } from './plans';
export type { DemoOptions, DemoWorkbook, HeaderRename, PlantedMistake } from './types';

/**
 * Check rules --mistakes cannot plant: a merged area in a list sheet cannot
 * exist inside an Excel table (Excel refuses to merge cells in a table), and
 * the demo's lists are tables.
 */
export const UNPLANTABLE_CODES: readonly string[] = ['merge.inList'];
