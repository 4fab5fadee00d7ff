/**
 * A sheet's structure as people make it (docs/IMPORT.md "Sheets, headers and
 * sections"): its header block (titles, `label：value` details, headers of one
 * to four rows), and what each row under the header is (problems, section
 * headings, totals, footnotes, numbers alone). Import reads a legacy ledger
 * through these rules.
 */
export { SheetReader, cellText } from './reader';
export type { MergeRange } from './reader';
export { type Band, type BandColumn, MAX_BAND, SCAN_ROWS, findBand } from './band';
export {
  type Detail,
  type DetailKind,
  detailDate,
  detailKind,
  dropTime,
  fileDate,
  fileUnit,
  parseDetailText,
} from './details';
export {
  type Heading,
  type HeadingStyle,
  isFootnoteStart,
  isOutlineNumber,
  isTotalLabel,
  parseHeading,
  plainHeading,
} from './headings';
export { type PlannedRow, type RowKind, type RowPlan, type RowPlanInput, type Section, planRows } from './rowKinds';
