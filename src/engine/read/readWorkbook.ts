/**
 * readWorkbook: a snapshot → typed records of the three lists, with each
 * record's sheet row, parsed fields, computed deadline and alert, and a
 * SheetMapping telling where every column is. Pure: no I/O.
 *
 * Reading never throws on bad cell content: what cannot be read is kept as
 * raw text and reported as a CellIssue (check turns issues into findings).
 * It throws an EngineError only when the sheet itself cannot be read
 * (merged header cells).
 */
import { EngineError } from '../core/errors';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { type Lang, listSeparator } from '../../i18n';
import { WorkCalendar } from '../rules/calendar';
import type { IsoDate } from '../rules/dates';
import type { Settings } from '../rules/settings';
import { type ItemState, computeAlert, problemAsSumOf } from '../rules/status';
import type { AnyListId, ListSheetDef } from '../schema/columns';
import { CLUES } from '../schema/clues';
import { EXTENSIONS } from '../schema/extensions';
import { LIST_SHEETS, READ_LIST_SHEETS } from '../schema/listSheets';
import { REPORTS } from '../schema/reports';
import { readSpotChecks, spotFindingIds } from './spotChecks';
import { PROBLEMS } from '../schema/problems';
import { RESPONSIBILITIES } from '../schema/responsibilities';
import { TASKS } from '../schema/tasks';
import { problemStatusOf, rectKindOf, taskStatusOf } from './codes';
import { deadlineFields } from './deadlineFields';
import { problemsById, tasksByProblem } from './indexes';
import { feedbackByUnit, readClue, readReport } from './readCycle';
import { packageReturns } from './distribution';
import { extensionsByProblem, readExtension } from './readExtensions';
import { type ComputedLimit } from './rowReader';
import { type CellIssue, type ListsInfo, readCalendarSheet, readLists, readSettings } from './helperSheets';
import { locateListSheet, mapListSheet } from './locate';
import type {
  ExtensionRecord,
  ParsedWorkbook,
  ProblemRecord,
  RecordBase,
  ResponsibilityRecord,
  SheetMapping,
  TaskRecord,
} from './records';
import { type RowContext, dateField, integerField, listField, readRow, textAt } from './rowReader';

export interface ReadOptions {
  /** Language for sheets created from scratch and for messages; the workbook's own layout wins when it has one. */
  lang?: Lang;
  /** The date alerts are computed for; default: the date part of snapshot.readAt. */
  today?: IsoDate;
}

/** What every list's rows are read against: the helper sheets, the date, the deadlines computed so far. */
interface ReadContext {
  today: IsoDate;
  settings: Settings;
  calendar: WorkCalendar;
  lists: ListsInfo;
  issues: CellIssue[];
  /** Deadlines already computed in this read, by feedback date, then time limit. */
  deadlines: Map<string, Map<string, ComputedLimit>>;
}

/** Runs `read` on every data row of a list sheet that holds anything. */
function eachRow<T>(
  rc: ReadContext,
  sheet: SheetSnapshot,
  def: ListSheetDef<AnyListId>,
  mapping: SheetMapping,
  read: (ctx: RowContext, base: RecordBase) => T,
): T[] {
  const ctx: RowContext = { sheet, def, mapping, lists: rc.lists, issues: rc.issues, deadlines: rc.deadlines };
  const out: T[] = [];
  for (let r = mapping.headerRow + 1; r <= mapping.lastRow; r++) {
    const base = readRow(ctx, r);
    if (base) out.push(read(ctx, base));
  }
  return out;
}

function readProblem(rc: ReadContext, ctx: RowContext, base: RecordBase): ProblemRecord {
  const c = base.columns;
  const cells = base.cells;
  const feedbackDate = dateField(ctx, base, 'feedbackDate');
  const kindText = listField(ctx, base, 'kind');
  const statusText = listField(ctx, base, 'status');
  listField(ctx, base, 'category');
  listField(ctx, base, 'severity');
  const kind = rectKindOf(kindText);
  const status = problemStatusOf(statusText);
  const completedOn = dateField(ctx, base, 'completedOn') ?? null;
  const closedOn = dateField(ctx, base, 'closedOn') ?? null;
  const timeLimit = textAt(cells, c.timeLimit);
  const input = { feedback: feedbackDate, limitText: timeLimit, kind };
  const d = deadlineFields(ctx, base, input, rc.calendar, rc.settings);
  return {
    // Fields listed one by one, not spread: V8 gives every `{...base, ...d}` literal its own
    // hidden class, which made reading 60,000 rows three times slower (profiled in bench).
    row: base.row,
    cells: base.cells,
    columns: base.columns,
    deadline: d.deadline,
    deadlineTyped: d.deadlineTyped,
    computedDeadline: d.computedDeadline,
    deadlineCell: d.deadlineCell,
    calendarCovered: d.calendarCovered,
    uncoveredYears: d.uncoveredYears,
    deadlineFormula: d.deadlineFormula,
    id: textAt(cells, c.id),
    round: textAt(cells, c.round),
    inspectedUnit: textAt(cells, c.inspectedUnit),
    category: textAt(cells, c.category),
    description: textAt(cells, c.description),
    severity: textAt(cells, c.severity),
    kind,
    feedbackDate: feedbackDate ?? null,
    timeLimit,
    status,
    statusText,
    completedOn,
    closedOn,
    reviewer: textAt(cells, c.reviewer),
    result: textAt(cells, c.result),
    rejections: integerField(ctx, base, 'rejections'),
    rejectReason: textAt(cells, c.rejectReason),
    reminders: integerField(ctx, base, 'reminders'),
    alertText: textAt(cells, c.alert),
    notes: textAt(cells, c.notes),
    // Settled once the measures are read (settleProblems): a problem is the sum of its measures.
    state: typedState(status),
    overallDeadline: d.deadline,
    measures: 0,
    measuresDone: 0,
    extension: null,
    alert: UNSETTLED,
  };
}

const UNSETTLED = { kind: 'unknown', days: 0 } as const;

/**
 * The open measures of a problem under an approved extension run against it too, when due before it: the
 * extension is granted for the problem's work, so they are 已延期 until that date, not overdue (their own
 * 计划完成日期 stays as typed).
 */
function extendMeasures(rc: ReadContext, measures: readonly TaskRecord[], until: IsoDate): void {
  for (const m of measures) {
    if (m.status === 'done' || !m.deadline || m.deadline >= until) continue;
    m.alert = computeAlert({
      state: 'open',
      deadline: until,
      extended: true,
      finishedOn: null,
      today: rc.today,
      dueSoonDays: rc.settings.dueSoonDays,
    });
  }
}

const NO_MEASURES: readonly TaskRecord[] = Object.freeze([]);
const measureDone = (m: TaskRecord) => m.status === 'done';

const typedState = (status: ProblemRecord['status']): ItemState =>
  status === 'closed' ? 'closed' : status === 'pendingReview' ? 'pendingReview' : 'open';

/**
 * Each problem's state, deadline and alert as the sum of its measures (rules/status.ts problemAsSum), the one
 * reading every figure, list, letter and report takes. A measure belongs to the first problem of its ID.
 */
function settleProblems(
  rc: ReadContext,
  problems: ProblemRecord[],
  tasks: TaskRecord[],
  extensions: readonly ExtensionRecord[],
): void {
  const extended = extensionsByProblem(extensions);
  const measuresOf = tasksByProblem(tasks);
  const firstOf = problemsById(problems);
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    const first = !!p.id && firstOf.get(p.id) === p;
    const own = first ? (measuresOf.get(p.id) ?? NO_MEASURES) : NO_MEASURES;
    const sum = problemAsSumOf({ state: typedState(p.status), deadline: p.deadline }, own, measureDone);
    // Like its measures, a problem ID's extensions belong to the first row of that ID; an approved one is the
    // deadline it runs against from then on (the original stays in `extension` and in 整改期限).
    const ext = first ? extended.get(p.id) : undefined;
    p.extension = ext ? { original: sum.deadline, ...ext } : null;
    p.state = sum.state;
    p.overallDeadline = ext?.until ?? sum.deadline;
    p.measures = sum.measures;
    p.measuresDone = sum.measuresDone;
    if (ext?.until) extendMeasures(rc, own, ext.until);
    p.alert = computeAlert({
      state: sum.state,
      sentBack: p.status === 'rejected',
      deadline: p.overallDeadline,
      extended: !!ext?.until,
      finishedOn: p.completedOn ?? p.closedOn,
      today: rc.today,
      dueSoonDays: rc.settings.dueSoonDays,
    });
  }
}

function readResponsibility(_ctx: RowContext, base: RecordBase): ResponsibilityRecord {
  const c = base.columns;
  const cells = base.cells;
  return {
    row: base.row,
    cells: base.cells,
    columns: base.columns,
    problemId: textAt(cells, c.problemId),
    leader: textAt(cells, c.leader),
    unit: textAt(cells, c.unit),
    person: textAt(cells, c.person),
    supportUnits: textAt(cells, c.supportUnits),
    duty: textAt(cells, c.duty),
    phone: textAt(cells, c.phone),
  };
}

function readTask(
  rc: ReadContext,
  problemById: ReadonlyMap<string, ProblemRecord>,
  ctx: RowContext,
  base: RecordBase,
): TaskRecord {
  const c = base.columns;
  const cells = base.cells;
  const statusText = listField(ctx, base, 'status');
  const status = taskStatusOf(statusText);
  const doneOn = dateField(ctx, base, 'doneOn') ?? null;
  // A task's time limit counts from its problem's feedback date.
  const problemId = textAt(cells, c.problemId);
  const timeLimit = textAt(cells, c.timeLimit);
  const feedback = problemById.get(problemId)?.feedbackDate ?? null;
  const d = deadlineFields(ctx, base, { feedback, limitText: timeLimit, kind: null }, rc.calendar, rc.settings);
  return {
    row: base.row,
    cells: base.cells,
    columns: base.columns,
    deadline: d.deadline,
    deadlineTyped: d.deadlineTyped,
    computedDeadline: d.computedDeadline,
    deadlineCell: d.deadlineCell,
    calendarCovered: d.calendarCovered,
    uncoveredYears: d.uncoveredYears,
    deadlineFormula: d.deadlineFormula,
    id: textAt(cells, c.id),
    problemId,
    measure: textAt(cells, c.measure),
    unit: textAt(cells, c.unit),
    person: textAt(cells, c.person),
    timeLimit,
    progress: textAt(cells, c.progress),
    status,
    statusText,
    doneOn,
    evidence: textAt(cells, c.evidence),
    alertText: textAt(cells, c.alert),
    alert: computeAlert({
      state: status === 'done' ? 'closed' : 'open',
      deadline: d.deadline,
      finishedOn: doneOn,
      today: rc.today,
      dueSoonDays: rc.settings.dueSoonDays,
    }),
  };
}

/** The list sheets found, and where their columns are; missing = the ledger's three not found (the cycle's are optional). */
function mapLists(snapshot: WorkbookSnapshot, fallbackLang: Lang) {
  const mappings: ParsedWorkbook['mappings'] = {};
  const sheets: Partial<Record<AnyListId, SheetSnapshot>> = {};
  const missing: ParsedWorkbook['missing'] = [];
  for (const def of READ_LIST_SHEETS) {
    const s = locateListSheet(snapshot, def);
    if (s) {
      sheets[def.id] = s;
      mappings[def.id] = mapListSheet(s, def, fallbackLang);
    } else if (LIST_SHEETS.some((d) => d.id === def.id)) missing.push(def.id as ParsedWorkbook['missing'][number]);
  }
  return { mappings, sheets, missing };
}

export function readWorkbook(snapshot: WorkbookSnapshot, opts: ReadOptions = {}): ParsedWorkbook {
  const today = opts.today ?? snapshot.readAt.slice(0, 10);
  const probe = readSettings(snapshot, opts.lang ?? 'zh');
  const fallbackLang: Lang = probe.present.includes('lang') ? probe.settings.lang : (opts.lang ?? 'zh');
  const { mappings, sheets, missing } = mapLists(snapshot, fallbackLang);
  const lang: Lang = mappings.problems?.lang ?? mappings.tasks?.lang ?? fallbackLang;
  const settingsInfo = readSettings(snapshot, lang);
  const cal = readCalendarSheet(snapshot, lang);
  const rc: ReadContext = {
    today,
    settings: settingsInfo.settings,
    calendar: new WorkCalendar(cal.overrides),
    lists: readLists(snapshot, lang),
    issues: [...settingsInfo.issues, ...cal.issues],
    deadlines: new Map(),
  };
  const list = <T>(id: AnyListId, def: ListSheetDef<AnyListId>, read: (ctx: RowContext, base: RecordBase) => T): T[] =>
    sheets[id] && mappings[id] ? eachRow(rc, sheets[id], def, mappings[id], read) : [];

  const problems = list('problems', PROBLEMS, (ctx, base) => readProblem(rc, ctx, base));
  const responsibilities = list('responsibilities', RESPONSIBILITIES, readResponsibility);
  const problemById = problemsById(problems);
  const tasks = list('tasks', TASKS, (ctx, base) => readTask(rc, problemById, ctx, base));
  const extensions = list('extensions', EXTENSIONS, readExtension);
  settleProblems(rc, problems, tasks, extensions);
  const clues = list('clues', CLUES, (ctx, base) => readClue(rc, ctx, base));
  const units = feedbackByUnit(problems);
  const reports = list('reports', REPORTS, (ctx, base) => readReport(rc, units, ctx, base));
  const spotChecks = readSpotChecks(snapshot, lang);
  const found = spotFindingIds(spotChecks, today);
  if (found.size) for (const p of problems) if (found.has(p.id)) p.spotFound = true;
  return {
    lang,
    today,
    settings: rc.settings,
    settingsInfo,
    lists: rc.lists,
    calendar: rc.calendar,
    mappings,
    missing,
    problems,
    responsibilities,
    tasks,
    clues,
    reports,
    extensions,
    spotChecks,
    issues: rc.issues,
    packageReturns: packageReturns(snapshot, today),
  };
}

/**
 * The reading of a workbook that differs from the one `parsed` was read from only in its 整改报告 sheet (rows
 * added, its table over them): what readWorkbook(snapshot, { today, lang: parsed.lang }) gives, with that sheet
 * read again and everything else — lists, settings, their issues — as read before. Refresh reads the ledger again
 * once it has given units their report rows; the other lists (tens of thousands of rows) need not be read twice.
 */
export function rereadReports(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): ParsedWorkbook {
  const sheet = locateListSheet(snapshot, REPORTS);
  if (!sheet) return readWorkbook(snapshot, { today: parsed.today, lang: parsed.lang });
  const probe = readSettings(snapshot, parsed.lang);
  const fallbackLang: Lang = probe.present.includes('lang') ? probe.settings.lang : parsed.lang;
  const mapping = mapListSheet(sheet, REPORTS, fallbackLang);
  const rc: ReadContext = {
    today: parsed.today,
    settings: parsed.settings,
    calendar: parsed.calendar,
    lists: parsed.lists,
    // The reports are read last (readWorkbook): their issues go last again, in place of the old ones.
    issues: parsed.issues.filter((i) => i.sheet !== sheet.name),
    deadlines: new Map(),
  };
  const units = feedbackByUnit(parsed.problems);
  const reports = eachRow(rc, sheet, REPORTS, mapping, (ctx, base) => readReport(rc, units, ctx, base));
  return { ...parsed, mappings: { ...parsed.mappings, reports: mapping }, reports, issues: rc.issues };
}

/** Throws when a list sheet is missing: check and refresh need all three (init creates them). */
export function assertLedger(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): void {
  if (parsed.missing.length === 0) return;
  const sep = listSeparator(parsed.lang);
  const names = parsed.missing
    .map((id) => LIST_SHEETS.find((d) => d.id === id)!)
    .map((d) => `${d.name.zh} / ${d.name.en}`)
    .join(sep);
  throw new EngineError('workbook.missingSheets', {
    sheets: names,
    found: snapshot.sheets.map((s) => s.name).join(sep) || '-',
  });
}
