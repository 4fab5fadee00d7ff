/** 销号抽查: a repeatable stratified sample of closed problems into 抽查清单, and applying its conclusions. */
export * from './apply';
export * from './command';
export * from './draw';
export * from './prng';
export * from './ratio';
export * from './sheet';
