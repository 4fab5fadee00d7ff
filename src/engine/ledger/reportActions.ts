/**
 * 整改报告 — the three actions on a unit's report (docs/STATUS.md), as plans
 * on its 整改报告 row:
 *   submit  报送日期 (default today); a report sent back comes in again: its
 *           审核结果 is cleared (打回次数 and 打回原因 stay) and it is in review
 *   pass    审核结果 通过, 审核日期, 审核人; only a report in review
 *   reject  打回重写: 审核日期, 打回原因 (required), 重报时限 (required, a time
 *           limit: the report is due again at 审核日期 + that limit, written
 *           as 重报期限), 打回次数 + 1; only a report in review
 * The row's 预警 follows in the same plan. Every change is logged.
 */
import { t } from '../../i18n';
import type { CellValue } from '../core/cells';
import { type Result, fail, ok } from '../core/errors';
import type { Plan } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { ReportRecord } from '../read/records';
import { reportAlertText } from '../rules/cycleAlertText';
import { type ReportDates, computeReportAlert, reportInReview } from '../rules/cycleStatus';
import type { IsoDate } from '../rules/dates';
import { deadlineFromText } from '../rules/deadline';
import { toExcelSerial } from '../rules/excelSerial';
import { REPORTS } from '../schema/reports';
import { REPORT_RESULT } from '../schema/values';
import { planRowCells } from './rowWrite';
import type { LedgerData } from './types';

export type ReportAction = 'submit' | 'pass' | 'reject';

export interface ReportRequest {
  unit: string;
  /** When the unit has several rows (rounds): which round. */
  round?: string;
  /** 报送日期 / 审核日期; default: the as-of date. */
  date?: IsoDate;
  reviewer?: string;
  /** reject: why (required). */
  reason?: string;
  /** reject: the time to rewrite, e.g. 10个工作日 (required). */
  limit?: string;
}

export interface ReportActionResult {
  plan: Plan;
  report: ReportRecord;
  message: string;
}

function findReport(data: LedgerData, unit: string, round?: string): Result<ReportRecord> {
  const sheet = data.mappings.reports?.sheet ?? REPORTS.name[data.lang];
  if (!data.mappings.reports) return fail('closeout.noSheet', { sheet });
  const want = unit.trim();
  if (!want) return fail('report.unitRequired');
  const found = data.reports.filter((r) => r.unit === want && (round === undefined || r.round === round.trim()));
  if (found.length === 0) return fail('report.notFound', { unit: want, sheet });
  if (found.length > 1)
    return fail('report.ambiguous', { unit: want, sheet, rows: found.map((r) => r.row).join(', ') });
  return ok(found[0]);
}

function datesOf(r: ReportRecord): ReportDates {
  const { submittedOn, result, reviewedOn, deadline } = r;
  return { submittedOn, result, reviewedOn, rejections: r.rejections ?? 0, deadline, resubmitBy: r.resubmit.deadline };
}

/** What each action writes, or why it cannot; `next` is the report as it will be, for its alert. */
function cellsFor(
  action: ReportAction,
  data: LedgerData,
  r: ReportRecord,
  req: ReportRequest,
  date: IsoDate,
): Result<{ set: Record<string, CellValue>; next: ReportDates }> {
  const lang = data.lang;
  const now = datesOf(r);
  const base = { unit: r.unit, date };
  if (r.result === 'passed') return fail('report.alreadyPassed', { ...base, reviewedOn: r.reviewedOn ?? '' });
  if (action === 'submit') {
    if (reportInReview(now)) return fail('report.alreadySubmitted', { ...base, submittedOn: r.submittedOn ?? '' });
    if (r.feedbackDate && date < r.feedbackDate) return fail('report.dateBefore', { ...base, before: r.feedbackDate });
    const set: Record<string, CellValue> = { submittedOn: toExcelSerial(date) };
    if (r.resultText) set.result = null;
    return ok({ set, next: { ...now, submittedOn: date, result: null } });
  }
  if (!reportInReview(now)) return fail('report.notInReview', base);
  if (r.submittedOn && date < r.submittedOn) return fail('report.dateBefore', { ...base, before: r.submittedOn });
  const reviewer = req.reviewer?.trim();
  if (action === 'pass') {
    const set = {
      result: REPORT_RESULT.passed[lang],
      reviewedOn: toExcelSerial(date),
      ...(reviewer ? { reviewer } : {}),
    };
    return ok({ set, next: { ...now, result: 'passed', reviewedOn: date } });
  }
  const reason = req.reason?.trim() ?? '';
  const limit = req.limit?.trim() ?? '';
  if (!reason) return fail('report.reasonRequired', base);
  if (!limit) return fail('report.limitRequired', base);
  const due = deadlineFromText(date, limit, data.calendar, data.settings);
  if (!due.ok) return due;
  if (!due.value.deadline) return fail('report.limitOngoing', { ...base, limit });
  const rejections = (r.rejections ?? 0) + 1;
  const set: Record<string, CellValue> = {
    result: REPORT_RESULT.rejected[lang],
    reviewedOn: toExcelSerial(date),
    rejectReason: reason,
    rejections,
    timeLimit: limit,
    resubmitBy: toExcelSerial(due.value.deadline),
    ...(reviewer ? { reviewer } : {}),
  };
  return ok({
    set,
    next: { ...now, result: 'rejected', reviewedOn: date, rejections, resubmitBy: due.value.deadline },
  });
}

export function planReportAction(
  action: ReportAction,
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  req: ReportRequest,
): Result<ReportActionResult> {
  const found = findReport(data, req.unit, req.round);
  if (!found.ok) return found;
  const r = found.value;
  const date = req.date ?? data.today;
  if (date > data.today) return fail('report.dateFuture', { unit: r.unit, date, today: data.today });
  const cells = cellsFor(action, data, r, req, date);
  if (!cells.ok) return cells;
  const { set, next } = cells.value;
  const mapping = data.mappings.reports!;
  const alert = computeReportAlert(next, data.today, data.settings.dueSoonDays);
  if (mapping.columns.alert !== undefined) set.alert = reportAlertText(alert, data.lang);
  const plan = planRowCells(snapshot, mapping, 'reports', r.row, set);
  if (!plan.ok) return plan;
  const params = {
    unit: r.unit,
    date,
    n: Number(set.rejections ?? r.rejections ?? 0),
    due: next.resubmitBy ?? '',
    reason: req.reason?.trim() ?? '',
  };
  return ok({ plan: plan.value, report: r, message: t(data.lang, `report.did.${action}`, params) });
}
