/**
 * The office decides a request (docs/EXTENSIONS.md): the latest undecided row
 * of the problem in 延期申请 gets 批准 / 不批准, the date granted, the day and
 * who decided; an approval moves the problem's working deadline, so 延期至,
 * 预警 and the generated sheets are refreshed in the same plan. Every cell is
 * logged (`_log`: the approval with the date granted; 整改期限 is untouched).
 */
import { type CellValue } from '../core/cells';
import { EngineError } from '../core/errors';
import { concatPlans, snapshotAfter } from '../core/plan';
import { planLedgerRefresh } from '../ledger/refresh';
import type { IsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { planRowCells } from '../ledger/rowWrite';
import { EXTENSIONS, EXTENSION_DECISION } from '../schema/extensions';
import { PROBLEMS } from '../schema/problems';
import { readLedger } from '../run/commands';
import type { Command } from '../run/runner';
import { EXTENSION_SCOPE, type ExtensionResult } from './command';
import { problemsById } from '../read/indexes';
import { readableDates } from './requests';

export interface ExtensionDecision {
  problemId: string;
  decision: 'approved' | 'refused';
  /** 批准期限; default the date asked for (approvals only). */
  until?: IsoDate;
  /** 审批人. */
  by?: string;
  /** 审批日期; default the run's date. */
  on?: IsoDate;
}

export const extensionDecisionCommand = (d: ExtensionDecision): Command<ExtensionResult> => ({
  action: 'log.action.extensionDecision',
  scope: EXTENSION_SCOPE,
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    if (!data.mappings.problems) throw new EngineError('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
    const problem = problemsById(data.problems).get(d.problemId.trim());
    if (!problem) throw new EngineError('extensions.unknownProblem', { id: d.problemId });
    const mapping = data.mappings.extensions;
    if (!mapping) throw new EngineError('extensions.noSheet', {});
    const pending = data.extensions.filter((e) => e.problemId === problem.id && !e.decisionText);
    const row = pending[pending.length - 1];
    if (!row) throw new EngineError('extensions.noPending', { id: problem.id, sheet: mapping.sheet });
    const lang = mapping.lang;
    const set: Record<string, CellValue> = {
      decision: EXTENSION_DECISION[d.decision][lang],
      decidedOn: toExcelSerial(d.on ?? env.today),
    };
    if (d.by?.trim()) set.approver = d.by.trim();
    if (d.decision === 'approved') {
      const until = d.until ?? row.until;
      if (!until) throw new EngineError('extensions.noDate', { row: row.row });
      const original = row.original ?? problem.extension?.original;
      if (original && until <= original) throw new EngineError('extensions.approvedNotLater', { until, original });
      set.approvedUntil = toExcelSerial(until);
    }
    const write = planRowCells(snapshot, mapping, EXTENSIONS.id, row.row, set);
    if (!write.ok) throw new EngineError(write.code, write.params);
    write.value.log = readableDates(write.value.log, mapping);
    const afterSnapshot = snapshotAfter(snapshot, write.value);
    const after = readLedger(afterSnapshot, env);
    const refreshed = planLedgerRefresh(afterSnapshot, after, { now: env.now }).plan;
    const now = problemsById(after.problems).get(problem.id)!;
    return {
      plan: concatPlans(write.value, refreshed),
      result: {
        problemId: problem.id,
        changed: true,
        row: row.row,
        sheet: mapping.sheet,
        original: now.extension?.original ?? problem.overallDeadline,
        before: problem.overallDeadline,
        after: now.overallDeadline,
      },
    };
  },
});
