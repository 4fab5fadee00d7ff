/**
 * Applying the conclusions the office typed in 抽查清单 (结论, 说明) to the
 * ledger. A row whose 处理 is empty and whose 结论 is
 *   属实    leaves the problem closed: 处理 = 维持销号（date）;
 *   不属实  reopens it, 反弹 too: 退回重改 with 退回次数 + 1 and 退回原因 =
 *           抽查不属实：说明 / 抽查反弹：说明 (the close-out send-back,
 *           ledger/closeout.ts planSendBack); 处理 = 已退回重改（date）.
 * A filled 处理 is never applied again, so applying twice changes nothing.
 * A 结论 outside the three words, a finding without 说明 or a 问题编号 not
 * in 问题清单 is an error at its cell, and nothing at all is written; a
 * problem no longer 已销号 (reopened meanwhile) is left as it is and said.
 */
import { cellAddress } from '../core/a1';
import { EngineError } from '../core/errors';
import { SPOT_CHECKS } from '../schema/spotChecks';
import { type Plan, concatPlans, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { t } from '../../i18n';
import { planSendBack } from '../ledger/closeout';
import type { LedgerData, LedgerProblem } from '../ledger/types';
import type { SpotCheckRecord } from '../read/records';
import { PROBLEM_STATUS } from '../schema/values';

export interface AppliedRow {
  row: number;
  id: string;
  unit: string;
  conclusion: string;
  /** The reason written (reopened), or the handling text. */
  text: string;
}

export interface SpotApplyResult {
  reopened: AppliedRow[];
  confirmed: AppliedRow[];
  /** Rows left as they are, each with the sentence why. */
  skipped: string[];
  /** Located errors: nothing is written when there is any. */
  errors: string[];
}

interface Ctx {
  data: LedgerData;
  snapshot: WorkbookSnapshot;
  today: string;
  byId: Map<string, LedgerProblem[]>;
  sentBack: Set<string>;
}

function where(data: LedgerData, r: SpotCheckRecord, key: string) {
  const m = data.spotChecks!.mapping;
  const col = m.columns[key];
  return { sheet: m.sheet, cell: col === undefined ? `${r.row}` : cellAddress(r.row, col), row: r.row };
}

/** The error of a row, or null when it can be applied. */
function rowError(ctx: Ctx, r: SpotCheckRecord): string | null {
  const lang = ctx.data.lang;
  if (!r.conclusion)
    return t(lang, 'spotcheck.apply.badConclusion', { ...where(ctx.data, r, 'conclusion'), value: r.conclusionText });
  if (r.conclusion !== 'confirmed' && !r.note)
    return t(lang, 'spotcheck.apply.noteRequired', { ...where(ctx.data, r, 'note'), id: r.problemId });
  const found = ctx.byId.get(r.problemId) ?? [];
  if (found.length !== 1)
    return t(lang, found.length ? 'spotcheck.apply.duplicate' : 'spotcheck.apply.unknownId', {
      ...where(ctx.data, r, 'problemId'),
      id: r.problemId,
    });
  return null;
}

export function planSpotApply(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  today: string,
): {
  plan: Plan | null;
  result: SpotApplyResult;
} {
  const lang = data.lang;
  const result: SpotApplyResult = { reopened: [], confirmed: [], skipped: [], errors: [] };
  const list = data.spotChecks;
  if (!list) throw new EngineError('spotcheck.noSheet', { sheet: SPOT_CHECKS.name[lang] });
  const byId = new Map<string, LedgerProblem[]>();
  for (const p of data.problems) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const ctx: Ctx = { data, snapshot, today, byId, sentBack: new Set() };
  const todo = list.records.filter((r) => r.conclusionText && !r.handled);
  for (const r of todo) {
    const e = rowError(ctx, r);
    if (e) result.errors.push(e);
  }
  if (result.errors.length) return { plan: null, result };
  const plans: Plan[] = [];
  const handled = emptyPlan();
  handled.expect = [];
  const sheet = findSheet(snapshot, list.mapping.sheet);
  const handledCol = list.mapping.columns.handled;
  const mark = (r: SpotCheckRecord, text: string) => {
    if (handledCol === undefined) return;
    const address = cellAddress(r.row, handledCol);
    handled.expect!.push({
      sheet: list.mapping.sheet,
      address,
      value: sheet?.values[r.row - 1]?.[handledCol - 1] ?? null,
    });
    handled.writes.push({ sheet: list.mapping.sheet, row: r.row, column: handledCol, values: [[text]] });
  };
  for (const r of todo) {
    const p = byId.get(r.problemId)![0];
    const row = { row: r.row, id: p.id, unit: p.inspectedUnit, conclusion: r.conclusionText };
    if (r.conclusion === 'confirmed') {
      const text = t(lang, 'spotcheck.handled.kept', { date: today });
      mark(r, text);
      result.confirmed.push({ ...row, text });
      continue;
    }
    const done = t(lang, 'spotcheck.handled.sentBack', { date: today });
    if (ctx.sentBack.has(p.id)) {
      mark(r, done);
      result.reopened.push({ ...row, text: done });
      continue;
    }
    if (p.status !== 'closed') {
      const status = p.status ? PROBLEM_STATUS[p.status][lang] : p.statusText;
      result.skipped.push(t(lang, 'spotcheck.apply.notClosed', { ...where(data, r, 'conclusion'), id: p.id, status }));
      continue;
    }
    const reason = t(lang, r.conclusion === 'untrue' ? 'spotcheck.reason.untrue' : 'spotcheck.reason.relapsed', {
      note: r.note,
    });
    const sent = planSendBack(data, snapshot, p, { reason });
    if (!sent.ok) {
      result.errors.push(t(lang, sent.code, sent.params));
      continue;
    }
    ctx.sentBack.add(p.id);
    plans.push(sent.value.plan);
    mark(r, done);
    result.reopened.push({ ...row, text: reason });
  }
  if (result.errors.length) return { plan: null, result };
  const plan = concatPlans(...plans, handled);
  return { plan, result };
}
