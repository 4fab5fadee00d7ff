/**
 * Reads the three list sheets of a snapshot into LedgerData. This is the
 * ledger module's own minimal reader, used until (and as a fallback beside)
 * the workbook core's readWorkbook; it follows the same layout (layout.ts):
 * headers matched by name or alias in any order, dates from serials or text,
 * deadlines computed from feedback date + time limit unless typed by hand.
 * It never throws on bad cells: a value it cannot read becomes "unknown",
 * and `check` is where such cells are reported.
 */
import { WorkCalendar } from '../calendar';
import { IsoDate, parseDateValue } from '../dates';
import { deadlineFromText } from '../deadline';
import { attempt } from '../errors';
import { LIST_SHEETS, ListSheetDef, PROBLEMS, PROBLEM_STATUS, TASK_STATUS, matchColumn } from '../layout';
import type { Lang } from '../messages';
import { CellValue, SheetSnapshot, WorkbookSnapshot, isCellError } from '../model';
import { DEFAULT_SETTINGS, Settings } from '../settings';
import { computeAlert } from '../status';
import {
  LedgerData,
  LedgerProblem,
  LedgerResponsibility,
  LedgerTask,
  ProblemStatus,
  SheetLocation,
  TaskStatus,
} from './types';

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return String(v).trim();
}

function cellDate(v: CellValue | undefined): IsoDate | null | undefined {
  if (v === null || v === undefined || cellText(v) === '') return null;
  if (isCellError(v)) return undefined;
  const r = attempt(() => parseDateValue(v));
  return r.ok ? r.value : undefined;
}

function cellInt(v: CellValue | undefined): number {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.max(0, Math.trunc(v));
  const n = Number(cellText(v));
  return Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0;
}

const matchStatus = <C extends string>(
  values: Record<C, { code: string; zh: string; en: string }>,
  text: string,
): C | null => {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const [code, v] of Object.entries(values) as [C, { code: string; zh: string; en: string }][]) {
    if (t === v.zh.toLowerCase() || t === v.en.toLowerCase() || t === v.code.toLowerCase()) return code;
  }
  return null;
};

const problemStatusOf = (text: string): ProblemStatus | null => matchStatus(PROBLEM_STATUS, text);
const taskStatusOf = (text: string): TaskStatus | null => matchStatus(TASK_STATUS, text);

/** Finds a list sheet by its Chinese or English name, then locates its header row (first 5 rows) by matching headers. */
function findListSheet(
  snapshot: WorkbookSnapshot,
  def: ListSheetDef,
): { sheet: SheetSnapshot; loc: SheetLocation } | null {
  const sheet = snapshot.sheets.find((s) => s.name === def.name.zh || s.name === def.name.en);
  if (!sheet) return null;
  let best: { row: number; columns: Record<string, number>; count: number } | null = null;
  for (let r = 0; r < Math.min(5, sheet.values.length); r++) {
    const columns: Record<string, number> = {};
    (sheet.values[r] ?? []).forEach((h, c) => {
      const m = matchColumn(def, h);
      if (m && columns[m.key] === undefined) columns[m.key] = c + 1;
    });
    const count = Object.keys(columns).length;
    if (!best || count > best.count) best = { row: r + 1, columns, count };
  }
  if (!best || best.count === 0) return null;
  return { sheet, loc: { name: sheet.name, headerRow: best.row, columns: best.columns } };
}

function rowsOf(
  sheet: SheetSnapshot,
  loc: SheetLocation,
): { row: number; get: (key: string) => CellValue | undefined }[] {
  const out: { row: number; get: (key: string) => CellValue | undefined }[] = [];
  for (let r = loc.headerRow; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    if (values.every((v) => cellText(v) === '')) continue;
    out.push({ row: r + 1, get: (key) => (loc.columns[key] ? values[loc.columns[key] - 1] : undefined) });
  }
  return out;
}

export interface LedgerReadOptions {
  today: IsoDate;
  settings?: Partial<Settings>;
  calendar?: WorkCalendar;
}

export function readLedger(snapshot: WorkbookSnapshot, opts: LedgerReadOptions): LedgerData {
  const lang: Lang =
    opts.settings?.lang ??
    (snapshot.sheets.some((s) => s.name === PROBLEMS.name.zh)
      ? 'zh'
      : snapshot.sheets.some((s) => s.name === PROBLEMS.name.en)
        ? 'en'
        : 'zh');
  const settings: Settings = { ...DEFAULT_SETTINGS, ...opts.settings, lang };
  const calendar = opts.calendar ?? new WorkCalendar();
  const today = opts.today;
  const [pLoc, rLoc, tLoc] = LIST_SHEETS.map((d) => findListSheet(snapshot, d));

  const deadlineOf = (feedback: IsoDate | null | undefined, limitText: string, typed: CellValue | undefined) => {
    if (!limitText) return cellDate(typed) ?? undefined;
    if (!feedback) return undefined;
    const r = deadlineFromText(feedback, limitText, calendar, settings);
    return r.ok ? r.value.deadline : undefined;
  };

  const problems: LedgerProblem[] = [];
  const feedbackById = new Map<string, IsoDate | null | undefined>();
  if (pLoc) {
    for (const { row, get } of rowsOf(pLoc.sheet, pLoc.loc)) {
      const feedbackDate = cellDate(get('feedbackDate'));
      const status = problemStatusOf(cellText(get('status')));
      const completedOn = cellDate(get('completedOn')) ?? null;
      const closedOn = cellDate(get('closedOn')) ?? null;
      const deadline = deadlineOf(feedbackDate, cellText(get('timeLimit')), get('deadline'));
      const id = cellText(get('id'));
      feedbackById.set(id, feedbackDate);
      problems.push({
        row,
        id,
        round: cellText(get('round')),
        inspectedUnit: cellText(get('inspectedUnit')),
        category: cellText(get('category')),
        description: cellText(get('description')),
        severity: cellText(get('severity')),
        kind: cellText(get('kind')),
        feedbackDate: feedbackDate ?? null,
        deadline,
        status,
        completedOn,
        closedOn,
        reviewer: cellText(get('reviewer')),
        rejections: cellInt(get('rejections')),
        reminders: cellInt(get('reminders')),
        alert: computeAlert({
          closed: status === 'closed',
          deadline,
          finishedOn: completedOn ?? closedOn,
          today,
          dueSoonDays: settings.dueSoonDays,
        }),
      });
    }
  }

  const responsibilities: LedgerResponsibility[] = [];
  if (rLoc) {
    for (const { row, get } of rowsOf(rLoc.sheet, rLoc.loc)) {
      responsibilities.push({
        row,
        problemId: cellText(get('problemId')),
        leader: cellText(get('leader')),
        unit: cellText(get('unit')),
        person: cellText(get('person')),
        supportUnits: cellText(get('supportUnits')),
        phone: cellText(get('phone')),
      });
    }
  }

  const tasks: LedgerTask[] = [];
  if (tLoc) {
    for (const { row, get } of rowsOf(tLoc.sheet, tLoc.loc)) {
      const problemId = cellText(get('problemId'));
      const status = taskStatusOf(cellText(get('status')));
      const doneOn = cellDate(get('doneOn')) ?? null;
      const deadline = deadlineOf(feedbackById.get(problemId), cellText(get('timeLimit')), get('deadline'));
      tasks.push({
        row,
        id: cellText(get('id')),
        problemId,
        measure: cellText(get('measure')),
        unit: cellText(get('unit')),
        person: cellText(get('person')),
        deadline,
        status,
        doneOn,
        alert: computeAlert({
          closed: status === 'done',
          deadline,
          finishedOn: doneOn,
          today,
          dueSoonDays: settings.dueSoonDays,
        }),
      });
    }
  }

  return {
    lang,
    settings,
    today,
    problems,
    responsibilities,
    tasks,
    sheets: { problems: pLoc?.loc ?? null, responsibilities: rLoc?.loc ?? null, tasks: tLoc?.loc ?? null },
  };
}
