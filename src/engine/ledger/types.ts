/**
 * The ledger module (generated sheets, statistics, supervision, letters,
 * close-out) works on what the reader gives: `readWorkbook(snapshot,
 * { today })` → ParsedWorkbook. There is one reader, so `_settings` (due-soon
 * threshold, 立行立改 default, roll-over, password) and `_calendar` overrides
 * apply to the ledger exactly as they apply to check and refresh.
 */
import type { ParsedWorkbook, ProblemRecord, ResponsibilityRecord, TaskRecord } from '../read/records';

export type { ProblemStatusCode as ProblemStatus, TaskStatusCode as TaskStatus } from '../read/records';
export { isOpenProblem, isOpenTask } from './figures';

/** What every ledger function reads: the reader's parsed workbook. */
export type LedgerData = ParsedWorkbook;
export type LedgerProblem = ProblemRecord;
export type LedgerResponsibility = ResponsibilityRecord;
export type LedgerTask = TaskRecord;

/** An empty 退回次数 / 督办次数 cell counts as none. */
export const countOf = (n: number | null): number => n ?? 0;
