/** What import reads, what it returns, and the report's parts (docs/IMPORT.md). */
import type { CellValue } from '../core/cells';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Lang, MessageKey, MessageParams } from '../../i18n';
import type { ListSheetId } from '../schema/columns';
import type { ColumnMapping, Target } from './mapping';

export interface LegacySource {
  /** The file's name as shown to the user and written to 来源文件 (no directory). */
  file: string;
  snapshot: WorkbookSnapshot;
}

export interface ImportOptions {
  lang: Lang;
  /** Read this sheet of every file instead of finding the ledger sheet. */
  sheet?: string;
  /** `源列=目标列` rules. */
  map?: readonly string[];
  /** The ledger the rows go into: a problem it already holds (same unit and ID, or description) is updated, not added. */
  existing?: ExistingLedger;
  /** Values for required columns a source file does not have (rectify import --feedback-date). */
  defaults?: ImportDefaultValues;
  /** Categories outside the category list are added to it (rectify import --add-to-lists, the pane's confirmation). */
  addToLists?: boolean;
  /** Today (yyyy-mm-dd): a 反馈日期 after it is reported. */
  today?: string;
  /** The ledger's own status words (its `_settings` 状态词对照: `挂账=整改中；…`), tried before the built-in table. */
  statusWords?: string;
}

export interface ImportDefaultValues {
  /** For every file without a 反馈日期 of its own (no column, no title line, no date of its own below). */
  feedbackDate?: string;
  /** By source file (its name, or its name without extension): `--feedback-date FILE=DATE`. */
  feedbackDates?: Record<string, string>;
}

/** A `label：value` detail of a file's header block (填报单位：…, 反馈时间：2024年3月5日), where it was found. */
export interface HeaderDetail {
  label: string;
  value: CellValue;
  /** 1-based. */
  row: number;
  column: number;
}

/** Where a file's 反馈日期 came from, in the order they are tried (docs/IMPORT.md). */
export interface FeedbackDateUse {
  from: 'column' | 'title' | 'fileOption' | 'option' | 'none';
  /** yyyy-mm-dd, for a date from the title or an option. */
  value?: string;
  /** The title line's cell (A2) and label, for a date read from it. */
  cell?: string;
  label?: string;
}

/** A source column that looks like a required column the file lacks: the `--map` rule that would map it. */
export interface MappingGuess {
  file: string;
  /** The source column's header. */
  source: string;
  target: Target;
  /** `隐患内容=问题描述`, as `--map` takes it. */
  rule: string;
}

export interface RowSource {
  file: string;
  sheet: string;
  row: number;
}

export interface OutRow {
  source: RowSource;
  /** By column key of the list. */
  values: Record<string, CellValue>;
  /** By extra column name (problems only). */
  extras: Record<string, CellValue>;
}

export interface ColumnReport extends ColumnMapping {
  /** The column's name in the output when kept as an extra column. */
  extraName?: string;
  /** Up to three distinct values as typed. */
  samples: string[];
  /** Cells with a value (after placeholders are cleaned). */
  filled: number;
  /** Cells holding a placeholder, cleaned to empty. */
  placeholders: number;
  /** Words translated to list values, e.g. 是 → 待审核, with counts. */
  translations: { from: string; to: string; count: number }[];
}

export interface FileReport {
  file: string;
  sheet: string;
  headerRows: [number, number];
  /** Rows below the header that hold at least one value. */
  dataRows: number;
  imported: number;
  columns: ColumnReport[];
  /** Set when the whole sheet is the same as one read before in this run. */
  duplicateOf?: string;
  /** Where the file's 反馈日期 came from (set when the import ends). */
  feedbackDate?: FeedbackDateUse;
}

/** A value kept as typed (or a row not imported) and why; located to the cell. */
export interface ImportNotice {
  file: string;
  sheet: string;
  row: number;
  cell: string;
  column: string;
  value: string;
  code: MessageKey;
  params: MessageParams;
}

/** Something about a file or the consolidation as a whole. */
export interface ImportEvent {
  code: MessageKey;
  params: MessageParams;
}

export interface ImportResult {
  lang: Lang;
  rows: Record<ListSheetId, OutRow[]>;
  /** Extra columns of each list, in order of first appearance (tasks get extras only from rows under a merged problem). */
  extraColumns: Record<ListSheetId, string[]>;
  files: FileReport[];
  notices: ImportNotice[];
  events: ImportEvent[];
  /** Extra columns whose values were read as dates (written with a date format). */
  extraDateColumns?: string[];
  /** Categories to add to _lists: those outside the list, when the user said so (addToLists). */
  newCategories: string[];
  /** Every category outside the default list, kept as typed; added to _lists only with addToLists. */
  unlistedCategories: string[];
  /** Required columns a file lacks, with the source column that looks like each. */
  guesses: MappingGuess[];
  counts: {
    sourceRows: number;
    problems: number;
    responsibilities: number;
    tasks: number;
    /** Problems the ledger already had, found again with nothing new. */
    alreadyImported: number;
    /** Problems the ledger already had whose cells this import updates. */
    updatedProblems: number;
    updatedCells: number;
    /** Cells both the ledger and the source changed: the ledger's value is kept. */
    conflicts: number;
    /** Rows repeating a row of another source in the same import (a group ledger repeating its units). */
    repeated: number;
    placeholders: number;
  };
  /** Cells of problems already in the ledger that changed in the source and not in the ledger. */
  updates: CellUpdate[];
  /** Cells both changed: kept as the ledger has them, reported. */
  conflicts: CellConflict[];
}

/** Column names import adds to every list (Chinese and English layouts). */
export const SOURCE_COLUMNS = {
  file: { zh: '来源文件', en: 'Source file' },
  row: { zh: '来源行', en: 'Source row' },
  originalId: { zh: '原问题编号', en: 'Original problem ID' },
} as const;

/** A row of one of the ledger's lists: where it is and what its cells hold, by column key. */
export interface LedgerRow {
  list: ListSheetId;
  sheet: string;
  row: number;
  columns: Partial<Record<string, number>>;
  values: Record<string, CellValue>;
  /** Its extra columns' values by header (problems only): compared when a source row repeats it. */
  extras?: Record<string, CellValue>;
}

export interface LedgerProblem extends LedgerRow {
  id: string;
  responsibility?: LedgerRow;
  /** The problem's tasks by task ID. */
  tasks: Map<string, LedgerRow>;
}

/** What import needs to know of a ledger it adds to. */
export interface ExistingLedger {
  /** Problem IDs already used. */
  problemIds: ReadonlySet<string>;
  /** Identity key → the ledger's problem (both keys of a problem point to it). */
  problems: ReadonlyMap<string, LedgerProblem>;
  /** 'sheet!A1' → the value an import last wrote there, as logged. */
  lastImported: ReadonlyMap<string, string>;
  /** The ledger's category list (`_lists`), normalised: a category in it is not outside the list. */
  categories?: ReadonlySet<string>;
}

export interface CellUpdate {
  sheet: string;
  row: number;
  column: number;
  key: string;
  old: CellValue;
  value: CellValue;
}

export interface CellConflict extends CellUpdate {
  source: RowSource;
}
