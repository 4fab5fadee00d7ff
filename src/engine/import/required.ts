/**
 * Required columns a source lacks. A ledger without 反馈日期 anywhere would
 * otherwise be imported with that cell empty in every row, and `check` would
 * then find it once per row. The import says so once, before anything is
 * written (the dry run shows it), names the source column that looks like
 * the missing one with the `--map` rule that would use it (guess.ts), and
 * finds each file's feedback date where a person would look for it:
 *
 * 1. a 反馈日期 column (any of its names);
 * 2. a title line such as `反馈时间：2024年3月5日` above the header;
 * 3. `--feedback-date FILE=DATE` for that file;
 * 4. `--feedback-date DATE` for every file still without one.
 *
 * The report says which was used for each file.
 */
import { cellAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import { EngineError, attempt } from '../core/errors';
import { isIsoDate, yearOf } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { parseDateValue } from '../rules/parseDate';
import { normalizeHeader } from '../schema/headers';
import { PROBLEMS } from '../schema/problems';
import type { FileState, RunState } from './context';
import { type RequiredKey, guessColumns } from './guess';
import { cellText } from './header';
import type { FeedbackDateUse, FileReport, HeaderDetail, ImportDefaultValues } from './types';

export type ImportDefaults = ImportDefaultValues;

/** A default must be a value the column takes (a date as yyyy-mm-dd). */
export function checkDefaults(defaults: ImportDefaults | undefined): void {
  const all = [defaults?.feedbackDate, ...Object.values(defaults?.feedbackDates ?? {})];
  for (const d of all)
    if (d !== undefined && !isIsoDate(d)) throw new EngineError('import.defaults.badDate', { value: d });
}

const header = (run: RunState, key: string) => PROBLEMS.columns.find((c) => c.key === key)!.header[run.lang];

const hasColumn = (f: FileReport, key: string) =>
  f.columns.some((c) => c.targets.some((t) => t.sheet === 'problems' && t.key === key));

/** A label that names the feedback date: 反馈时间, 反馈日期, 巡察反馈时间, 市委巡察组反馈日期… */
function isFeedbackLabel(label: string): boolean {
  const l = normalizeHeader(label);
  return l.endsWith('反馈时间') || l.endsWith('反馈日期') || l === 'feedbackdate';
}

/** A plausible date (1990–2100) from a detail's value, or null. */
function dateOf(value: CellValue): string | null {
  const r = attempt(() => parseDateValue(typeof value === 'string' ? value.trim() : value));
  if (!r.ok) return null;
  const y = yearOf(r.value);
  return y >= 1990 && y <= 2100 ? r.value : null;
}

/** Splits at the last run of white space: `某局    反馈时间` → ['某局', '反馈时间']; no space → [text, '']. */
function splitLast(text: string): [string, string] {
  const t = text.trim();
  let i = t.length - 1;
  while (i >= 0 && !/\s/.test(t[i])) i--;
  if (i < 0) return [t, ''];
  return [t.slice(0, i).trim(), t.slice(i + 1)];
}

/**
 * `label：value` pairs in one cell: `反馈时间：2024年3月5日`, or several (`填报单位：某局    反馈时间：2024年3月5日`).
 * Between two colons sit a value and the next label, split at the last space. A linear scan, no pattern.
 */
export function labelPairs(text: string): { label: string; value: string }[] {
  const colons: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '：' || text[i] === ':') colons.push(i);
  const out: { label: string; value: string }[] = [];
  let label = colons.length ? splitLast(text.slice(0, colons[0]))[1] || text.slice(0, colons[0]).trim() : '';
  for (let k = 0; k < colons.length; k++) {
    const segment = text.slice(colons[k] + 1, colons[k + 1] ?? text.length);
    const [value, next] = k + 1 < colons.length ? splitLast(segment) : [segment.trim(), ''];
    out.push({ label, value });
    label = next;
  }
  return out;
}

/**
 * `label：value` pairs typed above the header, when the header reader did not list the file's details; a label
 * alone in its cell (`反馈时间：`) takes the next cell's value.
 */
function detailsAbove(f: FileState): HeaderDetail[] {
  const out: HeaderDetail[] = [];
  for (let r = 1; r < f.header.firstRow; r++)
    for (let c = 1; c <= f.reader.columnCount; c++) {
      const pairs = labelPairs(cellText(f.reader.raw(r, c)));
      pairs.forEach((p, i) => {
        const next = i === pairs.length - 1 && !p.value ? f.reader.raw(r, c + 1) : null;
        out.push({ label: p.label, value: next ?? p.value, row: r, column: c });
      });
    }
  return out;
}

/** A file's date from a title line (the header reader's details, else a scan of the rows above the header). */
function titleDate(f: FileState | undefined): FeedbackDateUse | null {
  if (!f) return null;
  for (const d of f.details ?? detailsAbove(f)) {
    if (!isFeedbackLabel(d.label)) continue;
    const date = dateOf(d.value);
    if (date) return { from: 'title', value: date, cell: cellAddress(d.row, d.column), label: d.label };
  }
  return null;
}

/** The source file a (sheet of a) file came from: `A.xlsx › Sheet2` → A.xlsx. */
function fileOf(name: string): string {
  const at = name.indexOf(' › ');
  return at >= 0 ? name.slice(0, at) : name;
}

/** `--feedback-date FILE=DATE` for this file: FILE as given, or without its extension. */
function fileOption(defaults: ImportDefaults | undefined, name: string): string | undefined {
  const file = fileOf(name);
  const stem = file.replace(/\.[^.]+$/, '');
  for (const [k, v] of Object.entries(defaults?.feedbackDates ?? {})) {
    const key = k.replace(/^.*[\\/]/, '');
    if (key === file || key === stem || key === name) return v;
  }
  return undefined;
}

function feedbackFor(run: RunState, f: FileReport, defaults: ImportDefaults | undefined): FeedbackDateUse {
  if (hasColumn(f, 'feedbackDate')) return { from: 'column' };
  const title = titleDate(run.fileStates?.get(f.file));
  if (title) return title;
  const own = fileOption(defaults, f.file);
  if (own) return { from: 'fileOption', value: own };
  if (defaults?.feedbackDate) return { from: 'option', value: defaults.feedbackDate };
  return { from: 'none' };
}

/** Each file's feedback date, by the order above, into its problems that have none; the report says which. */
function fillFeedbackDates(run: RunState, files: FileReport[], defaults: ImportDefaults | undefined): void {
  const { result } = run;
  let byOption = 0;
  for (const f of files) {
    const use = feedbackFor(run, f, defaults);
    f.feedbackDate = use;
    if (!use.value) continue;
    let filled = 0;
    for (const row of result.rows.problems) {
      if (row.source.file !== f.file || (row.values.feedbackDate !== undefined && row.values.feedbackDate !== null))
        continue;
      row.values.feedbackDate = toExcelSerial(use.value); // a date cell, as every imported date is written
      filled++;
    }
    if (!filled) continue;
    if (use.from === 'option') byOption += filled;
    else {
      const params = { file: f.file, date: use.value, rows: filled, cell: use.cell ?? '', label: use.label ?? '' };
      result.events.push({ code: `importReport.feedback.${use.from as 'title' | 'fileOption'}`, params });
    }
    if (run.options?.today && use.value > run.options.today)
      result.events.push({ code: 'importReport.feedback.future', params: { file: f.file, date: use.value } });
  }
  if (byOption) {
    const params = { column: header(run, 'feedbackDate'), value: defaults!.feedbackDate!, rows: byOption };
    result.events.push({ code: 'import.required.filled', params });
  }
}

/** Problems of a file added by this import (a file whose rows were all in the ledger needs nothing). */
const newRowsOf = (run: RunState, f: FileReport) => run.result.rows.problems.filter((r) => r.source.file === f.file);

/** Fills the feedback dates; says once which required columns no source has; offers a column that looks like one. */
export function fillRequired(run: RunState, defaults: ImportDefaults | undefined): void {
  const { result } = run;
  const files = result.files.filter((f) => !f.duplicateOf);
  fillFeedbackDates(run, files, defaults);
  const rows = result.rows.problems.length;
  const lacking = (key: RequiredKey) =>
    files.filter((f) => (key === 'feedbackDate' ? f.feedbackDate?.from === 'none' : !hasColumn(f, key)));
  // Said once for all files: no file then repeats it (only a guess of its own is added).
  const saidOnce = new Set<RequiredKey>();
  for (const key of ['description', 'feedbackDate', 'status'] as const) {
    const without = lacking(key);
    if (rows > 0 && without.length && without.length === files.length) {
      const code = key === 'feedbackDate' ? 'import.required.missingFillable' : 'import.required.missing';
      result.events.push({ code, params: { column: header(run, key), rows } });
      saidOnce.add(key);
    } else if (key === 'feedbackDate') {
      for (const f of without) {
        const n = newRowsOf(run, f).length;
        if (n) result.events.push({ code: 'importReport.feedback.none', params: { file: f.file, rows: n } });
      }
    }
  }
  offerGuesses(run, files, lacking, saidOnce);
}

/** For each file lacking a required column: the columns it has, and the one that looks like the missing column. */
function offerGuesses(
  run: RunState,
  files: FileReport[],
  lacking: (key: RequiredKey) => FileReport[],
  saidOnce: ReadonlySet<RequiredKey>,
): void {
  const sep = run.lang === 'zh' ? '、' : ', ';
  for (const f of files) {
    if (!newRowsOf(run, f).length) continue;
    const missing = (['description', 'status', 'feedbackDate'] as const).filter((k) => lacking(k).includes(f));
    if (!missing.length) continue;
    const guesses = guessColumns(f, missing, run.lang);
    for (const g of guesses) run.result.guesses.push(g);
    const columns = f.columns
      .map((c) => c.header)
      .filter(Boolean)
      .join(sep);
    for (const key of missing) {
      const g = guesses.find((x) => x.target.key === key);
      const column = header(run, key);
      if (g) {
        const params = { file: f.file, column, source: g.source, rule: g.rule, columns };
        run.result.events.push({ code: 'importReport.required.guess', params });
      } else if (!saidOnce.has(key) && key !== 'feedbackDate')
        run.result.events.push({ code: 'importReport.required.noGuess', params: { file: f.file, column, columns } });
    }
  }
}
