/** The engine's contract with the adapters: cells, A1 addresses, the snapshot read and the plan written. */
export * from './a1';
export * from './arrays';
export * from './cells';
export * from './errors';
export * from './findings';
export * from './plan';
export * from './print';
export * from './sha256';
export * from './snapshot';
export * from './text';
