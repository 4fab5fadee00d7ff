/** `_log` — 全程留痕: every change a command makes, stamped and hash-chained (docs/LOG.md). */
export * from './append';
export * from './chain';
export * from './changes';
export * from './finalize';
export * from './tail';
export * from './verify';
export * from './history';
export * from './addedRows';
export * from './newSheets';
