/**
 * 对单销号 — the close-out workflow (docs/STATUS.md) as plans on the 问题清单 row:
 *   submit  → 待审核 (the unit reports the work done; completion date filled if empty)
 *   close   → 已销号 (reviewer and closing date required; refused while any
 *             measure of the problem is unfinished, naming them)
 *   reject  → 退回重改 (reason required; 退回次数 + 1; only from 待审核)
 * and recording sent reminder letters (督办次数 + 1). Each plan writes only
 * the cells that change, guards them against a concurrent edit (plan.expect)
 * and records every change for `_log` (the command runner stamps them).
 */
import { IsoDate, compareIso } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { Result, fail, ok } from '../core/errors';
import { GENERATED_SHEET_NAMES } from '../schema/sheets';
import { PROBLEMS } from '../schema/problems';
import { PROBLEM_STATUS } from '../schema/values';
import { columnOf } from '../schema/listSheets';
import { matchColumn } from '../schema/headers';
import { Lang, MessageParams, t } from '../../i18n/index';
import { CellValue } from '../core/cells';
import { Plan, emptyPlan } from '../core/plan';
import { WorkbookSnapshot, findSheet, hiddenMergedCells } from '../core/snapshot';
import { cellAddress } from '../core/a1';
import { logText } from '../audit/chain';
import { logChanges } from '../audit/changes';
import { isGeneratedSheet } from './sheets';
import { LedgerData, LedgerProblem, LedgerTask, ProblemStatus, countOf, isOpenTask } from './types';

export type CloseOutAction = 'submit' | 'close' | 'reject';

export interface CloseOutRequest {
  id: string;
  /** submit: completion date (default today, only when empty); close: closing date (required). */
  date?: IsoDate;
  reviewer?: string;
  reason?: string;
}

export interface CloseOutResult {
  plan: Plan;
  problem: LedgerProblem;
  /** What was done, in the data's language. */
  message: string;
  /** Things worth knowing that did not stop the action (e.g. unfinished measures on submit). */
  warnings: string[];
}

function findProblem(data: LedgerData, id: string): Result<LedgerProblem> {
  const sheet = data.mappings.problems?.sheet ?? PROBLEMS.name[data.lang];
  if (!data.mappings.problems) return fail('closeout.noSheet', { sheet });
  const want = id.trim();
  if (!want) return fail('closeout.idRequired');
  const found = data.problems.filter((p) => p.id === want);
  if (found.length === 0) return fail('closeout.notFound', { id: want, sheet });
  if (found.length > 1)
    return fail('closeout.duplicate', { id: want, sheet, rows: found.map((p) => p.row).join(', ') });
  return ok(found[0]);
}

const statusText = (code: ProblemStatus | null, lang: Lang) =>
  code ? PROBLEM_STATUS[code][lang] : t(lang, 'ledger.blank');

export function describeOpenTasks(tasks: LedgerTask[], lang: Lang): string {
  const shown = tasks.slice(0, 10).map((x) => {
    const status = x.status ? t(lang, `taskStatus.${x.status}`) : t(lang, 'ledger.blank');
    const measure = x.measure.length > 24 ? x.measure.slice(0, 24) + '…' : x.measure;
    return lang === 'zh' ? `${x.id}（${measure}，${status}）` : `${x.id} (${measure}, ${status})`;
  });
  const more = tasks.length > 10 ? t(lang, 'closeout.andMore', { n: tasks.length - 10 }) : '';
  return shown.join(lang === 'zh' ? '、' : '; ') + more;
}

/** The suffix import gives a column keeping a value as typed (import/rows.ts originalColumnName). */
const ORIGINAL_SUFFIXES = ['（原值）', '(原值)', ' (as typed)', '(as typed)'];

/**
 * The column import made beside 整改状态 to keep what the legacy file said (是否整改完成（原值）): its header is
 * a status header (or alias) with the suffix. Found by header, so a renamed or moved column is found too.
 */
function originalStatusColumn(data: LedgerData): { column: number; header: string } | undefined {
  return data.mappings.problems?.extra.find((x) => {
    const h = x.header.trim();
    const suffix = ORIGINAL_SUFFIXES.find((sfx) => h.endsWith(sfx));
    return !!suffix && matchColumn(PROBLEMS, h.slice(0, -suffix.length))?.key === 'status';
  });
}

/** A cell outside our columns the plan also sets (the original-value column). */
interface ExtraCell {
  column: number;
  value: CellValue;
}

/** A plan that sets cells of one problem row; only changed cells are written, each guarded and logged. */
function rowPlan(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  problem: LedgerProblem,
  set: Record<string, CellValue>,
  extra: ExtraCell[] = [],
): Result<Plan> {
  const loc = data.mappings.problems!;
  const sheet = findSheet(snapshot, loc.sheet);
  const plan = emptyPlan();
  plan.expect = [];
  const cells: { key: string; column: number; value: CellValue }[] = [];
  for (const [key, value] of Object.entries(set)) {
    const column = loc.columns[key];
    if (!column) {
      return fail('closeout.missingColumn', { sheet: loc.sheet, column: columnOf(PROBLEMS, key).header[data.lang] });
    }
    cells.push({ key, column, value });
  }
  for (const { key, column, value } of [...cells, ...extra.map((x) => ({ ...x, key: '' }))]) {
    const address = cellAddress(problem.row, column);
    if (sheet && hiddenMergedCells(sheet).has(address))
      return fail('closeout.mergedCell', { sheet: loc.sheet, cell: address });
    const old = sheet?.values[problem.row - 1]?.[column - 1] ?? null;
    plan.expect.push({ sheet: loc.sheet, address, value: old });
    if (logText(old) === logText(value)) continue;
    plan.writes.push({
      sheet: loc.sheet,
      row: problem.row,
      column,
      values: [[value]],
      ...(typeof value === 'number' && ['completedOn', 'closedOn'].includes(key)
        ? { numberFormats: ['yyyy-mm-dd'] }
        : {}),
    });
  }
  plan.log = logChanges(plan, snapshot, [loc.sheet]);
  return ok(plan);
}

/**
 * A status our command changes makes the value import kept as typed beside it (是否整改完成（原值）: 否) a
 * contradiction of the status: it is cleared with the change, the old value logged in `_log`, and the message
 * says so. A status typed by hand leaves it as it is (refresh never changes a status).
 */
function withOriginalCleared(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  p: LedgerProblem,
  set: Record<string, CellValue>,
  message: string,
): { plan: Result<Plan>; message: string } {
  const original = originalStatusColumn(data);
  const sheet = findSheet(snapshot, data.mappings.problems!.sheet);
  const old = original ? (sheet?.values[p.row - 1]?.[original.column - 1] ?? null) : null;
  if (!original || logText(old) === '' || logText(set.status) === p.statusText)
    return { plan: rowPlan(data, snapshot, p, set), message };
  const note = t(data.lang, 'closeout.originalCleared', { column: original.header, value: logText(old) });
  return {
    plan: rowPlan(data, snapshot, p, set, [{ column: original.column, value: null }]),
    message: `${message}\n${note}`,
  };
}

function done(
  r: { plan: Result<Plan>; message: string },
  problem: LedgerProblem,
  warnings: string[] = [],
): Result<CloseOutResult> {
  return r.plan.ok ? ok({ plan: r.plan.value, problem, message: r.message, warnings }) : r.plan;
}

export function planCloseOut(
  action: CloseOutAction,
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  req: CloseOutRequest,
): Result<CloseOutResult> {
  const lang = data.lang;
  const found = findProblem(data, req.id);
  if (!found.ok) return found;
  const p = found.value;
  const openTasks = data.tasks.filter((x) => x.problemId === p.id && isOpenTask(x));
  const base: MessageParams = {
    id: p.id,
    row: p.row,
    sheet: data.mappings.problems!.sheet,
    status: statusText(p.status, lang),
  };
  const S = (code: ProblemStatus) => PROBLEM_STATUS[code][lang];

  if (p.status === 'closed') return fail('closeout.alreadyClosed', { ...base, closedOn: p.closedOn ?? '' });

  if (action === 'submit') {
    if (p.status === 'pendingReview') return fail('closeout.alreadyPending', base);
    const date = req.date ?? data.today;
    if (compareIso(date, data.today) > 0) return fail('closeout.dateFuture', { ...base, date, today: data.today });
    const set: Record<string, CellValue> = { status: S('pendingReview') };
    if (req.date || !p.completedOn) set.completedOn = toExcelSerial(date);
    const warnings = openTasks.length
      ? [
          t(lang, 'closeout.submitOpenTasks', {
            ...base,
            count: openTasks.length,
            tasks: describeOpenTasks(openTasks, lang),
          }),
        ]
      : [];
    return done(withOriginalCleared(data, snapshot, p, set, t(lang, 'closeout.submitted', base)), p, warnings);
  }

  if (action === 'close') {
    const reviewer = req.reviewer?.trim() ?? '';
    if (!reviewer) return fail('closeout.reviewerRequired', base);
    if (!req.date) return fail('closeout.dateRequired', base);
    if (compareIso(req.date, data.today) > 0)
      return fail('closeout.dateFuture', { ...base, date: req.date, today: data.today });
    if (p.feedbackDate && compareIso(req.date, p.feedbackDate) < 0) {
      return fail('closeout.dateBeforeFeedback', { ...base, date: req.date, feedback: p.feedbackDate });
    }
    if (openTasks.length) {
      return fail('closeout.openTasks', {
        ...base,
        count: openTasks.length,
        tasks: describeOpenTasks(openTasks, lang),
      });
    }
    const set: Record<string, CellValue> = { status: S('closed'), closedOn: toExcelSerial(req.date), reviewer };
    const message = t(lang, 'closeout.closed', { ...base, date: req.date, reviewer });
    return done(withOriginalCleared(data, snapshot, p, set, message), p);
  }

  // reject
  const reason = req.reason?.trim() ?? '';
  if (!reason) return fail('closeout.reasonRequired', base);
  if (p.status !== 'pendingReview') return fail('closeout.notPending', base);
  return planSendBack(data, snapshot, p, { reason, reviewer: req.reviewer });
}

/**
 * 退回重改 on one problem, whatever its status (reject checks it is 待审核 first; a spot check after close-out
 * reopens a 已销号 one): 整改状态 → 退回重改, 退回次数 + 1, 退回原因, 审核人 when given.
 */
export function planSendBack(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  p: LedgerProblem,
  req: { reason: string; reviewer?: string },
): Result<CloseOutResult> {
  const lang = data.lang;
  const base: MessageParams = { id: p.id, row: p.row, sheet: data.mappings.problems!.sheet };
  const set: Record<string, CellValue> = {
    status: PROBLEM_STATUS.rejected[lang],
    rejections: countOf(p.rejections) + 1,
    rejectReason: req.reason,
  };
  if (req.reviewer?.trim()) set.reviewer = req.reviewer.trim();
  const message = t(lang, 'closeout.rejected', { ...base, n: countOf(p.rejections) + 1, reason: req.reason });
  return done(withOriginalCleared(data, snapshot, p, set, message), p);
}

/** Records that reminder letters were sent: 督办次数 + 1 on each listed problem (once per problem). */
export function planRecordReminders(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  problemIds: readonly string[],
): Result<Plan> {
  const loc = data.mappings.problems;
  if (!loc) return fail('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
  const column = loc.columns.reminders;
  if (!column)
    return fail('closeout.missingColumn', {
      sheet: loc.sheet,
      column: columnOf(PROBLEMS, 'reminders').header[data.lang],
    });
  const plan = emptyPlan();
  plan.expect = [];
  // A unit's report in a letter has no problem ID: only problems are counted.
  const ids = new Set(problemIds.filter(Boolean));
  const sheet = findSheet(snapshot, loc.sheet);
  for (const p of data.problems) {
    if (!ids.has(p.id)) continue;
    ids.delete(p.id); // a duplicated ID is counted once, on its first row
    const address = cellAddress(p.row, column);
    if (sheet && hiddenMergedCells(sheet).has(address))
      return fail('closeout.mergedCell', { sheet: loc.sheet, cell: address });
    plan.expect.push({ sheet: loc.sheet, address, value: sheet?.values[p.row - 1]?.[column - 1] ?? null });
    plan.writes.push({ sheet: loc.sheet, row: p.row, column, values: [[countOf(p.reminders) + 1]] });
  }
  plan.log = logChanges(plan, snapshot, [loc.sheet]);
  return ok(plan);
}

/**
 * The problem a selected row stands for, so the pane can act "on the selected row": a row of 问题清单 is its
 * problem; a row of 责任清单 or 任务清单 belongs to the problem it names; a row of the generated 整改台账 carries
 * the problem ID in its second column. Anything else (a header, an empty row, another sheet) is no problem: null.
 */
export function problemIdAtRow(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  sheet: string,
  row: number,
): string | null {
  const m = data.mappings;
  if (m.problems?.sheet === sheet) return data.problems.find((p) => p.row === row)?.id || null;
  if (m.tasks?.sheet === sheet) return data.tasks.find((x) => x.row === row)?.problemId || null;
  if (m.responsibilities?.sheet === sheet) return data.responsibilities.find((r) => r.row === row)?.problemId || null;
  if (sheet === GENERATED_SHEET_NAMES.ledger[data.lang]) {
    const values = findSheet(snapshot, sheet)?.values;
    if (!values || !isGeneratedSheet(values)) return null;
    const id = logText(values[row - 1]?.[1]).trim();
    return data.problems.some((p) => p.id === id) ? id : null;
  }
  return null;
}
