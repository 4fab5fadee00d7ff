/** Generated sheets, statistics, supervision, reminder letters, close-out workflow, _log (issue 6). */
export * from './types';
export * from './stats';
export * from './supervision';
export * from './sheets';
export * from './letters';
export * from './closeout';
export * from '../audit/log';
export * from './refresh';
export * from '../audit/finalize';
