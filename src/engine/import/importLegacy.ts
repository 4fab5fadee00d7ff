/**
 * Importing legacy ledgers (docs/IMPORT.md): flat hand-made sheets, one per
 * unit, become rows of the three lists. Each source row is split the way a
 * person would: one problem, its responsibility (leader, unit, person) and
 * its measure as a task. Every imported row carries 来源文件 / 来源行; every
 * column we cannot place is kept as an extra column; every value we could not
 * take as it is, is kept as typed and listed in the report with its cell.
 */
import { EngineError } from '../core/errors';
import { parseStatusWords } from '../rules/settings';
import { ownStatusWords } from './values';
import { normalizeHeader } from '../schema/headers';
import { type FileState, type RunState, notice } from './context';
import { SheetReader, cellText } from './header';
import { type MapRule, mapColumns, parseMapRules } from './mapping';
import { checkDefaults } from './required';
import { concludeImport } from './conclude';
import { isFurtherMeasure } from './measures';
import { flagBareNumbers, flagFutureFeedback } from './valueChecks';
import { readRowValues } from './rows';
import { dropCoveredColumns, planLayout, problemRows, roleColumns, roleMappings } from './layout';
import { reportLayout, resolveUnit, sheetSourceName, skippedSheet } from './layoutReport';
import {
  type SheetPick,
  addUnnamedColumns,
  buildFileReport,
  fileStem,
  fingerprint,
  pickSheets,
  ranges,
} from './sources';
import { addContinuation, addProblem, fileColumns } from './split';
import { type ImportOptions, type ImportResult, type LegacySource, SOURCE_COLUMNS } from './types';

export * from './types';

const TOTAL_ROW = /^(合计|总计|小计|total)$/i;

function emptyResult(lang: ImportOptions['lang']): ImportResult {
  return {
    lang,
    rows: { problems: [], responsibilities: [], tasks: [] },
    extraColumns: { problems: [], responsibilities: [], tasks: [] },
    files: [],
    notices: [],
    events: [],
    newCategories: [],
    unlistedCategories: [],
    guesses: [],
    counts: {
      sourceRows: 0,
      problems: 0,
      responsibilities: 0,
      tasks: 0,
      alreadyImported: 0,
      updatedProblems: 0,
      updatedCells: 0,
      conflicts: 0,
      repeated: 0,
      placeholders: 0,
    },
    updates: [],
    conflicts: [],
  };
}

/** Every --map source must name a column of the file (of one of its sheets): a typo would silently map nothing. */
function checkMapSources(rules: MapRule[], file: string, picks: readonly SheetPick[]): void {
  for (const rule of rules) {
    const h = normalizeHeader(rule.source);
    const found = picks.some((p) =>
      p.header.columns.some((c) => normalizeHeader(c.text) === h || c.candidates.some((x) => normalizeHeader(x) === h)),
    );
    if (!found) {
      const headers = picks.flatMap((p) => p.header.columns.map((c) => c.text)).join('、');
      throw new EngineError('import.map.unknownSource', { rule: rule.text, file, headers });
    }
  }
}

const mappedSources = (rules: MapRule[]) => new Set(rules.map((r) => normalizeHeader(r.source)));

/** One ledger sheet of a source, read under `name` (the file's, or `file › sheet` for one of several). */
function openFile(run: RunState, source: LegacySource, pick: SheetPick, name: string, rules: MapRule[]): FileState {
  const { sheet, header } = pick;
  const reader = new SheetReader(sheet);
  dropCoveredColumns(reader, header);
  addUnnamedColumns(reader, header);
  const roles = roleColumns(header.columns, mappedSources(rules));
  const mapping = mapColumns(
    header.columns.filter((c) => !roles.has(c.column)),
    rules,
  ).concat(roleMappings(header.columns, roles));
  mapping.sort((a, b) => a.column - b.column);
  const report = buildFileReport(name, sheet.name, header, mapping, run.lang);
  run.result.files.push(report);
  const layout = planLayout(reader, header, mapping, source.file, roles);
  const f: FileState = {
    source: { ...source, file: name },
    sheetName: sheet.name,
    reader,
    header,
    mapping,
    report,
    stem: fileStem(source.file),
    qualified: 0,
    qualifiedExamples: [],
    lastProblem: null,
    matched: null,
    taskSeq: 0,
    details: layout.details,
    layout,
  };
  fileColumns(f);
  return f;
}

/** A sheet read twice (the same file given twice, or a copy under another name) is reported, not doubled. */
function isRepeatedSheet(run: RunState, f: FileState, dataRows: number[]): boolean {
  const print = fingerprint(JSON.stringify(dataRows.map((r) => f.reader.sheet.values[r - 1] ?? [])));
  const seen = run.sheetPrints.get(print);
  if (seen !== undefined && dataRows.length) {
    f.report.duplicateOf = seen;
    run.result.events.push({
      code: 'import.duplicateFile',
      params: { file: f.source.file, other: seen, rows: dataRows.length },
    });
    return true;
  }
  run.sheetPrints.set(print, f.source.file);
  return false;
}

function importRow(run: RunState, f: FileState, r: number): void {
  const src = { file: f.source.file, sheet: f.sheetName, row: r };
  (run.fileStates ??= new Map()).set(f.source.file, f);
  const first = cellText(f.reader.value(r, f.header.columns[0]?.column ?? 1));
  if (TOTAL_ROW.test(first.replace(/\s/g, ''))) {
    run.result.notices.push(notice(src, 1, first, '', 'import.row.total', { row: r }));
    return;
  }
  // Rows under a problem (its cell merged down, or left blank) are further measures of that problem.
  const continuation = isFurtherMeasure(f, r);
  const noticesBefore = run.result.notices.length;
  const row = readRowValues(run, f, { src, continuation });
  flagBareNumbers(run, f, src, row, noticesBefore);
  if (!continuation) flagFutureFeedback(run, f, src, row);
  if (continuation) addContinuation(run, f, src, row);
  else addProblem(run, f, src, row);
}

/** Every ledger sheet of a file (one with --sheet); the sheets not read are named in the report with why. */
function importFile(run: RunState, source: LegacySource, options: ImportOptions, rules: MapRule[]): void {
  const { picks, skipped } = pickSheets(source, options, mappedSources(rules));
  checkMapSources(rules, source.file, picks);
  for (const s of skipped) run.result.events.push(skippedSheet(source.file, s.sheet, s.reason));
  for (const pick of picks) {
    const name = sheetSourceName(source.file, pick.sheet.name, picks.length);
    importSheet(run, openFile(run, source, pick, name, rules), picks.length > 1);
  }
}

function importSheet(run: RunState, f: FileState, several: boolean): void {
  const dataRows = problemRows(f.layout!);
  f.report.dataRows = dataRows.length;
  if (isRepeatedSheet(run, f, dataRows)) return;
  run.result.counts.sourceRows += dataRows.length;
  resolveUnit(run, f, several);
  reportLayout(run, f);
  for (const r of dataRows) importRow(run, f, r);
  if (f.qualified) {
    const params = {
      file: f.source.file,
      count: f.qualified,
      examples: f.qualifiedExamples.join('，'),
      column: run.originalIdName,
    };
    run.result.events.push({ code: 'import.id.qualified', params });
  }
  f.report.imported = run.result.rows.problems.filter((x) => x.source.file === f.source.file).length;
}

/** The extra columns of each list, in order of first appearance (tasks get extras only from rows under a merged problem). */
function collectExtraColumns(run: RunState): void {
  const { result } = run;
  for (const list of ['problems', 'tasks'] as const) {
    const names = result.files.flatMap((f) => f.columns.map((c) => c.extraName));
    if (list === 'problems') names.push(run.originalIdName);
    // Then the columns keeping values as typed (…（原值）), in the order rows first use them.
    for (const row of result.rows[list]) names.push(...Object.keys(row.extras));
    const seen = new Set<string>();
    for (const name of names) {
      if (name && !seen.has(name) && result.rows[list].some((x) => x.extras[name] !== undefined)) {
        seen.add(name);
        result.extraColumns[list].push(name);
      }
    }
  }
}

function finish(run: RunState, options: ImportOptions): ImportResult {
  const { result } = run;
  concludeImport(run, options);
  for (const d of run.duplicates.values()) {
    const params = {
      file: d.file,
      rows: ranges(d.rows),
      other: d.other,
      otherRows: ranges(d.otherRows),
      count: d.rows.length,
    };
    result.events.push({ code: 'import.possibleDuplicate', params });
  }
  collectExtraColumns(run);
  result.counts.problems = result.rows.problems.length;
  result.counts.responsibilities = result.rows.responsibilities.length;
  result.counts.tasks = result.rows.tasks.length;
  result.counts.updatedCells = result.updates.length;
  result.counts.conflicts = result.conflicts.length;
  return result;
}

/** Imports legacy sheets. Throws EngineError for what makes a file unreadable as a ledger (no header, bad --map). */
export function importLegacy(sources: readonly LegacySource[], options: ImportOptions): ImportResult {
  const rules = parseMapRules(options.map ?? []);
  checkDefaults(options.defaults);
  const run: RunState = {
    lang: options.lang,
    result: emptyResult(options.lang),
    usedIds: new Set(options.existing?.problemIds ?? []),
    existing: options.existing ?? null,
    seen: new Map(),
    sheetPrints: new Map(),
    rowPrints: new Map(),
    duplicates: new Map(),
    newCategories: new Set(),
    originalIdName: SOURCE_COLUMNS.originalId[options.lang],
    options,
  };
  if (options.statusWords) {
    const own = ownStatusWords(parseStatusWords(options.statusWords));
    run.ownStatusWords = own.words;
    // A pair naming no status of ours is said once, not guessed.
    if (own.unknown.length)
      run.result.events.push({ code: 'import.statusWords.unknown', params: { pairs: own.unknown.join('；') } });
  }
  for (const source of sources) importFile(run, source, options, rules);
  return finish(run, options);
}
