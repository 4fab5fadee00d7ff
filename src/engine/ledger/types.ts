/**
 * The narrow view of a parsed ledger that the generated sheets, letters and
 * close-out actions need. It is deliberately small: the workbook reader
 * (readWorkbook, issue 4) produces richer records, and `fromParsedWorkbook`
 * maps them onto this shape, so this module never parses cells itself.
 */
import type { IsoDate } from '../dates';
import type { Lang } from '../messages';
import type { Alert } from '../status';
import type { Settings } from '../settings';

import type { PROBLEM_STATUS, TASK_STATUS } from '../layout';

export type ProblemStatus = keyof typeof PROBLEM_STATUS;
export type TaskStatus = keyof typeof TASK_STATUS;

export interface LedgerProblem {
  /** 1-based sheet row. */
  row: number;
  id: string;
  round: string;
  inspectedUnit: string;
  category: string;
  description: string;
  severity: string;
  kind: string;
  feedbackDate: IsoDate | null;
  /** null = 长期坚持 (no deadline); undefined = unknown (invalid or missing input). */
  deadline: IsoDate | null | undefined;
  status: ProblemStatus | null;
  completedOn: IsoDate | null;
  closedOn: IsoDate | null;
  reviewer: string;
  rejections: number;
  reminders: number;
  alert: Alert;
}

export interface LedgerResponsibility {
  row: number;
  problemId: string;
  leader: string;
  unit: string;
  person: string;
  supportUnits: string;
  phone: string;
}

export interface LedgerTask {
  row: number;
  id: string;
  problemId: string;
  measure: string;
  unit: string;
  person: string;
  deadline: IsoDate | null | undefined;
  status: TaskStatus | null;
  doneOn: IsoDate | null;
  alert: Alert;
}

/** Where a list sheet sits in the workbook: its name and the 1-based column of each column key found. */
export interface SheetLocation {
  name: string;
  headerRow: number;
  columns: Record<string, number>;
}

export interface LedgerData {
  lang: Lang;
  settings: Settings;
  /** The as-of date of every alert in the records. */
  today: IsoDate;
  problems: LedgerProblem[];
  responsibilities: LedgerResponsibility[];
  tasks: LedgerTask[];
  sheets: {
    problems: SheetLocation | null;
    responsibilities: SheetLocation | null;
    tasks: SheetLocation | null;
  };
}

/** Open = not closed out (problems) / not done (tasks), PRODUCT §4. */
export const isOpenProblem = (p: LedgerProblem): boolean => p.status !== 'closed';
export const isOpenTask = (t: LedgerTask): boolean => t.status !== 'done';
