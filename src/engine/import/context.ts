/** The state an import run carries: across files (IDs used, rows seen) and within one file (its columns, the last problem). */
import type { CellValue } from '../core/cells';
import { cellAddress } from '../core/a1';
import type { Lang, MessageKey, MessageParams } from '../../i18n';
import type { ListSheetId } from '../schema/columns';
import type { HeaderInfo, SheetReader } from './header';
import type { ExistingLedger, LedgerProblem } from './types';
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

export interface RunState {
  lang: Lang;
  result: ImportResult;
  usedIds: Set<string>;
  existing: ExistingLedger | null;
  /** Problems already met in this import, by identity key: a later copy is not added twice. */
  seen: Map<string, { file: string; row: number; print: string }>;
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
