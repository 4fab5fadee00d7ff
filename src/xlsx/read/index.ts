/** Bounded, lean reading of .xlsx packages: the zip reader, its limits, and the snapshot reader. */
export { READ_LIMITS, type ReadLimits } from './limits';
export { openZip, type ZipArchive } from './zip';
export { readXlsxSnapshot, type LeanReadOptions } from './workbook';
