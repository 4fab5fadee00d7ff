/** The rules engine: pure TypeScript, no Office.js, no Node I/O. Every surface calls this. */
export * from './dates';
export * from './errors';
export * from './messages';
export * from './timeLimit';
export * from './calendar';
export * from './settings';
export * from './deadline';
export * from './status';
export * from './layout';
export * from './model';
export * from './ledger';
export * from './import';
