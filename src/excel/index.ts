/** The Office.js adapter: the only code that knows Office.js (docs/ARCHITECTURE.md). */
export { readSnapshot, isSetSupported, type ReadOptions } from './readSnapshot';
export { applyPlan, widthToPoints, type ApplyOptions, type ApplyResult, type Degradation } from './applyPlan';
export { toExcelInput, fromExcelValue, needsTextPrefix } from './text';
export * from './limits';
