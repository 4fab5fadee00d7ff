/**
 * The rules engine: pure TypeScript, no Office.js, no Node I/O. Every surface
 * (the task pane, the ribbon, the command line) calls this; the layers are
 * described in docs/ARCHITECTURE.md.
 */
export * from '../i18n';
export * from './core';
export * from './rules';
export * from './schema';
export * from './read';
export * from './audit';
export * from './plans/structure';
export * from './plans/check';
export * from './plans/refresh';
export * from './plans/settings';
export * from './plans/reportRows';
export * from './ledger';
export * from './import';
export * from './run';
export * from './calendarNotice';
export * from './extensions';
export * from './distribute';
export * from './evidence';
export * from './record';
export * from './spotcheck';
