/**
 * One source row into the lists' columns: placeholders cleaned (and counted),
 * values converted where the meaning is certain (dates, 是/否), everything
 * else kept as typed and reported with its cell; unmapped columns kept as
 * extra columns. The file's report (filled, samples, translations) grows as
 * rows are read.
 */
import { wordRecord } from '../core/arrays';
import { cellAddress } from '../core/a1';
import { type CellValue, isCellError } from '../core/cells';
import { attempt } from '../core/errors';
import { fromExcelSerial } from '../rules/excelSerial';
import type { ListSheetId } from '../schema/columns';
import { listSheet } from '../schema/listSheets';
import { PROBLEMS } from '../schema/problems';
import { type FileState, type RowState, type RowValues, type RunState, columnFor, notice } from './context';
import { type RoleUnit, SECTION_COLUMN, extraDate, roleResponsibilities, roleUnit } from './layout';
import { cellText } from './header';
import type { ColumnMapping, Target } from './mapping';
import type { ColumnReport, RowSource } from './types';
import { convertValue, isPlaceholder } from './values';

function columnType(t: Target): string {
  return listSheet(t.sheet).columns.find((c) => c.key === t.key)!.type;
}

/** A date serial shown as a date in samples (what the user sees in Excel). */
function isoOrRaw(serial: number): string {
  const r = attempt(() => fromExcelSerial(serial));
  return r.ok ? r.value : String(serial);
}

/** Counts a cell into its column's report; false when it is a placeholder (then it is not read). */
function countCell(run: RunState, report: ColumnReport, m: ColumnMapping, raw: CellValue): boolean {
  // An extra column keeps what was typed, placeholders included; only an empty cell is nothing there.
  const nothing = m.targets.length
    ? isPlaceholder(raw)
    : raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (nothing) {
    // A blank is nothing; a typed placeholder ('\\', ' /', '无') is counted so the report shows what was cleaned.
    if (typeof raw === 'string' && raw.trim() !== '') {
      report.placeholders++;
      run.result.counts.placeholders++;
    }
    return false;
  }
  report.filled++;
  const shown = isCellError(raw) ? raw.error : String(raw);
  const sample = m.targets.some((t) => columnType(t) === 'date') && typeof raw === 'number' ? isoOrRaw(raw) : shown;
  if (report.samples.length < 3 && !report.samples.includes(sample)) report.samples.push(sample);
  return true;
}

/**
 * One mapped cell into its list columns (a column may feed several lists: it is reported once, by the first).
 * True when the value was translated (the caller keeps the text as typed).
 */
function convertCell(
  run: RunState,
  out: RowValues,
  report: ColumnReport,
  m: ColumnMapping,
  raw: CellValue,
  src: RowSource,
): boolean {
  let translated = false;
  const shown = isCellError(raw) ? raw.error : String(raw);
  const owner: ListSheetId = m.targets[0].sheet;
  for (const t of m.targets) {
    const def = listSheet(t.sheet).columns.find((c) => c.key === t.key)!;
    const conv = convertValue(def, raw, run.lang, run.ownStatusWords);
    let value = conv.value;
    if ((t.key === 'id' || t.key === 'problemId') && value !== null) value = cellText(value);
    out.values[t.sheet][t.key] = value;
    if (conv.code) out.codes[`${t.sheet}.${t.key}`] = conv.code;
    if (t.sheet !== owner) continue;
    if (conv.translated) {
      translated = true;
      const tr = report.translations.find((x) => x.from === conv.translated!.from);
      if (tr) tr.count++;
      else report.translations.push({ ...conv.translated, count: 1 });
    }
    if (!conv.problem) continue;
    // A new category is not a problem: it is added to _lists, and the report lists it once.
    if (conv.problem.code === 'import.value.newCategory') run.newCategories.add(String(conv.value));
    else run.result.notices.push(notice(src, m.column, shown, m.header, conv.problem.code, conv.problem.params));
  }
  return translated;
}

/** The column that keeps a mapped column's values as typed, where import translated or cleared them. */
export function originalColumnName(header: string, lang: RunState['lang']): string {
  const name = header.replace(/(?<!\s)\s*\n\s*/g, '').trim(); // a header typed on two lines names one column
  return lang === 'zh' ? `${name}（原值）` : `${name} (as typed)`;
}

/** A formula cell the file holds no result for: reported at its cell, never silently empty. */
function formulaWithoutValue(run: RunState, f: FileState, m: ColumnMapping, src: RowSource): void {
  const merge = f.reader.mergeAt(src.row, m.column);
  const address = cellAddress(merge?.top ?? src.row, merge?.left ?? m.column);
  const formula = f.reader.sheet.formulas[address];
  if (formula)
    run.result.notices.push(notice(src, m.column, formula, m.header, 'import.value.formulaNoValue', { formula }));
}

/** The report of a column, found once per file (a row of 26 columns does not search 26 times). */
const REPORTS = new WeakMap<FileState['report'], Map<number, ColumnReport>>();
function reportOf(f: FileState, column: number): ColumnReport {
  let byColumn = REPORTS.get(f.report);
  if (!byColumn) {
    byColumn = new Map(f.report.columns.map((c) => [c.column, c]));
    REPORTS.set(f.report, byColumn);
  }
  return byColumn.get(column)!;
}

/** A problem under a section heading: the heading is its category (or, when the file has its own, kept beside). */
function sectionInto(run: RunState, f: FileState, row: RowState, out: RowValues): void {
  const planned = f.layout?.byRow.get(row.src.row);
  if (!planned?.path || row.continuation) return;
  out.extras[SECTION_COLUMN[run.lang]] = planned.path.join(' / ');
  if (out.values.problems.category || columnFor(f, 'problems', 'category')) return;
  const conv = convertValue(CATEGORY, planned.category!, run.lang);
  out.values.problems.category = conv.value;
  if (conv.code) out.codes['problems.category'] = conv.code;
  if (conv.problem?.code === 'import.value.newCategory') run.newCategories.add(String(conv.value));
}

const CATEGORY = PROBLEMS.columns.find((c) => c.key === 'category')!;

/** An extra column that holds dates: serials, datetimes and typed dates are all written as dates. */
function extraValue(run: RunState, f: FileState, m: ColumnMapping, name: string, raw: CellValue): CellValue {
  if (!f.layout?.dateExtras.has(m.column)) return raw;
  const serial = extraDate(raw);
  if (serial === null) return raw;
  const names = (run.result.extraDateColumns ??= []);
  if (!names.includes(name)) names.push(name);
  return serial;
}

export function readRowValues(run: RunState, f: FileState, row: RowState): RowValues {
  const out: RowValues = { values: { problems: {}, responsibilities: {}, tasks: {} }, extras: wordRecord(), codes: {} };
  const units: RoleUnit[] = [];
  for (const m of f.mapping) {
    // A cell merged across columns is one value, in its first column (a measure merged over I:M is not five).
    const raw = f.reader.dataValue(row.src.row, m.column);
    const merge = f.reader.mergeAt(row.src.row, m.column);
    const report = reportOf(f, m.column);
    if (raw === null && (!merge || merge.left === m.column)) formulaWithoutValue(run, f, m, row.src);
    const placeholdersBefore = report.placeholders;
    if (!countCell(run, report, m, raw)) {
      // A placeholder cleared from a mapped column stays traceable: the text as typed, in its own column.
      if (report.placeholders > placeholdersBefore) out.extras[originalColumnName(m.header, run.lang)] = raw;
      continue;
    }
    const role = f.layout?.roles.get(m.column);
    if (role !== undefined && !row.continuation) {
      units.push(roleUnit(m.column, role, raw));
      continue;
    }
    if (m.targets.length && role === undefined) {
      if (row.continuation && !m.targets.some((t) => t.sheet === 'tasks') && !(merge && merge.top < row.src.row)) {
        // A measure row's own value in a column of its problem (整改时限要求 typed again): the measure keeps it.
        out.extras[originalColumnName(m.header, run.lang)] = raw;
        continue;
      }
      // A value translated to a list value (是 → 待审核) keeps its original text beside it, in its own column.
      if (convertCell(run, out, report, m, raw, row.src)) out.extras[originalColumnName(m.header, run.lang)] = raw;
      continue;
    }
    // Under a merged problem cell, a column's own value belongs to the measure of this row.
    if (row.continuation && merge && merge.top < row.src.row) continue;
    const name = report.extraName ?? m.header;
    out.extras[name] = extraValue(run, f, m, name, raw);
  }
  if (units.length) out.moreResponsibilities = roleResponsibilities(out.values.responsibilities, units);
  sectionInto(run, f, row, out);
  return out;
}
