/** The demo generator's options and result. */
import type { CellValue, CheckCode, IsoDate, Lang, SettingKey, WorkbookSnapshot } from '../engine';

export interface DemoOptions {
  /** How many problems (default 40; --mistakes needs at least 40). */
  problems?: number;
  lang?: Lang;
  /** The date the ledger is "as of": statuses and alerts are relative to it. */
  today: IsoDate;
  seed?: number;
  /** Plant one violation of every check rule and report where. */
  mistakes?: boolean;
  /** Who the snapshot says is working (for `_log`). */
  user?: string;
  /** Called now and then with the share done (0..1). */
  onProgress?: (done: number) => void;
}

export interface PlantedMistake {
  code: CheckCode;
  sheet: string;
  /** A1 address ('' for a whole-column finding). */
  cell: string;
  row: number;
  what: string;
}

export interface HeaderRename {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

export interface DemoWorkbook {
  snapshot: WorkbookSnapshot;
  mistakes: PlantedMistake[];
  /**
   * Headers to rename once the workbook is structured (the --mistakes "column
   * missing" case: a person renamed a column in Excel, table and all).
   * demoPlans folds them into the structure plan.
   */
  renames: HeaderRename[];
  counts: { problems: number; responsibilities: number; tasks: number; clues: number; reports: number };
}

/** A list row by column key (ColumnDef.key); a key left out is an empty cell. */
export type Row = Record<string, CellValue>;

/** The list sheets' rows, in sheet order. */
export interface DemoLists {
  problems: Row[];
  responsibilities: Row[];
  tasks: Row[];
  /** 移交清单 */
  clues: Row[];
  /** 整改报告 */
  reports: Row[];
  /** 延期申请: only with --mistakes (a register is created by the first request, not by init). */
  extensions?: Row[];
}

/** What --mistakes changes beside the list rows. */
export interface HelperEdits {
  /** Rows added to `_calendar` under its header. */
  calendar: CellValue[][];
  /** Rows added to `_log` under its header. */
  log: CellValue[][];
  /** `_settings` values written instead of the defaults, by setting key. */
  settings: Partial<Record<SettingKey, CellValue>>;
}
