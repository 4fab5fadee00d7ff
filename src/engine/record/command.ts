/**
 * 记录进展: progress, completion and evidence on one measure (任务清单 row), in one plan the runner logs
 * (docs/EVIDENCE.md). 进展情况 is replaced (the old text stays in `_log`); --done sets 完成状态 已完成 and
 * 实际完成日期; evidence entries are appended to 佐证材料 once each, and each file's fingerprint goes to
 * `_evidence`. The problem follows its measures by the one rule (rules/status.ts problemFollowsMeasures over
 * problemAsSum): 未启动 becomes 整改中 once a measure has begun, and when every measure is done the problem
 * gets its 完成日期; handing in and closing stay the office's acts (submit / close).
 */
import { type Lang, type MessageParams, listSeparator, t } from '../../i18n';
import { type RecordCommandKey, tRecord } from '../../i18n/catalogues/recordCommand';
import type { CellValue } from '../core/cells';
import { EngineError, type Result } from '../core/errors';
import { type Plan, concatPlans } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { planEvidenceRows, type EvidenceRowInput } from '../evidence/rows';
import { EVIDENCE_SCOPE } from '../evidence/fingerprint';
import { planRowCells } from '../ledger/rowWrite';
import type { LedgerData, LedgerProblem, LedgerTask } from '../ledger/types';
import { type IsoDate, compareIso } from '../rules/dates';
import { newEvidence, splitEvidence } from '../rules/evidence';
import { toExcelSerial } from '../rules/excelSerial';
import { type MeasureProgress, problemFollowsMeasures } from '../rules/status';
import { TASKS } from '../schema/tasks';
import { PROBLEM_STATUS, TASK_STATUS } from '../schema/values';
import { layoutLanguage } from '../read/locate';
import { readLedger } from '../run/commands';
import type { Command, CommandEnv } from '../run/runner';
import { closeMatches } from './match';

/** One evidence entry: a path relative to the ledger's folder (with its file's facts) or a link as typed. */
export interface RecordEvidence {
  item: string;
  /** Known for a file the surface read; absent for a link (never fetched). */
  size?: number;
  sha256?: string;
  modified?: string;
}

export interface RecordRequest {
  /** 任务编号. */
  measureId: string;
  /** 进展情况, replacing what the cell says. */
  progress?: string;
  /** 实际完成日期: the measure is done. */
  doneOn?: IsoDate;
  evidence?: RecordEvidence[];
  /** Who reported it (goes into `_log` and `_evidence`); the user running the command otherwise. */
  by?: string;
}

export interface RecordResult {
  taskId: string;
  problemId: string;
  /** What was done, one line per fact, in the user's language. */
  lines: string[];
  /** Worth checking, not stopping (a date before the feedback date). */
  notes: string[];
  evidenceAdded: string[];
  evidenceKnown: string[];
  fingerprints: number;
  /** The problem's status changed from → to (words as written in the workbook). */
  problemStatus?: { from: string; to: string };
  /** Every measure of the problem is done: its 完成日期. */
  problemCompletedOn?: IsoDate;
}

/** A refusal worded by the command, in the user's language. */
function refused(lang: Lang, key: RecordCommandKey, params: MessageParams = {}): EngineError {
  return new EngineError('record.refused', { reason: tRecord(lang, key, params) });
}

function orThrow<T>(r: Result<T>): T {
  if (!r.ok) throw new EngineError(r.code, r.params);
  return r.value;
}

/** The one measure of that ID; an unknown ID names close matches. */
function findTask(data: LedgerData, id: string, lang: Lang): LedgerTask {
  const sheet = data.mappings.tasks?.sheet ?? TASKS.name[data.lang];
  if (!data.mappings.tasks) throw refused(lang, 'record.noTasks', { sheet });
  const want = id.trim();
  if (!want) throw refused(lang, 'record.idRequired');
  const found = data.tasks.filter((x) => x.id === want);
  if (found.length > 1)
    throw refused(lang, 'record.duplicate', { id: want, sheet, rows: found.map((x) => x.row).join(', ') });
  if (found.length === 1) return found[0];
  const near = closeMatches(
    want,
    data.tasks.map((x) => x.id),
  );
  const hint = near.length
    ? tRecord(lang, 'record.near', { ids: near.join(listSeparator(lang)) })
    : tRecord(lang, 'record.noNear');
  throw refused(lang, 'record.notFound', { id: want, sheet, near: hint });
}

/** A measure as its problem sees it, with this request applied to the one being recorded. */
function progressOf(task: LedgerTask, status: LedgerTask['status'], doneOn: IsoDate | null): MeasureProgress {
  return {
    state: status === 'done' ? 'closed' : 'open',
    started: status === 'done' || status === 'inProgress' || !!task.progress.trim(),
    doneOn: status === 'done' ? doneOn : null,
  };
}

interface Planned {
  taskSet: Record<string, CellValue>;
  status: LedgerTask['status'];
  doneOn: IsoDate | null;
  added: string[];
  known: string[];
}

/** The measure's cells: progress replaced, done, evidence appended once each. */
function taskCells(data: LedgerData, task: LedgerTask, req: RecordRequest): Planned {
  const set: Record<string, CellValue> = {};
  let status = task.status;
  let doneOn = task.doneOn;
  if (req.progress !== undefined) set.progress = req.progress;
  if (req.doneOn) {
    status = 'done';
    doneOn = req.doneOn;
    set.status = TASK_STATUS.done[data.lang];
    set.doneOn = toExcelSerial(req.doneOn);
  } else if ((status === null || status === 'notStarted') && (req.progress?.trim() || req.evidence?.length)) {
    status = 'inProgress';
    set.status = TASK_STATUS.inProgress[data.lang];
  }
  const have = splitEvidence(task.evidence);
  const wanted = (req.evidence ?? []).map((e) => e.item.trim()).filter(Boolean);
  const added = newEvidence(have, wanted);
  const known = wanted.filter((w) => !added.includes(w));
  // Appended to the cell as typed: the entries already there keep their text and separators.
  if (added.length) set.evidence = [task.evidence.trim(), ...added].filter(Boolean).join('；');
  return { taskSet: set, status, doneOn, added, known };
}

/** The problem's cells following its measures, and what changed. */
function problemCells(
  data: LedgerData,
  problem: LedgerProblem,
  task: LedgerTask,
  p: Planned,
): { set: Record<string, CellValue>; status?: { from: string; to: string }; completedOn?: IsoDate } {
  const measures = data.tasks
    .filter((x) => x.problemId === problem.id)
    .map((x) => (x === task ? progressOf(x, p.status, p.doneOn) : progressOf(x, x.status, x.doneOn)));
  const follows = problemFollowsMeasures({ status: problem.status, completedOn: problem.completedOn }, measures);
  const set: Record<string, CellValue> = {};
  const out: ReturnType<typeof problemCells> = { set };
  if (follows.status) {
    set.status = PROBLEM_STATUS[follows.status][data.lang];
    out.status = { from: problem.statusText || t(data.lang, 'ledger.blank'), to: String(set.status) };
  }
  if (follows.completedOn) {
    set.completedOn = toExcelSerial(follows.completedOn);
    out.completedOn = follows.completedOn;
  }
  return out;
}

function planRecord(
  snapshot: WorkbookSnapshot,
  env: CommandEnv,
  req: RecordRequest,
): { plan: Plan; result: RecordResult } {
  const data = readLedger(snapshot, env);
  const lang = env.lang;
  const task = findTask(data, req.measureId, lang);
  const L = lang;
  const problem = data.problems.find((x) => x.id === task.problemId);
  const base = { id: task.id, problem: task.problemId, sheet: data.mappings.tasks!.sheet, row: task.row };
  if (req.progress === undefined && !req.doneOn && !req.evidence?.length) throw refused(lang, 'record.nothing');
  if (problem?.status === 'closed')
    throw refused(lang, 'record.closedProblem', { ...base, closedOn: problem.closedOn ?? '' });
  if (req.doneOn && compareIso(req.doneOn, env.today) > 0)
    throw refused(lang, 'record.doneFuture', { ...base, date: req.doneOn, today: env.today });
  const notes: string[] = [];
  if (req.doneOn && problem?.feedbackDate && compareIso(req.doneOn, problem.feedbackDate) < 0)
    notes.push(tRecord(L, 'record.doneBeforeFeedback', { ...base, date: req.doneOn, feedback: problem.feedbackDate }));

  const p = taskCells(data, task, req);
  const plans = [orThrow(planRowCells(snapshot, data.mappings.tasks!, 'tasks', task.row, p.taskSet))];
  const follow = problem && data.mappings.problems ? problemCells(data, problem, task, p) : undefined;
  if (follow && problem && Object.keys(follow.set).length)
    plans.push(orThrow(planRowCells(snapshot, data.mappings.problems!, 'problems', problem.row, follow.set)));
  const files: EvidenceRowInput[] = (req.evidence ?? [])
    .filter((e) => e.sha256 && e.size !== undefined)
    .map((e) => ({
      taskId: task.id,
      file: { item: e.item.trim(), size: e.size!, sha256: e.sha256!, modified: e.modified },
    }));
  const by = req.by?.trim() ?? '';
  const rows = planEvidenceRows(snapshot, files, { recordedOn: env.today, by: by || env.user, lang: data.lang });
  plans.push(rows.plan);

  const what: string[] = [];
  if ('progress' in p.taskSet) what.push(tRecord(L, 'record.what.progress'));
  if (req.doneOn) what.push(tRecord(L, 'record.what.done', { date: req.doneOn }));
  else if (p.taskSet.status) what.push(tRecord(L, 'record.what.started', { status: String(p.taskSet.status) }));
  if (p.added.length) what.push(tRecord(L, 'record.what.evidence', { n: p.added.length }));
  if (p.known.length) what.push(tRecord(L, 'record.what.evidenceKnown', { n: p.known.length }));
  if (rows.added) what.push(tRecord(L, 'record.what.fingerprints', { n: rows.added }));
  const plan = concatPlans(...plans);
  if (!plan.writes.length) what.push(tRecord(L, 'record.what.nothing'));
  const lines = [tRecord(L, 'record.done', { ...base, what: what.join(L === 'zh' ? '，' : ', ') })];
  if (follow?.status) lines.push(tRecord(L, 'record.problemStarted', { problem: task.problemId, ...follow.status }));
  if (follow?.completedOn) {
    const n = data.tasks.filter((x) => x.problemId === task.problemId).length;
    lines.push(tRecord(L, 'record.problemAllDone', { problem: task.problemId, n, date: follow.completedOn }));
  }
  const result: RecordResult = {
    taskId: task.id,
    problemId: task.problemId,
    lines,
    notes,
    evidenceAdded: p.added,
    evidenceKnown: p.known,
    fingerprints: rows.added,
    ...(follow?.status ? { problemStatus: follow.status } : {}),
    ...(follow?.completedOn ? { problemCompletedOn: follow.completedOn } : {}),
  };
  return { plan, result };
}

export const recordCommand = (req: RecordRequest): Command<RecordResult> => ({
  action: 'log.action.record',
  scope: EVIDENCE_SCOPE,
  plan: (snapshot, env) => {
    const { plan, result } = planRecord(snapshot, env, req);
    const by = req.by?.trim();
    const lang = layoutLanguage(snapshot, env.lang);
    return { plan, result, ...(by ? { logNote: t(lang, 'record.log.by', { by }) } : {}) };
  },
});
