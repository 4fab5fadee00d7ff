export * from './header';
export * from './mapping';
export * from './values';
export * from './importLegacy';
export * from './output';
export * from './report';
