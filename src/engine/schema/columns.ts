/**
 * How a list sheet is described: its columns, each with a stable key, its
 * header in both languages, the aliases import and init recognise, its type
 * and whether the engine computes it (docs/WORKBOOK.md).
 */
import type { Bilingual } from './sheets';
import type { ListId } from './values';

/** The three lists of a ledger (problems, responsibilities, tasks): what init, import and check require. */
export type ListSheetId = 'problems' | 'responsibilities' | 'tasks';
/** The lists of the 四账 cycle (docs/WORKBOOK.md): transferred clues and the units' rectification reports. */
export type CycleSheetId = 'clues' | 'reports';
/** Registers created on demand by the command that first needs them, never by init (延期申请). */
export type OnDemandSheetId = 'extensions';
/** Any list sheet. */
export type AnyListId = ListSheetId | CycleSheetId | OnDemandSheetId;
/** 抽查清单: created by the first spot-check draw, read on its own (read/spotChecks.ts), not one of the lists. */
export type SpotSheetId = 'spotChecks';

export type ColumnType =
  | 'text'
  | 'date'
  /** A value that must come from a `_lists` list. */
  | 'list'
  /** A 整改时限 (time limit, docs/DEADLINES.md). */
  | 'limit'
  | 'phone'
  | 'integer';

export interface ColumnDef {
  /** Stable identifier used by the engine, never shown. */
  key: string;
  header: Bilingual;
  /** Other headers meaning the same column (legacy ledgers, other templates). */
  aliases: string[];
  type: ColumnType;
  required: boolean;
  list?: ListId;
  /**
   * Filled by the engine. 'deadline' columns may also be typed by hand when the
   * time limit is empty (that value is the user's and is kept). 'date' columns
   * are always the engine's (移交清单 签收期限: 移交日期 + the signing setting). 'extension' (问题清单 延期至) is
   * the latest approved date of the 延期申请 register, written by refresh, never imported.
   */
  computed?: 'deadline' | 'alert' | 'counter' | 'date' | 'extension';
  /** Column width in Excel character units. */
  width: number;
  /** The header note (comment) explaining the column. */
  note: Bilingual;
}

export interface ListSheetDef<Id extends AnyListId | SpotSheetId = ListSheetId> {
  id: Id;
  name: Bilingual;
  /** Excel table name (ASCII: table names are identifiers in formulas, also in WPS). */
  tableName: string;
  columns: ColumnDef[];
}

type ColumnOptions = Partial<Omit<ColumnDef, 'key' | 'header' | 'type'>> & { noteZh: string; noteEn: string };

/** A column definition with the defaults filled in (width 12 for dates, 14 otherwise). */
export function col(key: string, zh: string, en: string, type: ColumnType, opts: ColumnOptions): ColumnDef {
  return {
    key,
    header: { zh, en },
    aliases: opts.aliases ?? [],
    type,
    required: opts.required ?? false,
    list: opts.list,
    computed: opts.computed,
    width: opts.width ?? (type === 'date' ? 12 : 14),
    note: { zh: opts.noteZh, en: opts.noteEn },
  };
}
