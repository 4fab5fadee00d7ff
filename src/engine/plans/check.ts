/**
 * checkWorkbook: every rule of PRODUCT §5, plus computed cells edited by
 * hand, bad `_calendar` rows and deadlines in years the holiday calendar does
 * not cover. Each finding carries sheet, row, column header, cell address,
 * severity, a stable code and a message (in the requested language) that says
 * what is wrong and how to fix it.
 *
 * Stable codes: required, column.missing, date.invalid, list.invalid,
 * limit.invalid, number.invalid, id.duplicate, ref.missingProblem,
 * problem.noLeader, problem.noTask, deadline.beforeFeedback, deadline.missing,
 * task.deadlineAfterProblem, closed.noClosedOn, closed.noReviewer,
 * closed.openTasks, date.future, phone.invalid, computed.edited,
 * calendar.badRow, calendar.uncovered, settings.invalid, log.tampered (ledger/log.ts).
 */
import { isEmptyValue } from '../core/cells';
import { checkLog } from '../audit/log';
import { IsoDate } from '../rules/dates';
import { CellIssue } from '../read/helperSheets';
import {
  HELPER_SHEET_NAMES,
  LIST_SHEETS,
  ListSheetDef,
  ListSheetId,
  PROBLEMS,
  RESPONSIBILITIES,
  TASKS,
} from '../schema/layout';
import { Lang, MESSAGES, MessageKey, MessageParams, t } from '../../i18n/index';
import { Finding, WorkbookSnapshot, cellAddress } from '../core/model';
import {
  ParsedWorkbook,
  ProblemRecord,
  RecordBase,
  SheetMapping,
  TaskRecord,
  assertLedger,
  headerOf,
  readWorkbook,
} from '../read/workbook';

export const CHECK_CODES = [
  'required',
  'column.missing',
  'date.invalid',
  'list.invalid',
  'limit.invalid',
  'number.invalid',
  'id.duplicate',
  'ref.missingProblem',
  'problem.noLeader',
  'problem.noTask',
  'deadline.beforeFeedback',
  'deadline.missing',
  'task.deadlineAfterProblem',
  'closed.noClosedOn',
  'closed.noReviewer',
  'closed.openTasks',
  'date.future',
  'phone.invalid',
  'computed.edited',
  'calendar.badRow',
  'calendar.uncovered',
  'settings.invalid',
  'log.tampered',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface CheckSummary {
  errors: number;
  warnings: number;
  problems: number;
  responsibilities: number;
  tasks: number;
}

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
  parsed: ParsedWorkbook;
}

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:0\d{2,3})?[2-9]\d{6,7}(?:(?:转|ext\.?|x|-)\d{1,6})?$/i;
const SERVICE = /^(?:400|800)\d{7}$/;

/** A mobile (11 digits), a landline with or without area code, or a 400/800 number; several may be listed. */
export function isValidPhone(text: string): boolean {
  const parts = text
    .split(/[、,，;；/\n]+/)
    .map((p) => p.replace(/[\s()（）-]/g, (c) => (c === '-' ? '' : '')).replace(/^\+86/, ''))
    .filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => MOBILE.test(p) || LANDLINE.test(p) || SERVICE.test(p));
}

/** Every text an alert cell may legitimately hold, in both languages. */
const ALERT_PATTERNS: RegExp[] = (Object.keys(MESSAGES) as MessageKey[])
  .filter((k) => k.startsWith('alert.'))
  .flatMap((k) => [MESSAGES[k].zh, MESSAGES[k].en])
  .map((tpl) => new RegExp('^' + tpl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{days\\\}/g, '\\d+') + '$'));

/** Answers already found: a ledger repeats a few hundred alert texts over tens of thousands of rows. */
const alertLike = new Map<string, boolean>();

export function looksLikeAlert(text: string): boolean {
  let yes = alertLike.get(text);
  if (yes === undefined) {
    const trimmed = text.trim();
    yes = ALERT_PATTERNS.some((re) => re.test(trimmed));
    if (alertLike.size >= 10_000) alertLike.clear();
    alertLike.set(text, yes);
  }
  return yes;
}

export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  opts: {
    today: IsoDate;
    lang: Lang;
    /** readWorkbook(snapshot, { lang, today }) when the caller has it already (check + refresh on one read). */
    parsed?: ParsedWorkbook;
  },
): CheckResult {
  const parsed = opts.parsed ?? readWorkbook(snapshot, { lang: opts.lang, today: opts.today });
  assertLedger(parsed, snapshot);
  const lang = opts.lang;
  const today = opts.today;
  const findings: Finding[] = [];
  const sep = lang === 'zh' ? '、' : ', ';

  const m = parsed.mappings as Record<ListSheetId, SheetMapping>;
  const defs: Record<ListSheetId, ListSheetDef> = {
    problems: PROBLEMS,
    responsibilities: RESPONSIBILITIES,
    tasks: TASKS,
  };

  const push = (
    sheet: string,
    row: number,
    columnIndex: number,
    header: string,
    severity: 'error' | 'warning',
    code: CheckCode,
    key: MessageKey,
    params: MessageParams = {},
  ) => {
    const cell = columnIndex > 0 && row > 0 ? cellAddress(row, columnIndex) : '';
    const where =
      cell !== ''
        ? t(lang, 'check.location', { sheet, cell, column: header })
        : row > 0
          ? t(lang, 'check.locationRow', { sheet, row })
          : t(lang, 'check.locationSheet', { sheet });
    findings.push({
      sheet,
      row,
      column: header,
      cell,
      severity,
      code,
      message: where + t(lang, key, { column: header, ...params }),
    });
  };

  /** A finding on a record's cell; when the column is absent, on the row. */
  const at = (
    id: ListSheetId,
    rec: RecordBase,
    key: string,
    severity: 'error' | 'warning',
    code: CheckCode,
    msg: MessageKey,
    params: MessageParams = {},
  ) => {
    const mapping = m[id];
    push(
      mapping.sheet,
      rec.row,
      mapping.columns[key] ?? 0,
      headerOf(mapping, defs[id], key, mapping.lang),
      severity,
      code,
      msg,
      params,
    );
  };

  // ---- issues found while reading cells
  for (const i of parsed.issues) pushIssue(i);
  function pushIssue(i: CellIssue) {
    push(i.sheet, i.row, i.column, i.header, i.severity, i.code as CheckCode, i.message, i.params);
  }

  // ---- missing required columns
  const missingRequired = new Set<string>();
  for (const def of LIST_SHEETS) {
    const mapping = m[def.id];
    for (const c of def.columns) {
      if (c.required && mapping.columns[c.key] === undefined) {
        missingRequired.add(`${def.id}.${c.key}`);
        push(
          mapping.sheet,
          mapping.headerRow,
          0,
          c.header[mapping.lang],
          'error',
          'column.missing',
          'check.column.missing',
          {
            column: c.header[mapping.lang],
          },
        );
      }
    }
  }

  // ---- required cells
  const required = (id: ListSheetId, recs: RecordBase[]) => {
    const def = defs[id];
    const keys = def.columns.filter((c) => c.required && m[id].columns[c.key] !== undefined).map((c) => c.key);
    for (const rec of recs)
      for (const k of keys) if (isEmptyValue(rec.raw[k])) at(id, rec, k, 'error', 'required', 'check.required');
  };
  required('problems', parsed.problems);
  required('responsibilities', parsed.responsibilities);
  required('tasks', parsed.tasks);

  // ---- duplicate IDs
  const duplicates = (id: ListSheetId, recs: { id: string; row: number }[]) => {
    const first = new Map<string, number>();
    for (const rec of recs) {
      if (!rec.id) continue;
      const f = first.get(rec.id);
      if (f === undefined) first.set(rec.id, rec.row);
      else
        at(id, rec as unknown as RecordBase, 'id', 'error', 'id.duplicate', 'check.id.duplicate', {
          id: rec.id,
          firstRow: f,
        });
    }
  };
  duplicates('problems', parsed.problems);
  duplicates('tasks', parsed.tasks);

  // ---- references
  const problemsById = new Map<string, ProblemRecord>();
  for (const p of parsed.problems) if (p.id && !problemsById.has(p.id)) problemsById.set(p.id, p);
  for (const r of parsed.responsibilities) {
    if (r.problemId && !problemsById.has(r.problemId)) {
      at('responsibilities', r, 'problemId', 'error', 'ref.missingProblem', 'check.ref.missingProblem', {
        id: r.problemId,
      });
    }
  }
  const tasksByProblem = new Map<string, TaskRecord[]>();
  for (const task of parsed.tasks) {
    if (task.problemId && !problemsById.has(task.problemId)) {
      at('tasks', task, 'problemId', 'error', 'ref.missingProblem', 'check.ref.missingProblem', { id: task.problemId });
    }
    if (task.problemId) {
      const list = tasksByProblem.get(task.problemId) ?? [];
      list.push(task);
      tasksByProblem.set(task.problemId, list);
    }
  }
  const withResponsibility = new Set(parsed.responsibilities.map((r) => r.problemId).filter(Boolean));

  // ---- per problem
  const beforeFeedback = new Set<ProblemRecord>();
  for (const p of parsed.problems) {
    if (p.id && problemsById.get(p.id) === p) {
      if (!withResponsibility.has(p.id))
        at('problems', p, 'id', 'error', 'problem.noLeader', 'check.problem.noLeader', { id: p.id });
      if (!tasksByProblem.has(p.id))
        at('problems', p, 'id', 'error', 'problem.noTask', 'check.problem.noTask', { id: p.id });
    }
    deadlineRules('problems', p, p.feedbackDate);
    if (p.deadline && p.feedbackDate && p.deadline < p.feedbackDate) beforeFeedback.add(p);
    if (p.status === 'closed') {
      if (!p.closedOn && isEmptyValue(p.raw.closedOn ?? null))
        at('problems', p, 'closedOn', 'error', 'closed.noClosedOn', 'check.closed.noClosedOn');
      if (!p.reviewer) at('problems', p, 'reviewer', 'error', 'closed.noReviewer', 'check.closed.noReviewer');
      const open = (tasksByProblem.get(p.id) ?? []).filter((task) => task.status !== 'done');
      if (p.id && problemsById.get(p.id) === p && open.length > 0) {
        at('problems', p, 'status', 'error', 'closed.openTasks', 'check.closed.openTasks', {
          count: open.length,
          tasks:
            open
              .slice(0, 5)
              .map((task) => task.id || `#${task.row}`)
              .join(sep) + (open.length > 5 ? '…' : ''),
        });
      }
    }
    for (const k of ['completedOn', 'closedOn'] as const) {
      const d = p[k];
      if (d && d > today) at('problems', p, k, 'error', 'date.future', 'check.date.future', { date: d, today });
    }
    if (p.alertText && !looksLikeAlert(p.alertText)) {
      at('problems', p, 'alert', 'warning', 'computed.edited', 'check.computed.alert', { value: p.alertText });
    }
  }

  // ---- per task
  for (const task of parsed.tasks) {
    const problem = problemsById.get(task.problemId);
    deadlineRules('tasks', task, problem?.feedbackDate ?? null);
    if (
      problem &&
      !beforeFeedback.has(problem) &&
      task.deadline &&
      problem.deadline &&
      task.deadline > problem.deadline
    ) {
      at('tasks', task, 'deadline', 'warning', 'task.deadlineAfterProblem', 'check.task.deadlineAfterProblem', {
        deadline: task.deadline,
        problemDeadline: problem.deadline,
        id: problem.id,
      });
    }
    if (task.doneOn && task.doneOn > today) {
      at('tasks', task, 'doneOn', 'error', 'date.future', 'check.date.future', { date: task.doneOn, today });
    }
    if (task.alertText && !looksLikeAlert(task.alertText)) {
      at('tasks', task, 'alert', 'warning', 'computed.edited', 'check.computed.alert', { value: task.alertText });
    }
  }

  // ---- responsibilities
  for (const r of parsed.responsibilities) {
    if (r.phone && !isValidPhone(r.phone))
      at('responsibilities', r, 'phone', 'warning', 'phone.invalid', 'check.phone.invalid', { value: r.phone });
  }

  function deadlineRules(id: 'problems' | 'tasks', rec: ProblemRecord | TaskRecord, feedback: IsoDate | null) {
    const deadlineKey = m[id].columns.deadline !== undefined ? 'deadline' : 'timeLimit';
    if (rec.deadline && feedback && rec.deadline < feedback) {
      at(id, rec, deadlineKey, 'error', 'deadline.beforeFeedback', 'check.deadline.beforeFeedback', {
        deadline: rec.deadline,
        feedback,
      });
    }
    const kindSaysSo =
      id === 'problems' && (rec as ProblemRecord).kind !== null && (rec as ProblemRecord).kind !== 'timeLimited';
    if (
      !rec.timeLimit &&
      rec.deadlineCell === null &&
      !kindSaysSo &&
      (id === 'tasks' || (rec as ProblemRecord).feedbackDate !== null)
    ) {
      at(id, rec, 'timeLimit', 'warning', 'deadline.missing', 'check.deadline.missing');
    }
    if (
      rec.timeLimit &&
      rec.computedDeadline !== undefined &&
      rec.deadlineCell !== undefined &&
      rec.deadlineCell !== null &&
      !rec.deadlineFormula &&
      rec.deadlineCell !== rec.computedDeadline
    ) {
      at(id, rec, 'deadline', 'warning', 'computed.edited', 'check.computed.deadline', {
        value: rec.deadlineCell,
        computed: rec.computedDeadline ?? t(lang, 'deadline.none'),
        limit: rec.timeLimit,
      });
    }
    if (!rec.deadlineTyped && rec.computedDeadline && !rec.calendarCovered) {
      at(id, rec, 'deadline', 'warning', 'calendar.uncovered', 'check.calendar.uncovered', {
        years: rec.uncoveredYears.join(sep),
      });
    }
  }

  // ---- _log: rows removed, edited or reordered (its hash chain, ledger/log.ts)
  for (const f of checkLog(snapshot, lang)) {
    const where = f.cell ? t(lang, 'check.location', { sheet: f.sheet, cell: f.cell, column: f.column || f.cell }) : '';
    findings.push({ ...f, message: f.message.includes(f.cell) ? f.message : where + f.message });
  }

  // ---- order: list sheets in layout order, then helper sheets; by row, then column
  const order = (sheet: string) => {
    const listIdx = (['problems', 'responsibilities', 'tasks'] as ListSheetId[]).findIndex(
      (id) => m[id].sheet === sheet,
    );
    if (listIdx >= 0) return listIdx;
    const helperIdx = Object.values(HELPER_SHEET_NAMES).indexOf(sheet);
    return helperIdx >= 0 ? 10 + helperIdx : 20;
  };
  const colIndex = (f: Finding) => (f.cell ? f.cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  findings.sort((a, b) => order(a.sheet) - order(b.sheet) || a.row - b.row || colIndex(a).localeCompare(colIndex(b)));

  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    summary: {
      errors,
      warnings: findings.length - errors,
      problems: parsed.problems.length,
      responsibilities: parsed.responsibilities.length,
      tasks: parsed.tasks.length,
    },
    parsed,
  };
}
