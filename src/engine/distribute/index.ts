/**
 * 下发 and 回收: one package per unit, with a stamp and fingerprints
 * (distribute.ts, package.ts), and the returned packages merged back by row
 * identity, the unit's columns only (collect.ts). docs/DISTRIBUTE.md.
 */
export * from './columns';
export * from './units';
export * from './fingerprint';
export * from './stamp';
export * from './ledgerSheet';
export * from './instructions';
export { planPackage, type PackageInput, type PackageSpec } from './package';
export * from './distribute';
export * from './packageRows';
export * from './merge';
export * from './returns';
export * from './collect';
export * from './follow';
