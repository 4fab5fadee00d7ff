/**
 * One unit's package as a Plan applied to a new, empty workbook — by the same
 * adapter code that writes the master, so its tables, dropdowns (from a copy
 * of the ledger's `_lists`), date formats, header notes and colours are the
 * master's (plans/structure). The office's columns are locked by sheet
 * protection; the unit's columns are left unlocked over the rows sent.
 */
import { columnLetters } from '../core/a1';
import type { CellValue } from '../core/cells';
import { type Plan, concatPlans, emptyPlan } from '../core/plan';
import { type SheetSnapshot, type WorkbookSnapshot, emptySheet, findSheet } from '../core/snapshot';
import type { Lang } from '../../i18n';
import { planStructure } from '../plans/structure';
import type { ParsedWorkbook, RecordBase } from '../read/records';
import { cellText, rawValue } from '../read/rowReader';
import { DATE_FORMAT } from '../schema/format';
import { CLUES } from '../schema/clues';
import { RESPONSIBILITIES } from '../schema/responsibilities';
import { listSheetPrint } from '../schema/print';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import { EXTENSION_COLUMNS, IDENTITY_COLUMN, OPEN_COLUMNS, PACKAGE_SHEETS, type PackageSheetId } from './columns';
import { type RowStamp, packageHash, rowStamp } from './fingerprint';
import { INSTRUCTIONS_SHEET, type PackageInput, instructionsRows } from './instructions';

export type { PackageInput } from './instructions';
import { type PackageStamp, STAMP_SHEET, STAMP_VERSION, stampRows } from './stamp';
import type { UnitRows } from './units';

export interface PackageSpec {
  unit: string;
  plan: Plan;
  stamp: PackageStamp;
  problems: number;
  tasks: number;
  report: boolean;
}

/** The records of one package sheet, each with its identity. */
function recordsOf(u: UnitRows, id: PackageSheetId): RecordBase[] {
  if (id === 'problems') return u.problems;
  if (id === 'tasks') return u.tasks;
  return u.report ? [u.report] : [];
}

const identity = (id: PackageSheetId, r: RecordBase) => cellText(r, IDENTITY_COLUMN[id]);

/** The sheet's columns in the package: the list's columns in schema order, and on 问题清单 the extension request. */
type PackageColumn = { key: string; date: boolean; width: number; header: { zh: string; en: string } };

function packageColumns(id: PackageSheetId): PackageColumn[] {
  const def = PACKAGE_SHEETS.find((s) => s.id === id)!.def;
  const of = (c: { key: string; type: string; width: number; header: PackageColumn['header'] }): PackageColumn => ({
    key: c.key,
    date: c.type === 'date',
    width: c.width,
    header: c.header,
  });
  return id === 'problems' ? [...def.columns.map(of), ...EXTENSION_COLUMNS.map(of)] : def.columns.map(of);
}

function sheetName(id: PackageSheetId, lang: Lang): string {
  return PACKAGE_SHEETS.find((s) => s.id === id)!.def.name[lang];
}

/** The package's list sheets as a snapshot (for the structure plan) and as writes, with the rows' stamps. */
function listSheets(u: UnitRows, lang: Lang): { sheets: SheetSnapshot[]; plan: Plan; rows: RowStamp[] } {
  const plan = emptyPlan();
  const sheets: SheetSnapshot[] = [];
  const rows: RowStamp[] = [];
  for (const { id } of PACKAGE_SHEETS) {
    const cols = packageColumns(id);
    const name = sheetName(id, lang);
    const data: CellValue[][] = recordsOf(u, id).map((r) => {
      rows.push(rowStamp(id, identity(id, r), (k) => rawValue(r, k)));
      return cols.map((c) => rawValue(r, c.key) ?? null);
    });
    const header = cols.map((c) => c.header[lang]);
    sheets.push({ ...emptySheet(name), values: [header, ...data], customWidths: {} });
    // Printed as the master's lists are: landscape, as few pages wide as stay legible, the header on every page.
    plan.sheets.push({ name, create: true, print: listSheetPrint({ columns: cols }, lang) });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: [header] });
    const formats = cols.map((c) => (c.date ? DATE_FORMAT : null));
    if (data.length) plan.writes.push({ sheet: name, row: 2, column: 1, values: data, numberFormats: formats });
  }
  return { sheets, plan, rows };
}

/** Only what a package holds: no 责任清单, 移交清单, `_calendar` or `_log` (the structure plan would make them). */
function withoutSheets(plan: Plan, drop: ReadonlySet<string>): Plan {
  const keep = <T extends { sheet: string }>(xs: T[]) => xs.filter((x) => !drop.has(x.sheet));
  return {
    ...plan,
    sheets: plan.sheets.filter((s) => !drop.has(s.name)),
    tables: keep(plan.tables),
    writes: keep(plan.writes),
    formulas: keep(plan.formulas),
    columnFormats: keep(plan.columnFormats),
    notes: keep(plan.notes),
    validations: keep(plan.validations),
    conditionalFormats: keep(plan.conditionalFormats),
    names: plan.names.filter((n) => ![...drop].some((s) => n.ref.includes(s))),
    log: [],
  };
}

/** Unlocked ranges of a sheet: each open column over the rows sent. */
function openRanges(id: PackageSheetId, rowsSent: number): string[] {
  if (rowsSent === 0) return [];
  const cols = packageColumns(id);
  return OPEN_COLUMNS[id].map((k) => {
    const letter = columnLetters(cols.findIndex((c) => c.key === k) + 1);
    return `${letter}2:${letter}${rowsSent + 1}`;
  });
}

/** The ledger's `_lists` (the dropdowns' values, its own categories and status words included), hidden. */
function listsCopy(master: WorkbookSnapshot): SheetSnapshot[] {
  const lists = findSheet(master, HELPER_SHEET_NAMES.lists);
  return lists ? [{ ...emptySheet(lists.name, 'hidden'), values: lists.values }] : [];
}

export function planPackage(
  master: WorkbookSnapshot,
  data: ParsedWorkbook,
  u: UnitRows,
  input: PackageInput,
): PackageSpec {
  const lang = data.lang;
  const lists = listSheets(u, lang);
  const copied = listsCopy(master);
  const written = lists.plan;
  for (const s of copied) {
    written.sheets.push({ name: s.name, create: true, visibility: 'hidden' });
    written.writes.push({ sheet: s.name, row: 1, column: 1, values: s.values });
  }
  const snapshot: WorkbookSnapshot = { sheets: [...lists.sheets, ...copied], user: master.user, readAt: master.readAt };
  const drop = new Set([
    RESPONSIBILITIES.name[lang],
    CLUES.name[lang],
    HELPER_SHEET_NAMES.calendar,
    HELPER_SHEET_NAMES.log,
  ]);
  const structure = withoutSheets(planStructure(snapshot, { lang }).plan, drop);
  const rows = lists.rows;
  const stamp: PackageStamp = {
    version: STAMP_VERSION,
    ledgerId: input.ledgerId,
    unit: u.unit,
    round: input.round,
    packageDate: input.packageDate,
    due: input.due,
    hash: packageHash(input.ledgerId, u.unit, input.round, rows),
    rows,
  };
  const head = emptyPlan();
  const help = instructionsRows(u, input);
  // Read on screen and printed: the texts wrap in column B, one page wide.
  head.sheets.push({
    name: INSTRUCTIONS_SHEET[lang],
    create: true,
    widths: { 1: 24, 2: 72 },
    wrapBlock: { first: 2, last: help.length, columns: 2 },
    print: { orientation: 'portrait', pagesWide: 1 },
  });
  head.writes.push({ sheet: INSTRUCTIONS_SHEET[lang], row: 1, column: 1, values: help });
  const tail = emptyPlan();
  tail.sheets.push({
    name: STAMP_SHEET,
    create: true,
    visibility: 'veryHidden',
    protect: { password: input.password },
  });
  tail.writes.push({
    sheet: STAMP_SHEET,
    row: 1,
    column: 1,
    values: stampRows(stamp),
    numberFormats: ['@', '@', '@', '@', '@'],
  });
  const plan = concatPlans(head, written, structure, tail);
  protect(plan, u, lang, input.password);
  return { unit: u.unit, plan, stamp, problems: u.problems.length, tasks: u.tasks.length, report: !!u.report };
}

/** Every visible sheet protected; the unit's columns unlocked; the extension columns' widths, notes and date format. */
function protect(plan: Plan, u: UnitRows, lang: Lang, password: string): void {
  const op = (name: string) => plan.sheets.find((s) => s.name === name)!;
  op(INSTRUCTIONS_SHEET[lang]).protect = { password };
  for (const { id } of PACKAGE_SHEETS) {
    const sent = recordsOf(u, id).length;
    op(sheetName(id, lang)).protect = { password, unlocked: openRanges(id, sent) };
  }
  const problems = op(sheetName('problems', lang));
  const base = PACKAGE_SHEETS[0].def.columns.length;
  EXTENSION_COLUMNS.forEach((c, i) => {
    problems.widths = { ...problems.widths, [base + i + 1]: c.width };
    plan.notes.push({ sheet: problems.name, address: `${columnLetters(base + i + 1)}1`, text: c.note[lang] });
    if (c.type === 'date')
      plan.columnFormats.push({
        sheet: problems.name,
        column: base + i + 1,
        fromRow: 2,
        toRow: Math.max(2, u.problems.length + 1),
        numberFormat: DATE_FORMAT,
      });
  });
}
