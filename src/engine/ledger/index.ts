/** The ledger: figures, the generated sheets, supervision, reminder letters and the close-out workflow. */
export * from './closeout';
export * from './clueActions';
export * from './cycleFigures';
export * from './document';
export * from './figures';
export * from './letters';
export * from './notice';
export * from './refresh';
export * from './sheets';
export * from './stats';
export * from './summary';
export * from './supervision';
export * from './types';
export * from './progress';
export * from './progressCycle';
export * from './reportActions';
export * from './rowWrite';
