/** Importing legacy ledgers (docs/IMPORT.md). Only the public API is exported, to keep the engine's namespace clean. */
export { findHeader, SheetReader } from './header';
export type { HeaderInfo, HeaderColumn } from './header';
export { mapColumns, parseMapRules, resolveTarget, targetLabel } from './mapping';
export type { ColumnMapping, MapRule, Target } from './mapping';
export { PLACEHOLDERS, isPlaceholder } from './values';
export { importLegacy } from './importLegacy';
export { SOURCE_COLUMNS } from './types';
export { problemKey, readExistingLedger } from './identity';
export { clueLedgerSheet, findLegacySheet, looksLikeClueLedger } from './detect';
export type { LegacySheetHint } from './detect';
export type { CellConflict, CellUpdate, ExistingLedger, LedgerProblem as ExistingProblem, LedgerRow } from './types';
export type {
  LegacySource,
  ImportOptions,
  ImportDefaultValues,
  MappingGuess,
  FeedbackDateUse,
  OutRow,
  ColumnReport,
  FileReport,
  ImportNotice,
  ImportEvent,
  ImportResult,
} from './types';
export { planImport } from './output';
export {
  formatImportReport,
  groupNotices,
  groupParams,
  groupPlaces,
  compressCells,
  describeColumn,
  importNeedsLooking,
} from './report';
export type { NoticeGroup } from './report';
