/**
 * 申请延期 as a command for the runner: one request recorded in 延期申请
 * (requests.ts), refused with a located message when its problem is unknown
 * or when it asks for no later date than the deadline already in force.
 */
import { EngineError } from '../core/errors';
import type { IsoDate } from '../rules/dates';
import { workingDeadline } from '../read/readExtensions';
import { PROBLEMS } from '../schema/problems';
import { readLedger } from '../run/commands';
import type { Command } from '../run/runner';
import { LEDGER, readScope } from '../run/scope';
import { problemsById } from '../read/indexes';
import { type ExtensionRequest, planExtensionRequests } from './requests';

/** What recording or deciding a request did: the problem's working deadline before and after. */
export interface ExtensionResult {
  problemId: string;
  /** False when the same request was already in the register (nothing written). */
  changed: boolean;
  /** The row of 延期申请 the request is on (0 when unknown). */
  row: number;
  sheet: string;
  original: IsoDate | null | undefined;
  before: IsoDate | null | undefined;
  after: IsoDate | null | undefined;
}

/** Reads the list and helper sheets whole, `_log`'s tail to append to. */
export const EXTENSION_SCOPE = readScope({ ...LEDGER, log: 'tail' });

export const extensionRequestCommand = (request: ExtensionRequest): Command<ExtensionResult> => ({
  action: 'log.action.extensionRequest',
  scope: EXTENSION_SCOPE,
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    if (!data.mappings.problems) throw new EngineError('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
    const problem = problemsById(data.problems).get(request.problemId.trim());
    if (!problem) throw new EngineError('extensions.unknownProblem', { id: request.problemId });
    const before = workingDeadline(problem);
    if (request.until < request.askedOn)
      throw new EngineError('extensions.untilBeforeAsked', { until: request.until, asked: request.askedOn });
    if (before && request.until <= before)
      throw new EngineError('extensions.untilNotLater', { id: problem.id, until: request.until, deadline: before });
    // The unit asking: as given, else the problem's first responsible unit, else the inspected unit.
    const unit =
      request.unit.trim() ||
      data.responsibilities.find((r) => r.problemId === problem.id && r.unit)?.unit ||
      problem.inspectedUnit;
    const planned = planExtensionRequests(snapshot, data, [{ ...request, unit }]);
    const same = (e: (typeof data.extensions)[number]) =>
      e.problemId === problem.id && e.unit === unit && e.askedOn === request.askedOn && e.until === request.until;
    const existingRow = data.extensions.find(same)?.row ?? 0;
    const start = data.extensions.length ? Math.max(...data.extensions.map((e) => e.row)) + 1 : 2;
    const result: ExtensionResult = {
      problemId: problem.id,
      changed: planned.added.length > 0,
      row: planned.added.length ? start : existingRow,
      sheet: data.mappings.extensions?.sheet ?? planned.plan.sheets.find((s) => s.create)?.name ?? '',
      original: before,
      before,
      after: before,
    };
    return { plan: planned.added.length ? planned.plan : null, result };
  },
});
