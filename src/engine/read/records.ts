/**
 * What reading a ledger gives: where each list's columns are (SheetMapping)
 * and one typed record per row, with its parsed fields, the deadline in force
 * and the alert as of the reading date.
 */
import type { CellRect } from '../core/a1';
import type { CellValue } from '../core/cells';
import type { TableSnapshot } from '../core/snapshot';
import type { Lang } from '../../i18n';
import type { WorkCalendar } from '../rules/calendar';
import type { IsoDate } from '../rules/dates';
import type { Settings } from '../rules/settings';
import type { SpotConclusion } from '../schema/spotChecks';
import type { ClueAlert, ClueStatusCode, ReportAlert, ReportResultCode } from '../rules/cycleStatus';
import type { Alert, ItemState } from '../rules/status';
import type { AnyListId, ListSheetId } from '../schema/columns';
import type { PROBLEM_STATUS, TASK_STATUS } from '../schema/values';
import type { CellIssue, ListsInfo, SettingsInfo } from './helperSheets';
import type { ReturnStatus } from './distribution';

export type ProblemStatusCode = keyof typeof PROBLEM_STATUS;
export type TaskStatusCode = keyof typeof TASK_STATUS;
export type RectKindCode = 'immediate' | 'timeLimited' | 'ongoing';

/** Where the columns of one list sheet are. */
export interface SheetMapping {
  id: AnyListId;
  /** The sheet's actual name. */
  sheet: string;
  /** Layout language of this sheet (from its name, else its headers). */
  lang: Lang;
  /** 1-based row of the headers. */
  headerRow: number;
  /** Column key → 1-based column index (only the columns present). */
  columns: Partial<Record<string, number>>;
  /** Column key → header text as it appears in the sheet. */
  headers: Partial<Record<string, string>>;
  /** Columns that are not ours (kept as they are). */
  extra: { column: number; header: string }[];
  /** First and last used column of the header row (or of the table). */
  firstColumn: number;
  lastColumn: number;
  /** Last data row (= headerRow when there is no data). */
  lastRow: number;
  /** The Excel table holding the list, when there is one. */
  table?: TableSnapshot & CellRect;
}

export interface RecordBase {
  /** 1-based row in the sheet. */
  row: number;
  /**
   * The row's cells as the snapshot holds them (its own array, shared: a snapshot is not changed once read, a plan
   * makes a new one), read by column key through `columns` (`rawValue`, `cellText` in rowReader.ts).
   */
  cells: readonly CellValue[];
  /** The mapped columns, key → 1-based column: the sheet mapping's own, shared by every record of the sheet. */
  columns: Readonly<Partial<Record<string, number>>>;
}

export interface DeadlineFields {
  /**
   * The deadline in force: computed from the time limit, or typed by hand when
   * the time limit is empty. null = no deadline (长期坚持); undefined = cannot
   * compute (missing/invalid input; validation says why).
   */
  deadline: IsoDate | null | undefined;
  /** The deadline was typed by hand (time limit empty, date in the cell): it is the user's and is kept. */
  deadlineTyped: boolean;
  /** What the engine computes from feedback date + time limit (undefined when it cannot). */
  computedDeadline: IsoDate | null | undefined;
  /** What the deadline cell holds: null = empty, undefined = not a readable date. */
  deadlineCell: IsoDate | null | undefined;
  /** False when the computation consulted a year the holiday calendar does not cover. */
  calendarCovered: boolean;
  uncoveredYears: readonly number[];
  /** The deadline cell holds a formula (never overwritten). */
  deadlineFormula: boolean;
  alert: Alert;
}

export interface ProblemRecord extends RecordBase, DeadlineFields {
  id: string;
  round: string;
  inspectedUnit: string;
  category: string;
  description: string;
  severity: string;
  kind: RectKindCode | null;
  feedbackDate: IsoDate | null;
  timeLimit: string;
  status: ProblemStatusCode | null;
  statusText: string;
  completedOn: IsoDate | null;
  closedOn: IsoDate | null;
  reviewer: string;
  result: string;
  rejections: number | null;
  rejectReason: string;
  reminders: number | null;
  alertText: string;
  notes: string;
  /**
   * The problem as the sum of its measures (rules/status.ts problemAsSum): open while a measure is open,
   * whatever the typed status says; `alert` is computed from this state and `overallDeadline`.
   */
  state: ItemState;
  /**
   * The deadline it runs against: the latest of the problem's own deadline (`deadline`) and its measures'
   * deadlines — or, once an extension is approved, the latest approved 批准期限 (the original is `extension.original`).
   */
  overallDeadline: IsoDate | null | undefined;
  /** Its measures in 任务清单, and how many are done. */
  measures: number;
  measuresDone: number;
  /** Its rows in 延期申请 (null when it has none): the working deadline moves to the latest approved one. */
  extension: ExtensionInfo | null;
  /** 抽查发现: a spot check found its close-out not true or the problem relapsed (read/spotChecks.ts). */
  spotFound?: boolean;
}

/** A problem's extensions as the register gives them (docs/EXTENSIONS.md). */
export interface ExtensionInfo {
  /** The deadline before any extension: the problem's own, as the sum of its measures (`overallDeadline`). */
  original: IsoDate | null | undefined;
  /** The latest approved 批准期限 (null: none approved): the deadline its alert runs against. */
  until: IsoDate | null;
  /** Rows in the register for it, and how many of them are approved. */
  requests: number;
  approved: number;
}

export type ExtensionDecisionCode = 'approved' | 'refused';

/** A row of 延期申请: one request and the office's decision. */
export interface ExtensionRecord extends RecordBase {
  problemId: string;
  unit: string;
  askedOn: IsoDate | null | undefined;
  reason: string;
  until: IsoDate | null | undefined;
  /** 原整改期限 as recorded with the request. */
  original: IsoDate | null | undefined;
  /** null: not decided (empty) or a text that is neither 批准 nor 不批准 (then `decisionText` is not empty). */
  decision: ExtensionDecisionCode | null;
  decisionText: string;
  approvedUntil: IsoDate | null | undefined;
  decidedOn: IsoDate | null | undefined;
  approver: string;
  notes: string;
  /** What an approval grants: 批准期限, else 申请期限; null when not approved or no readable date. */
  granted: IsoDate | null;
}

export interface ResponsibilityRecord extends RecordBase {
  problemId: string;
  leader: string;
  unit: string;
  person: string;
  supportUnits: string;
  duty: string;
  phone: string;
}

export interface TaskRecord extends RecordBase, DeadlineFields {
  id: string;
  problemId: string;
  measure: string;
  unit: string;
  person: string;
  timeLimit: string;
  progress: string;
  status: TaskStatusCode | null;
  statusText: string;
  doneOn: IsoDate | null;
  evidence: string;
  alertText: string;
}

// ---- the 四账 cycle's two lists: a transferred clue (移交清单) and a unit's report (整改报告)

type Dated = Omit<DeadlineFields, 'alert'>;

export interface ClueRecord extends RecordBase, Dated {
  id: string;
  problemId: string;
  source: string;
  summary: string;
  receiver: string;
  transferredOn: IsoDate | null | undefined;
  signedOn: IsoDate | null | undefined;
  signer: string;
  /** 签收期限 as computed (移交日期 + the signing setting); undefined without a transfer date. */
  signBy: IsoDate | undefined;
  /** What the 签收期限 cell holds: null = empty, undefined = not a readable date. */
  signByCell: IsoDate | null | undefined;
  timeLimit: string;
  finishedOn: IsoDate | null | undefined;
  result: string;
  status: ClueStatusCode | null;
  statusText: string;
  tracker: string;
  alertText: string;
  notes: string;
  alert: ClueAlert;
}

/** 重报期限: when a report sent back is due again (审核日期 + 重报时限, or typed on an empty limit). */
export type ResubmitFields = Dated;

export interface ReportRecord extends RecordBase, Dated {
  unit: string;
  round: string;
  /** The row's own 反馈日期 cell (null when empty). */
  feedbackCell: IsoDate | null | undefined;
  /** The feedback date the period counts from: the row's, else the unit's earliest in 问题清单. */
  feedbackDate: IsoDate | null;
  submittedOn: IsoDate | null | undefined;
  result: ReportResultCode | null;
  resultText: string;
  reviewedOn: IsoDate | null | undefined;
  rejectReason: string;
  rejections: number | null;
  timeLimit: string;
  resubmit: ResubmitFields;
  reviewer: string;
  alertText: string;
  notes: string;
  alert: ReportAlert;
}

/** A row of 抽查清单 (read/spotChecks.ts). */
export interface SpotCheckRecord {
  row: number;
  batch: string;
  problemId: string;
  unit: string;
  description: string;
  closedOn: IsoDate | null;
  reviewer: string;
  checkedOn: IsoDate | null;
  checker: string;
  conclusionText: string;
  conclusion: SpotConclusion | null;
  note: string;
  handled: string;
}

export interface SpotCheckList {
  mapping: SheetMapping;
  records: SpotCheckRecord[];
}

export interface ParsedWorkbook {
  /** Layout language (the problem sheet's, else the setting, else the option). */
  lang: Lang;
  /** The date alerts were computed for. */
  today: IsoDate;
  settings: Settings;
  settingsInfo: SettingsInfo;
  lists: ListsInfo;
  calendar: WorkCalendar;
  mappings: Partial<Record<AnyListId, SheetMapping>>;
  /** Ledger list sheets not found in the workbook (the cycle's two are optional). */
  missing: ListSheetId[];
  problems: ProblemRecord[];
  responsibilities: ResponsibilityRecord[];
  tasks: TaskRecord[];
  /** 移交清单: transferred clues (empty when the workbook has no such sheet). */
  clues: ClueRecord[];
  /** 整改报告: the units' rectification reports (empty when the workbook has no such sheet). */
  reports: ReportRecord[];
  /** 延期申请: extension requests (empty when the workbook has no such sheet). */
  extensions: ExtensionRecord[];
  /** 抽查清单, when the workbook has it (a spot-check draw creates it). */
  spotChecks: SpotCheckList | null;
  /** Cell-level problems found while reading (bad dates, values outside lists, unreadable time limits…). */
  issues: CellIssue[];
  /** The units of the latest distribution (下发) and whether each returned its package (read/distribution.ts). */
  packageReturns?: ReturnStatus[];
}
