/** The demo ledger (`rectify demo`, tests, benchmarks): generated as a snapshot, written as plans. */
export { generateDemo } from './generate';
export { demoPlans } from './plans';
export type { DemoOptions, DemoWorkbook, HeaderRename, PlantedMistake } from './types';
