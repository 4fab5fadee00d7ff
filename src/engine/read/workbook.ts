/**
 * readWorkbook: a snapshot → typed records of the three lists (PRODUCT §2),
 * with each record's sheet row, parsed fields, computed deadline and alert,
 * and a SheetMapping telling where every column is. Pure: no I/O.
 *
 * Reading never throws on bad cell content: what cannot be read is kept as
 * raw text and reported as a CellIssue (check turns issues into findings).
 * It throws an EngineError only when the sheet itself cannot be read
 * (merged header cells).
 */
import { WorkCalendar } from '../rules/calendar';
import { cellAt, isEmptyValue, lastUsedColumn, lastUsedRow, readDateCell, valueText } from '../core/cells';
import { computeDeadline } from '../rules/deadline';
import { EngineError } from '../core/errors';
import { CellIssue, ListsInfo, SettingsInfo, readCalendarSheet, readLists, readSettings } from './helperSheets';
import { IsoDate } from '../rules/dates';
import {
  DEFAULT_LISTS,
  LIST_SHEETS,
  ListSheetDef,
  ListSheetId,
  PROBLEMS,
  PROBLEM_STATUS,
  RESPONSIBILITIES,
  TASKS,
  TASK_STATUS,
  matchColumn,
  normalizeHeader,
} from '../schema/layout';
import type { Lang, MessageKey } from '../../i18n/index';
import {
  CellValue,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
  cellAddress,
  isCellError,
  parseAddress,
} from '../core/model';
import { Settings } from '../rules/settings';
import { Alert, computeAlert } from '../rules/status';
import { parseTimeLimit } from '../rules/timeLimit';

export type ProblemStatusCode = keyof typeof PROBLEM_STATUS;
export type TaskStatusCode = keyof typeof TASK_STATUS;
export type RectKindCode = 'immediate' | 'timeLimited' | 'ongoing';

export interface TableRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(ref: string): TableRect {
  const [a, b = a] = ref.replace(/^.*!/, '').split(':');
  const tl = parseAddress(a);
  const br = parseAddress(b);
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.column, br.column),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.column, br.column),
  };
}

export function rangeRef(r: TableRect): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** Where the columns of one list sheet are. */
export interface SheetMapping {
  id: ListSheetId;
  /** The sheet's actual name. */
  sheet: string;
  /** Layout language of this sheet (from its name, else its headers). */
  lang: Lang;
  /** 1-based row of the headers. */
  headerRow: number;
  /** Column key → 1-based column index (only the columns present). */
  columns: Partial<Record<string, number>>;
  /** Column key → header text as it appears in the sheet. */
  headers: Partial<Record<string, string>>;
  /** Columns that are not ours (kept as they are). */
  extra: { column: number; header: string }[];
  /** First and last used column of the header row (or of the table). */
  firstColumn: number;
  lastColumn: number;
  /** Last data row (= headerRow when there is no data). */
  lastRow: number;
  /** The Excel table holding the list, when there is one. */
  table?: TableSnapshot & TableRect;
}

export interface RecordBase {
  /** 1-based row in the sheet. */
  row: number;
  /** Raw cell values by column key (mapped columns only). */
  raw: Record<string, CellValue>;
  /** Trimmed text by column key (what a person sees, without number formats). */
  text: Record<string, string>;
}

export interface DeadlineFields {
  /**
   * The deadline in force: computed from the time limit, or typed by hand when
   * the time limit is empty. null = no deadline (长期坚持); undefined = cannot
   * compute (missing/invalid input; validation says why).
   */
  deadline: IsoDate | null | undefined;
  /** The deadline was typed by hand (time limit empty, date in the cell): it is the user's and is kept. */
  deadlineTyped: boolean;
  /** What the engine computes from feedback date + time limit (undefined when it cannot). */
  computedDeadline: IsoDate | null | undefined;
  /** What the deadline cell holds: null = empty, undefined = not a readable date. */
  deadlineCell: IsoDate | null | undefined;
  /** False when the computation consulted a year the holiday calendar does not cover. */
  calendarCovered: boolean;
  uncoveredYears: number[];
  /** The deadline cell holds a formula (never overwritten). */
  deadlineFormula: boolean;
  alert: Alert;
}

export interface ProblemRecord extends RecordBase, DeadlineFields {
  id: string;
  round: string;
  inspectedUnit: string;
  category: string;
  description: string;
  severity: string;
  kind: RectKindCode | null;
  feedbackDate: IsoDate | null;
  timeLimit: string;
  status: ProblemStatusCode | null;
  statusText: string;
  completedOn: IsoDate | null;
  closedOn: IsoDate | null;
  reviewer: string;
  result: string;
  rejections: number | null;
  rejectReason: string;
  reminders: number | null;
  alertText: string;
  notes: string;
}

export interface ResponsibilityRecord extends RecordBase {
  problemId: string;
  leader: string;
  unit: string;
  person: string;
  supportUnits: string;
  duty: string;
  phone: string;
}

export interface TaskRecord extends RecordBase, DeadlineFields {
  id: string;
  problemId: string;
  measure: string;
  unit: string;
  person: string;
  timeLimit: string;
  progress: string;
  status: TaskStatusCode | null;
  statusText: string;
  doneOn: IsoDate | null;
  evidence: string;
  alertText: string;
}

export interface ParsedWorkbook {
  /** Layout language (the problem sheet's, else the setting, else the option). */
  lang: Lang;
  /** The date alerts were computed for. */
  today: IsoDate;
  settings: Settings;
  settingsInfo: SettingsInfo;
  lists: ListsInfo;
  calendar: WorkCalendar;
  mappings: Partial<Record<ListSheetId, SheetMapping>>;
  /** List sheets not found in the workbook. */
  missing: ListSheetId[];
  problems: ProblemRecord[];
  responsibilities: ResponsibilityRecord[];
  tasks: TaskRecord[];
  /** Cell-level problems found while reading (bad dates, values outside lists, unreadable time limits…). */
  issues: CellIssue[];
}

// ---------------------------------------------------------------------------
// Locating sheets and columns

function sheetLang(def: ListSheetDef, name: string): Lang | null {
  const n = normalizeHeader(name);
  if (n === normalizeHeader(def.name.zh)) return 'zh';
  if (n === normalizeHeader(def.name.en)) return 'en';
  return null;
}

/** Finds a list sheet by its Chinese or English name, else by its table's name. */
export function locateListSheet(snapshot: WorkbookSnapshot, def: ListSheetDef): SheetSnapshot | undefined {
  return (
    snapshot.sheets.find((s) => sheetLang(def, s.name) !== null) ??
    snapshot.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === def.tableName.toLowerCase()))
  );
}

function findHeaderRow(sheet: SheetSnapshot, def: ListSheetDef): number {
  let best = 1;
  let bestScore = 0;
  const limit = Math.min(sheet.values.length, 30);
  for (let r = 1; r <= limit; r++) {
    const row = sheet.values[r - 1] ?? [];
    const seen = new Set<string>();
    for (const v of row) {
      const c = matchColumn(def, v);
      if (c) seen.add(c.key);
    }
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = r;
    }
  }
  return best;
}

/** Maps a list sheet's columns by header (any order, Chinese, English or alias; extra columns kept). */
export function mapListSheet(sheet: SheetSnapshot, def: ListSheetDef, fallbackLang: Lang): SheetMapping {
  const tableSnap =
    sheet.tables.find((t) => t.name.toLowerCase() === def.tableName.toLowerCase()) ??
    sheet.tables.find((t) => {
      const rect = parseRange(t.ref);
      const header = sheet.values[rect.top - 1] ?? [];
      return header.slice(rect.left - 1, rect.right).some((v) => matchColumn(def, v));
    });
  const table = tableSnap ? { ...tableSnap, ...parseRange(tableSnap.ref) } : undefined;
  const headerRow = table ? table.top : findHeaderRow(sheet, def);

  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (r.top <= headerRow && headerRow <= r.bottom && r.right > r.left) {
      throw new EngineError('workbook.mergedHeader', { sheet: sheet.name, range: m, row: headerRow });
    }
  }

  let firstColumn = table ? table.left : 1;
  if (!table) {
    const header = sheet.values[headerRow - 1] ?? [];
    const first = header.findIndex((v) => !isEmptyValue(v));
    if (first >= 0) firstColumn = first + 1;
  }
  const lastColumn = table ? table.right : Math.max(1, lastUsedColumn(sheet, headerRow));
  const columns: SheetMapping['columns'] = {};
  const headers: SheetMapping['headers'] = {};
  const extra: SheetMapping['extra'] = [];
  let zhVotes = 0;
  let enVotes = 0;
  for (let c = firstColumn; c <= lastColumn; c++) {
    const v = cellAt(sheet, headerRow, c);
    const text = valueText(v);
    const col = matchColumn(def, v);
    if (col && columns[col.key] === undefined) {
      columns[col.key] = c;
      headers[col.key] = text;
      if (normalizeHeader(text) === normalizeHeader(col.header.zh)) zhVotes++;
      else if (normalizeHeader(text) === normalizeHeader(col.header.en)) enVotes++;
      else if (/[\u4e00-\u9fff]/.test(text)) zhVotes++;
      else enVotes++;
    } else {
      extra.push({ column: c, header: text });
    }
  }
  const lastRow = Math.max(headerRow, table ? table.bottom : lastUsedRow(sheet));
  const lang = sheetLang(def, sheet.name) ?? (zhVotes || enVotes ? (enVotes > zhVotes ? 'en' : 'zh') : fallbackLang);
  return {
    id: def.id,
    sheet: sheet.name,
    lang,
    headerRow,
    columns,
    headers,
    extra,
    firstColumn,
    lastColumn,
    lastRow,
    table,
  };
}

/** The header text to show for a column key: the sheet's own header, else ours. */
export function headerOf(mapping: SheetMapping | undefined, def: ListSheetDef, key: string, lang: Lang): string {
  return mapping?.headers[key] ?? def.columns.find((c) => c.key === key)?.header[lang] ?? key;
}

// ---------------------------------------------------------------------------
// Parsing rows

/**
 * Status and kind cells repeat a handful of texts over tens of thousands of rows;
 * normalising every one with regular expressions was a hot spot in the profile,
 * so each table remembers the code it found for a text (bounded: free text
 * typed into a status column cannot grow it without limit).
 */
const codeCache = new WeakMap<object, Map<string, string | null>>();
const CODE_CACHE_LIMIT = 1000;

const matchCode = <T extends string>(table: Record<T, { zh: string; en: string }>, text: string): T | null => {
  let cache = codeCache.get(table);
  if (!cache) codeCache.set(table, (cache = new Map()));
  const hit = cache.get(text);
  if (hit !== undefined) return hit as T | null;
  let found: T | null = null;
  const n = normalizeHeader(text);
  if (n) {
    for (const [code, v] of Object.entries(table) as [T, { zh: string; en: string }][]) {
      if (normalizeHeader(v.zh) === n || normalizeHeader(v.en) === n) {
        found = code;
        break;
      }
    }
  }
  if (cache.size >= CODE_CACHE_LIMIT) cache.clear();
  cache.set(text, found);
  return found;
};

const KIND_TABLE: Record<RectKindCode, { zh: string; en: string }> = Object.fromEntries(
  DEFAULT_LISTS.kind.values.map((v) => [v.code, v]),
) as unknown as Record<RectKindCode, { zh: string; en: string }>;

export function problemStatusOf(text: string): ProblemStatusCode | null {
  return matchCode(PROBLEM_STATUS, text);
}
export function taskStatusOf(text: string): TaskStatusCode | null {
  return matchCode(TASK_STATUS, text);
}
export function rectKindOf(text: string): RectKindCode | null {
  return matchCode(KIND_TABLE, text);
}

interface RowContext {
  sheet: SheetSnapshot;
  def: ListSheetDef;
  mapping: SheetMapping;
  lists: ListsInfo;
  issues: CellIssue[];
  /** Deadlines already computed in this read, by feedback date, then time limit (same calendar and settings). */
  deadlines?: Map<string, Map<string, ComputedLimit>>;
  /** Whether the sheet has any formula at all (most ledgers have none: no address to build per row). */
  anyFormula?: boolean;
}

function hasAnyKey(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** What a time limit gives from one feedback date: a deadline, or the error to report on the row. */
type ComputedLimit =
  | { ok: true; computed: IsoDate | null | undefined; calendarCovered: boolean; uncoveredYears: number[] }
  | { ok: false; parseError: boolean; code: MessageKey; params: Record<string, string | number> };

function computeLimit(
  limitText: string,
  feedback: IsoDate | null | undefined,
  calendar: WorkCalendar,
  settings: Settings,
): ComputedLimit {
  const parsed = parseTimeLimit(limitText);
  if (!parsed.ok) return { ok: false, parseError: true, code: parsed.code, params: parsed.params };
  if (parsed.value.kind === 'ongoing') return { ok: true, computed: null, calendarCovered: true, uncoveredYears: [] };
  if (!feedback) return { ok: true, computed: undefined, calendarCovered: true, uncoveredYears: [] };
  const r = computeDeadline(feedback, parsed.value, calendar, settings);
  if (!r.ok) return { ok: false, parseError: false, code: r.code, params: r.params };
  return {
    ok: true,
    computed: r.value.deadline,
    calendarCovered: r.value.calendarCovered,
    uncoveredYears: r.value.uncoveredYears,
  };
}

function issue(
  ctx: RowContext,
  row: number,
  key: string,
  code: string,
  message: MessageKey,
  params: Record<string, string | number>,
  severity: 'error' | 'warning' = 'error',
): void {
  ctx.issues.push({
    sheet: ctx.mapping.sheet,
    row,
    column: ctx.mapping.columns[key] ?? 0,
    header: ctx.mapping.headers[key] ?? key,
    severity,
    code,
    message,
    params,
  });
}

/** The mapped columns as [key, column] pairs, listed once per mapping rather than once per row. */
const columnLists = new WeakMap<SheetMapping, [string, number][]>();
function mappedColumns(mapping: SheetMapping): [string, number][] {
  let list = columnLists.get(mapping);
  if (!list) columnLists.set(mapping, (list = Object.entries(mapping.columns) as [string, number][]));
  return list;
}

/**
 * An object with the mapping's keys, to copy for each row. Adding 20 keys one
 * by one under computed names turns an object into a slow dictionary in V8
 * (the problem sheet has 20 columns); copies of a JSON-made template keep the
 * fast layout and half the memory.
 */
const rowTemplates = new WeakMap<SheetMapping, Record<string, null>>();
function rowTemplate(mapping: SheetMapping): Record<string, null> {
  let tpl = rowTemplates.get(mapping);
  if (!tpl) {
    tpl = JSON.parse(JSON.stringify(Object.fromEntries(mappedColumns(mapping).map(([k]) => [k, null])))) as Record<
      string,
      null
    >;
    rowTemplates.set(mapping, tpl);
  }
  return tpl;
}

function readRow(ctx: RowContext, row: number): RecordBase | null {
  const tpl = rowTemplate(ctx.mapping);
  const raw: Record<string, CellValue> = { ...tpl };
  const text: Record<string, string> = { ...tpl } as unknown as Record<string, string>;
  let any = false;
  for (const [key, col] of mappedColumns(ctx.mapping)) {
    const v = cellAt(ctx.sheet, row, col as number);
    raw[key] = v;
    text[key] = valueText(v);
    if (!isEmptyValue(v)) any = true;
  }
  if (!any) {
    for (const e of ctx.mapping.extra) if (!isEmptyValue(cellAt(ctx.sheet, row, e.column))) return { row, raw, text };
    return null;
  }
  return { row, raw, text };
}

function dateField(ctx: RowContext, base: RecordBase, key: string): IsoDate | null | undefined {
  if (!(key in base.raw)) return null;
  const d = readDateCell(base.raw[key]);
  if (d.kind === 'empty') return null;
  if (d.kind === 'date') return d.date;
  issue(ctx, base.row, key, 'date.invalid', d.code, { value: d.value });
  return undefined;
}

function listField(ctx: RowContext, base: RecordBase, key: string): string {
  const text = base.text[key] ?? '';
  const col = ctx.def.columns.find((c) => c.key === key);
  if (!text || !col?.list) return text;
  if (isCellError(base.raw[key]) || !ctx.lists.values[col.list].includes(text)) {
    issue(ctx, base.row, key, 'list.invalid', 'check.list.invalid', {
      value: text,
      allowed: ctx.lists.values[col.list].join(ctx.mapping.lang === 'zh' ? '、' : ', '),
    });
  }
  return text;
}

function integerField(ctx: RowContext, base: RecordBase, key: string): number | null {
  const v = base.raw[key];
  if (v === undefined || isEmptyValue(v)) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    issue(ctx, base.row, key, 'number.invalid', 'check.number.invalid', { value: base.text[key] });
    return null;
  }
  return n;
}

interface DeadlineInput {
  feedback: IsoDate | null | undefined;
  limitText: string;
  /** 整改类型 of a problem: an empty limit on 立行立改 / 长期坚持 means just that. */
  kind: RectKindCode | null;
}

function deadlineFields(
  ctx: RowContext,
  base: RecordBase,
  input: DeadlineInput,
  calendar: WorkCalendar,
  settings: Settings,
): Omit<DeadlineFields, 'alert'> {
  const deadlineCol = ctx.mapping.columns.deadline;
  ctx.anyFormula ??= hasAnyKey(ctx.sheet.formulas);
  const deadlineFormula =
    ctx.anyFormula && deadlineCol !== undefined && cellAddress(base.row, deadlineCol) in ctx.sheet.formulas;
  const deadlineCell = dateField(ctx, base, 'deadline');
  let limitText = input.limitText;
  if (!limitText && input.kind === 'immediate') limitText = '立行立改';
  if (!limitText && input.kind === 'ongoing') limitText = '长期坚持';

  let computed: IsoDate | null | undefined = undefined;
  let calendarCovered = true;
  let uncoveredYears: number[] = [];
  if (limitText) {
    // Tasks share their problem's feedback date and a few common limits: compute each pair once per read.
    const feedbackKey = input.feedback ?? '';
    let byLimit = ctx.deadlines?.get(feedbackKey);
    if (!byLimit) {
      byLimit = new Map<string, ComputedLimit>();
      ctx.deadlines?.set(feedbackKey, byLimit);
    }
    let r = byLimit.get(limitText);
    if (!r) byLimit.set(limitText, (r = computeLimit(limitText, input.feedback, calendar, settings)));
    if (!r.ok) {
      // A limit that does not parse is reported only when typed (an implied 立行立改 always parses).
      if (!r.parseError || input.limitText) issue(ctx, base.row, 'timeLimit', 'limit.invalid', r.code, { ...r.params });
    } else {
      computed = r.computed;
      calendarCovered = r.calendarCovered;
      uncoveredYears = r.uncoveredYears.slice();
    }
  }

  // A date typed on an empty time limit is the user's and is kept (PRODUCT §3).
  const deadlineTyped = !input.limitText && !!deadlineCell;
  let deadline: IsoDate | null | undefined;
  if (deadlineTyped) {
    deadline = deadlineCell;
    calendarCovered = true;
    uncoveredYears = [];
  } else if (computed !== undefined) deadline = computed;
  else if (deadlineCell)
    deadline = deadlineCell; // cannot compute: the cell's date still drives the alert
  else deadline = undefined;
  return {
    deadline,
    deadlineTyped,
    computedDeadline: computed,
    deadlineCell,
    calendarCovered,
    uncoveredYears,
    deadlineFormula,
  };
}

// ---------------------------------------------------------------------------

export interface ReadOptions {
  /** Language for sheets created from scratch and for messages; the workbook's own layout wins when it has one. */
  lang?: Lang;
  /** The date alerts are computed for; default: the date part of snapshot.readAt. */
  today?: IsoDate;
}

export function readWorkbook(snapshot: WorkbookSnapshot, opts: ReadOptions = {}): ParsedWorkbook {
  const today = opts.today ?? snapshot.readAt.slice(0, 10);
  const probe = readSettings(snapshot, opts.lang ?? 'zh');
  const mappings: ParsedWorkbook['mappings'] = {};
  const missing: ListSheetId[] = [];
  const sheets: Partial<Record<ListSheetId, SheetSnapshot>> = {};
  const fallbackLang: Lang = probe.present.includes('lang') ? probe.settings.lang : (opts.lang ?? 'zh');
  for (const def of LIST_SHEETS) {
    const s = locateListSheet(snapshot, def);
    if (!s) {
      missing.push(def.id);
      continue;
    }
    sheets[def.id] = s;
    mappings[def.id] = mapListSheet(s, def, fallbackLang);
  }
  const lang: Lang = mappings.problems?.lang ?? mappings.tasks?.lang ?? fallbackLang;
  const settingsInfo = readSettings(snapshot, lang);
  const settings = settingsInfo.settings;
  const lists = readLists(snapshot, lang);
  const cal = readCalendarSheet(snapshot, lang);
  const calendar = new WorkCalendar(cal.overrides);
  const issues: CellIssue[] = [...settingsInfo.issues, ...cal.issues];
  const deadlines = new Map<string, Map<string, ComputedLimit>>();

  const problems: ProblemRecord[] = [];
  const responsibilities: ResponsibilityRecord[] = [];
  const tasks: TaskRecord[] = [];

  const alertOf = (closed: boolean, deadline: IsoDate | null | undefined, finishedOn: IsoDate | null) =>
    computeAlert({ closed, deadline, finishedOn, today, dueSoonDays: settings.dueSoonDays });

  if (mappings.problems && sheets.problems) {
    const ctx: RowContext = {
      sheet: sheets.problems,
      def: PROBLEMS,
      mapping: mappings.problems,
      lists,
      issues,
      deadlines,
    };
    for (let r = mappings.problems.headerRow + 1; r <= mappings.problems.lastRow; r++) {
      const base = readRow(ctx, r);
      if (!base) continue;
      const t = (k: string) => base.text[k] ?? '';
      const feedbackDate = dateField(ctx, base, 'feedbackDate');
      const kindText = listField(ctx, base, 'kind');
      const statusText = listField(ctx, base, 'status');
      listField(ctx, base, 'category');
      listField(ctx, base, 'severity');
      const kind = rectKindOf(kindText);
      const status = problemStatusOf(statusText);
      const completedOn = dateField(ctx, base, 'completedOn');
      const closedOn = dateField(ctx, base, 'closedOn');
      const d = deadlineFields(
        ctx,
        base,
        { feedback: feedbackDate, limitText: t('timeLimit'), kind },
        calendar,
        settings,
      );
      problems.push({
        // Fields listed one by one, not spread: V8 gives every `{...base, ...d}` literal its own
        // hidden class, which made reading 60,000 rows three times slower (profiled in bench).
        row: base.row,
        raw: base.raw,
        text: base.text,
        deadline: d.deadline,
        deadlineTyped: d.deadlineTyped,
        computedDeadline: d.computedDeadline,
        deadlineCell: d.deadlineCell,
        calendarCovered: d.calendarCovered,
        uncoveredYears: d.uncoveredYears,
        deadlineFormula: d.deadlineFormula,
        id: t('id'),
        round: t('round'),
        inspectedUnit: t('inspectedUnit'),
        category: t('category'),
        description: t('description'),
        severity: t('severity'),
        kind,
        feedbackDate: feedbackDate ?? null,
        timeLimit: t('timeLimit'),
        status,
        statusText,
        completedOn: completedOn ?? null,
        closedOn: closedOn ?? null,
        reviewer: t('reviewer'),
        result: t('result'),
        rejections: integerField(ctx, base, 'rejections'),
        rejectReason: t('rejectReason'),
        reminders: integerField(ctx, base, 'reminders'),
        alertText: t('alert'),
        notes: t('notes'),
        alert: alertOf(status === 'closed', d.deadline, completedOn ?? closedOn ?? null),
      });
    }
  }

  if (mappings.responsibilities && sheets.responsibilities) {
    const ctx: RowContext = {
      sheet: sheets.responsibilities,
      def: RESPONSIBILITIES,
      mapping: mappings.responsibilities,
      lists,
      issues,
    };
    for (let r = mappings.responsibilities.headerRow + 1; r <= mappings.responsibilities.lastRow; r++) {
      const base = readRow(ctx, r);
      if (!base) continue;
      const t = (k: string) => base.text[k] ?? '';
      responsibilities.push({
        row: base.row,
        raw: base.raw,
        text: base.text,
        problemId: t('problemId'),
        leader: t('leader'),
        unit: t('unit'),
        person: t('person'),
        supportUnits: t('supportUnits'),
        duty: t('duty'),
        phone: t('phone'),
      });
    }
  }

  if (mappings.tasks && sheets.tasks) {
    const byId = new Map<string, ProblemRecord>();
    for (const p of problems) if (p.id && !byId.has(p.id)) byId.set(p.id, p);
    const ctx: RowContext = { sheet: sheets.tasks, def: TASKS, mapping: mappings.tasks, lists, issues, deadlines };
    for (let r = mappings.tasks.headerRow + 1; r <= mappings.tasks.lastRow; r++) {
      const base = readRow(ctx, r);
      if (!base) continue;
      const t = (k: string) => base.text[k] ?? '';
      const statusText = listField(ctx, base, 'status');
      const status = taskStatusOf(statusText);
      const doneOn = dateField(ctx, base, 'doneOn');
      const problem = byId.get(t('problemId'));
      const d = deadlineFields(
        ctx,
        base,
        { feedback: problem?.feedbackDate ?? null, limitText: t('timeLimit'), kind: null },
        calendar,
        settings,
      );
      tasks.push({
        // Fields listed one by one, not spread: V8 gives every `{...base, ...d}` literal its own
        // hidden class, which made reading 60,000 rows three times slower (profiled in bench).
        row: base.row,
        raw: base.raw,
        text: base.text,
        deadline: d.deadline,
        deadlineTyped: d.deadlineTyped,
        computedDeadline: d.computedDeadline,
        deadlineCell: d.deadlineCell,
        calendarCovered: d.calendarCovered,
        uncoveredYears: d.uncoveredYears,
        deadlineFormula: d.deadlineFormula,
        id: t('id'),
        problemId: t('problemId'),
        measure: t('measure'),
        unit: t('unit'),
        person: t('person'),
        timeLimit: t('timeLimit'),
        progress: t('progress'),
        status,
        statusText,
        doneOn: doneOn ?? null,
        evidence: t('evidence'),
        alertText: t('alert'),
        alert: alertOf(status === 'done', d.deadline, doneOn ?? null),
      });
    }
  }

  return {
    lang,
    today,
    settings,
    settingsInfo,
    lists,
    calendar,
    mappings,
    missing,
    problems,
    responsibilities,
    tasks,
    issues,
  };
}

/** Throws when a list sheet is missing: check and refresh need all three (init creates them). */
export function assertLedger(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): void {
  if (parsed.missing.length === 0) return;
  const names = parsed.missing
    .map((id) => LIST_SHEETS.find((d) => d.id === id)!)
    .map((d) => `${d.name.zh} / ${d.name.en}`)
    .join(parsed.lang === 'zh' ? '、' : ', ');
  throw new EngineError('workbook.missingSheets', {
    sheets: names,
    found: snapshot.sheets.map((s) => s.name).join(parsed.lang === 'zh' ? '、' : ', ') || '-',
  });
}
