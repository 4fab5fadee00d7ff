/** The state an import run carries: across files (IDs used, rows seen) and within one file (its columns, the last problem). */
import type { OwnStatusWords } from './values';
import type { CellValue } from '../core/cells';
import { cellAddress } from '../core/a1';
import type { Lang, MessageKey, MessageParams } from '../../i18n';
import type { ListSheetId } from '../schema/columns';
import type { HeaderInfo, SheetReader } from './header';
import type { ExistingLedger, HeaderDetail, ImportOptions, LedgerProblem } from './types';
import type { ColumnMapping } from './mapping';
import type { FileLayout } from './layout';
import type { FileReport, ImportNotice, ImportResult, LegacySource, OutRow, RowSource } from './types';

/** Rows of the same content seen in two files (a group ledger repeating a unit's), reported together. */
export interface DuplicateRun {
  file: string;
  rows: number[];
  other: string;
  otherRows: number[];
}

/** One cell of a source row as compared with a repeat: its text, and where it goes in the lists (none: an extra). */
export interface RowCell {
  text: string;
  value: CellValue;
  list?: ListSheetId;
  key?: string;
  /** The source column's header, as the report names it (是否整改完成, where the list calls it 整改状态). */
  header?: string;
}

/** A problem met earlier in this import: where, what it held (to compare a repeat with), the rows it became. */
export interface SeenProblem {
  file: string;
  row: number;
  print: string;
  /** Its cells by column name (list columns by their header, extras by name), identity and row counters left out. */
  cells: Map<string, RowCell>;
  /** The rows it became in this import; absent when it was the ledger's (then nothing is added). */
  rows?: ProblemRows;
  /** The ledger's problem it is, when it was one already. */
  ledger?: LedgerProblem;
}

/** A row met in a file under an identity key: its print, its row, its cells (to name what another row changes). */
export interface MetRow {
  print: string;
  row: number;
  cells: Map<string, RowCell>;
}

/** The list rows one source problem became. */
export interface ProblemRows {
  problem: OutRow;
  responsibility?: OutRow;
  task?: OutRow;
}

export interface RunState {
  lang: Lang;
  /** The ledger's own status words (its 状态词对照 setting), tried before the built-in table. */
  ownStatusWords?: OwnStatusWords;
  result: ImportResult;
  usedIds: Set<string>;
  existing: ExistingLedger | null;
  /** Problems already met in this import, by identity key: a later copy is not added twice. */
  seen: Map<string, SeenProblem>;
  /** The state of every file read, by file name (its header details and feedback date are used when the import ends). */
  fileStates?: Map<string, FileState>;
  options?: Pick<ImportOptions, 'addToLists' | 'today' | 'defaults'>;
  sheetPrints: Map<string, string>;
  rowPrints: Map<string, { file: string; row: number }>;
  duplicates: Map<string, DuplicateRun>;
  newCategories: Set<string>;
  originalIdName: string;
}

export interface FileState {
  source: LegacySource;
  sheetName: string;
  reader: SheetReader;
  header: HeaderInfo;
  mapping: ColumnMapping[];
  report: FileReport;
  unitCol?: ColumnMapping;
  idCol?: ColumnMapping;
  /** The file name without extension: the unit when the file has no unit column. */
  stem: string;
  qualified: number;
  qualifiedExamples: string[];
  lastProblem: OutRow | null;
  /** The ledger's problem the last source problem turned out to be (its further measures update it). */
  matched: LedgerProblem | null;
  taskSeq: number;
  /** The ID column is a row counter (序号): it numbers rows, it does not name problems (docs/IMPORT.md, identity). */
  idIsCounter?: boolean;
  /** How often each typed ID was met in this file (a second different row with the same ID gets `ID~2`). */
  typedIds?: Map<string, number>;
  /** Identity key → the different rows met with it in this file, in order (occurrence = position + 1). */
  keyPrints?: Map<string, MetRow[]>;
  /** The print of every problem row of this file (row counters aside): a second identical row is the first. */
  wholePrints?: Map<string, number>;
  /** IDs given as `序号~n` because a row counter started again or repeated (reported once per file). */
  counterDerived?: string[];
  /** The last problem row was not imported (it repeats one): the measures below it are its, not new problems. */
  skipped?: RowSource | null;
  /**
   * `label：value` details of the header block (填报单位, 反馈时间…), when the header reader found them. Read when
   * the import ends: a 反馈时间 there is the file's feedback date.
   */
  details?: HeaderDetail[];
  /** The sheet's structure: which rows are problems, their sections, the file's own name (layout.ts). */
  layout?: FileLayout;
}

/** Where a row comes from, and whether it continues the problem above (a merged problem cell). */
export interface RowState {
  src: RowSource;
  continuation: boolean;
}

/** One source row read into the lists' columns. */
export interface RowValues {
  values: Record<ListSheetId, Record<string, CellValue>>;
  extras: Record<string, CellValue>;
  /** The list code a value was translated to, by 'sheet.key' (是 → pendingReview). */
  codes: Record<string, string>;
  /** Further responsibilities of the row: the other units of a group over roles (整改责任单位 over 施工 / 监理). */
  moreResponsibilities?: Record<string, CellValue>[];
}

export function notice(
  src: RowSource,
  column: number,
  value: string,
  header: string,
  code: MessageKey,
  params: MessageParams,
): ImportNotice {
  return {
    file: src.file,
    sheet: src.sheet,
    row: src.row,
    cell: column ? cellAddress(src.row, column) : '',
    column: header,
    value,
    code,
    params,
  };
}

/** The mapped column that feeds a list column, if any. */
export function columnFor(f: FileState, sheet: ListSheetId, key: string): ColumnMapping | undefined {
  return f.mapping.find((m) => m.targets.some((t) => t.sheet === sheet && t.key === key));
}
