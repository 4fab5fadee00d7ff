export * from './host';
export * from './workbook';
export { NEWEST_EXCEL_API, EXCEL_API, versionAtMost } from './api';
export { MAX_MERGED_AREAS, MAX_GET_CELLS } from './range';
export { typeInput, MAX_CELL_CHARS } from './typing';
