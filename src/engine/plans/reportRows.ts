/**
 * Every inspected unit of 问题清单 owes a rectification report (整改报告), so
 * structure (init, import) and refresh give each unit its row in 整改报告
 * when the workbook has that sheet: the unit's name as 问题清单 writes it
 * (its first problem's spelling), the round when the unit's problems that
 * name one agree on it, the feedback date left empty (the reader takes the
 * unit's earliest one from 问题清单). A unit that has a row — the same name
 * half-width, without spaces, in any case (core/text.ts identityText) — never
 * gets a second one, and no row is ever deleted. The new rows are written
 * below the list's last filled row, through the plan, so `_log` records them.
 */
import { parseRange, rangeRef } from '../core/a1';
import { isEmptyValue, valueText } from '../core/cells';
import { type Plan, concatPlans, emptyPlan, snapshotAfter } from '../core/plan';
import { type SheetSnapshot, type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { identityText } from '../core/text';
import { type ReadOptions, readWorkbook, rereadReports } from '../read/readWorkbook';
import { HELPER_SHEET_NAMES } from '../schema/sheets';
import type { ParsedWorkbook, SheetMapping } from '../read/records';
import { reportChanges } from './refreshCycle';
import { planChanges } from './refreshChanges';
import { planStructure } from './structure';

export interface MissingReport {
  unit: string;
  /** The round the unit's problems agree on; '' when none names one or they differ. */
  round: string;
}

/** The inspected units of 问题清单 without a 整改报告 row, in the order they first appear. */
export function missingReports(parsed: ParsedWorkbook): MissingReport[] {
  const have = new Set(parsed.reports.map((r) => identityText(r.unit)).filter(Boolean));
  const units = new Map<string, { unit: string; rounds: Set<string> }>();
  for (const p of parsed.problems) {
    const key = identityText(p.inspectedUnit);
    if (!key || have.has(key)) continue;
    let u = units.get(key);
    if (!u) units.set(key, (u = { unit: p.inspectedUnit.trim(), rounds: new Set() }));
    if (p.round.trim()) u.rounds.add(p.round.trim());
  }
  return [...units.values()].map((u) => ({ unit: u.unit, round: u.rounds.size === 1 ? [...u.rounds][0] : '' }));
}

/** The last row holding anything in the list's columns (the header row when none): new rows go below it. */
function lastFilledRow(sheet: SheetSnapshot, mapping: SheetMapping): number {
  for (let r = Math.max(sheet.values.length, mapping.lastRow); r > mapping.headerRow; r--) {
    const row = sheet.values[r - 1] ?? [];
    for (let c = mapping.firstColumn; c <= mapping.lastColumn; c++) if (!isEmptyValue(row[c - 1])) return r;
  }
  return mapping.headerRow;
}

export interface ReportRowsPlan {
  plan: Plan;
  sheet: string;
  firstRow: number;
  lastRow: number;
  units: MissingReport[];
}

/** The writes giving each unit without a report row its row; null when every unit has one (or no sheet). */
export function planReportRows(snapshot: WorkbookSnapshot, parsed: ParsedWorkbook): ReportRowsPlan | null {
  const mapping = parsed.mappings.reports;
  const unitCol = mapping?.columns.unit;
  if (!mapping || !parsed.mappings.problems || unitCol === undefined) return null;
  const units = missingReports(parsed);
  const sheet = findSheet(snapshot, mapping.sheet);
  if (!units.length || !sheet) return null;
  const firstRow = lastFilledRow(sheet, mapping) + 1;
  const plan = emptyPlan();
  plan.writes.push({ sheet: mapping.sheet, row: firstRow, column: unitCol, values: units.map((u) => [u.unit]) });
  const roundCol = mapping.columns.round;
  units.forEach((u, i) => {
    if (u.round && roundCol !== undefined)
      plan.writes.push({ sheet: mapping.sheet, row: firstRow + i, column: roundCol, values: [[u.round]] });
  });
  return { plan, sheet: mapping.sheet, firstRow, lastRow: firstRow + units.length - 1, units };
}

/**
 * The workbook once the plan is applied, its tables as the plan leaves them (snapshotAfter writes cells only):
 * the reader takes a list's rows from its table, so rows below the old table would be missed.
 */
function applied(snapshot: WorkbookSnapshot | null, plan: Plan): WorkbookSnapshot {
  const out = snapshotAfter(snapshot, plan);
  for (const op of plan.tables) {
    const sheet = findSheet(out, op.sheet);
    if (!sheet) continue;
    sheet.tables = [...sheet.tables.filter((x) => x.name !== op.name), { name: op.name, ref: op.ref }];
  }
  return out;
}

/** A range's bottom row moved down to `bottom` when it ends above it. */
function extended(ref: string, bottom: number): string {
  const r = parseRange(ref);
  return r.bottom < bottom ? rangeRef({ ...r, bottom }) : ref;
}

/**
 * The structure plan's table, dropdowns, colours and date formats of the sheet reach the new rows; a table the
 * plan leaves as it is gets resized over them.
 */
function extendOver(plan: Plan, after: WorkbookSnapshot, mapping: SheetMapping, bottom: number): void {
  const sheet = mapping.sheet;
  const tables = plan.tables.filter((x) => x.sheet === sheet);
  for (const x of tables) x.ref = extended(x.ref, bottom);
  if (!tables.length && mapping.table) {
    const headerCells = findSheet(after, sheet)?.values[mapping.headerRow - 1] ?? [];
    const headers: string[] = [];
    for (let c = mapping.firstColumn; c <= mapping.lastColumn; c++) headers.push(valueText(headerCells[c - 1]));
    const ref = rangeRef({ ...parseRange(mapping.table.ref), bottom: Math.max(bottom, mapping.table.bottom) });
    plan.tables.push({ sheet, name: mapping.table.name, ref, headers });
  }
  for (const v of plan.validations) if (v.sheet === sheet) v.range = extended(v.range, bottom);
  for (const f of plan.conditionalFormats) if (f.sheet === sheet) f.range = extended(f.range, bottom);
  for (const f of plan.columnFormats) if (f.sheet === sheet) f.toRow = Math.max(f.toRow, bottom);
}

/** The new rows' 整改期满日 and 预警, computed as refresh computes them. */
function planNewRowDates(plan: Plan, after: WorkbookSnapshot, opts: ReadOptions, firstRow: number): void {
  const parsed = readWorkbook(after, opts);
  const mapping = parsed.mappings.reports;
  const sheet = mapping && findSheet(after, mapping.sheet);
  if (!mapping || !sheet) return;
  const fresh = parsed.reports.filter((r) => r.row >= firstRow);
  // New rows guard nothing: their sheet may not exist yet when the adapter checks the guards.
  const expect = plan.expect;
  plan.expect = [];
  planChanges(
    plan,
    sheet,
    mapping,
    fresh.flatMap((r) => reportChanges(sheet, mapping, r, parsed.lang)),
    [],
    parsed.lang,
  );
  plan.expect = expect;
}

/**
 * A structure plan (init, import) with the 整改报告 rows the units lack once it is applied: the rows, the
 * sheet's table and formats over them, their dates and alerts. The plan as it is when nothing is missing.
 */
export function withReportRows(plan: Plan, before: WorkbookSnapshot | null, opts: ReadOptions): Plan {
  const after = applied(before, plan);
  const parsed = readWorkbook(after, opts);
  const rows = planReportRows(after, parsed);
  if (!rows) return plan;
  const out = concatPlans(plan, rows.plan);
  extendOver(out, after, parsed.mappings.reports!, rows.lastRow);
  planNewRowDates(out, applied(before, out), opts, rows.firstRow);
  return out;
}

export interface RefreshWithRows {
  /** The rows, and structure over them (table, dropdowns, colours). */
  plan: Plan;
  /** The workbook and its reading once they are written: refresh computes from these. */
  snapshot: WorkbookSnapshot;
  parsed: ParsedWorkbook;
  units: MissingReport[];
}

/**
 * The part of a whole-workbook structure plan that reaches one sheet's new rows: its table, dropdowns, colours,
 * notes and cells, with what they rely on — the helper sheets (their lists, settings) and the defined names the
 * colours read, which a ledger made by init or import already has (planned only where missing or different).
 * Left out: the other list sheets' structure — refresh gives their rows none either (a plain refresh plans none),
 * and for a ledger that has it, it would only restate it — and how the sheet itself looks (its frozen header,
 * widths, printing), which is the user's once the sheet exists, as on every plain refresh.
 */
export function structureOfSheet(structure: Plan, sheet: string): Plan {
  const helpers = new Set<string>(Object.values(HELPER_SHEET_NAMES));
  const keep = (s: { sheet: string }) => s.sheet === sheet || helpers.has(s.sheet);
  const out = emptyPlan();
  out.sheets = structure.sheets.filter((s) => helpers.has(s.name));
  out.tables = structure.tables.filter(keep);
  out.writes = structure.writes.filter(keep);
  out.formulas = structure.formulas.filter(keep);
  out.columnFormats = structure.columnFormats.filter(keep);
  out.notes = structure.notes.filter(keep);
  out.validations = structure.validations.filter(keep);
  out.conditionalFormats = structure.conditionalFormats.filter(keep);
  out.names = [...structure.names];
  out.log = structure.log.filter(keep);
  if (structure.expect) out.expect = structure.expect.filter(keep);
  return out;
}

/** Refresh: the 整改报告 rows the units lack, with that sheet's structure planned over them; null when none is missing. */
export function reportRowsForRefresh(snapshot: WorkbookSnapshot, parsed: ParsedWorkbook): RefreshWithRows | null {
  const rows = planReportRows(snapshot, parsed);
  if (!rows) return null;
  const withRows = snapshotAfter(snapshot, rows.plan);
  const structure = structureOfSheet(planStructure(withRows, { lang: parsed.lang }).plan, rows.sheet);
  const plan = concatPlans(rows.plan, structure);
  const after = applied(snapshot, plan);
  // Only 整改报告's cells and table changed (a ledger with its helper sheets): that sheet is read again, not the
  // whole ledger. A sheet op that creates or clears a sheet changes what is read; protection or visibility does not.
  const onlyReports =
    plan.sheets.every((op) => !op.create && !op.clear) &&
    plan.writes.every((w) => w.sheet === rows.sheet) &&
    plan.tables.every((t) => t.sheet === rows.sheet);
  return {
    plan,
    snapshot: after,
    parsed: onlyReports
      ? rereadReports(parsed, after)
      : readWorkbook(after, { today: parsed.today, lang: parsed.lang }),
    units: rows.units,
  };
}
