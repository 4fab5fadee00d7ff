/**
 * Importing legacy ledgers (issue 7): flat hand-made sheets, one per unit,
 * become rows of the three lists. Each source row is split the way a person
 * would: one problem, its responsibility (leader, unit, person) and its
 * measure as a task. Every imported row carries 来源文件 / 来源行; every
 * column we cannot place is kept as an extra column; every value we could not
 * take as it is, is kept as typed and listed in the report with its cell.
 */
import { EngineError, attempt } from '../core/errors';
import { fromExcelSerial } from '../rules/excelSerial';
import { ListSheetId } from '../schema/columns';
import { PROBLEMS } from '../schema/problems';
import { RESPONSIBILITIES } from '../schema/responsibilities';
import { TASKS } from '../schema/tasks';
import { listSheet } from '../schema/listSheets';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { Lang, MessageKey, MessageParams } from '../../i18n/index';
import { CellValue, isCellError } from '../core/cells';
import { WorkbookSnapshot } from '../core/snapshot';
import { cellAddress, columnLetters } from '../core/a1';
import { HeaderInfo, SheetReader, cellText, findHeader } from './header';
import { ColumnMapping, MapRule, Target, mapColumns, parseMapRules } from './mapping';
import { TASK_STATUS_OF_PROBLEM, convertValue, isPlaceholder } from './values';
import { PROBLEM_STATUS, TASK_STATUS } from '../schema/values';

export interface LegacySource {
  /** The file's name as shown to the user and written to 来源文件 (no directory). */
  file: string;
  snapshot: WorkbookSnapshot;
}

export interface ImportOptions {
  lang: Lang;
  /** Read this sheet of every file instead of finding the ledger sheet. */
  sheet?: string;
  /** `源列=目标列` rules. */
  map?: readonly string[];
  /** A ledger the rows are added to: rows it already has from the same file and row are not imported again. */
  existing?: ExistingLedger;
}

/** What import needs to know of a ledger it adds to. */
export interface ExistingLedger {
  /** Problem IDs already used. */
  problemIds: ReadonlySet<string>;
  /** `file\u0000row` of every problem row imported before. */
  sources: ReadonlySet<string>;
}

export interface RowSource {
  file: string;
  sheet: string;
  row: number;
}

export interface OutRow {
  source: RowSource;
  /** By column key of the list. */
  values: Record<string, CellValue>;
  /** By extra column name (problems only). */
  extras: Record<string, CellValue>;
}

export interface ColumnReport extends ColumnMapping {
  /** The column's name in the output when kept as an extra column. */
  extraName?: string;
  /** Up to three distinct values as typed. */
  samples: string[];
  /** Cells with a value (after placeholders are cleaned). */
  filled: number;
  /** Cells holding a placeholder, cleaned to empty. */
  placeholders: number;
  /** Words translated to list values, e.g. 是 → 待审核, with counts. */
  translations: { from: string; to: string; count: number }[];
}

export interface FileReport {
  file: string;
  sheet: string;
  headerRows: [number, number];
  /** Rows below the header that hold at least one value. */
  dataRows: number;
  imported: number;
  columns: ColumnReport[];
  /** Set when the whole sheet is the same as one read before in this run. */
  duplicateOf?: string;
}

/** A value kept as typed (or a row not imported) and why; located to the cell. */
export interface ImportNotice {
  file: string;
  sheet: string;
  row: number;
  cell: string;
  column: string;
  value: string;
  code: MessageKey;
  params: MessageParams;
}

/** Something about a file or the consolidation as a whole. */
export interface ImportEvent {
  code: MessageKey;
  params: MessageParams;
}

export interface ImportResult {
  lang: Lang;
  rows: Record<ListSheetId, OutRow[]>;
  /** Extra columns of each list, in order of first appearance (tasks get extras only from rows under a merged problem). */
  extraColumns: Record<ListSheetId, string[]>;
  files: FileReport[];
  notices: ImportNotice[];
  events: ImportEvent[];
  /** Categories not in the default list, to add to _lists. */
  newCategories: string[];
  counts: {
    sourceRows: number;
    problems: number;
    responsibilities: number;
    tasks: number;
    alreadyImported: number;
    placeholders: number;
  };
}

/** Column names import adds to every list (Chinese and English layouts). */
export const SOURCE_COLUMNS = {
  file: { zh: '来源文件', en: 'Source file' },
  row: { zh: '来源行', en: 'Source row' },
  originalId: { zh: '原问题编号', en: 'Original problem ID' },
} as const;

const TOTAL_ROW = /^(合计|总计|小计|total)$/i;

export function sourceKey(file: string, row: number | string): string {
  return `${file}\u0000${row}`;
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** FNV-1a over a string: enough to tell two sheets apart, no crypto needed and no Node import in the engine. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}:${text.length}`;
}

function pickSheet(source: LegacySource, options: ImportOptions, mapped: ReadonlySet<string>) {
  const sheets = source.snapshot.sheets;
  if (options.sheet !== undefined) {
    const s = sheets.find((x) => x.name === options.sheet);
    if (!s)
      throw new EngineError('import.sheetMissing', {
        file: source.file,
        sheet: options.sheet,
        sheets: sheets.map((x) => x.name).join('、'),
      });
    const header = findHeader(s, mapped);
    if (!header) throw new EngineError('import.noHeader', { file: source.file, sheet: s.name });
    return { sheet: s, header };
  }
  for (const s of sheets) {
    if (s.visibility !== 'visible' || s.name.startsWith('_')) continue;
    const header = findHeader(s, mapped);
    if (header) return { sheet: s, header };
  }
  throw new EngineError('import.noLedgerSheet', { file: source.file, sheets: sheets.map((x) => x.name).join('、') });
}

function extraNameFor(header: string, column: number, lang: Lang): string {
  const base = header || (lang === 'zh' ? `列${columnLetters(column)}` : `Column ${columnLetters(column)}`);
  const reserved = Object.values(SOURCE_COLUMNS).some(
    (c) => normalizeHeader(c.zh) === normalizeHeader(base) || normalizeHeader(c.en) === normalizeHeader(base),
  );
  // An extra column whose name means a layout column would be read as that column next time: rename it.
  if (reserved || [PROBLEMS, RESPONSIBILITIES, TASKS].some((s) => matchColumn(s, base)))
    return lang === 'zh' ? `${base}（原表）` : `${base} (source)`;
  return base;
}

interface Pending {
  kind: 'duplicate';
  file: string;
  rows: number[];
  other: string;
  otherRows: number[];
}

/** Imports legacy sheets. Throws EngineError for what makes a file unreadable as a ledger (no header, bad --map). */
export function importLegacy(sources: readonly LegacySource[], options: ImportOptions): ImportResult {
  const { lang } = options;
  const rules: MapRule[] = parseMapRules(options.map ?? []);
  const mappedNames = new Set(rules.map((r) => normalizeHeader(r.source)));
  const result: ImportResult = {
    lang,
    rows: { problems: [], responsibilities: [], tasks: [] },
    extraColumns: { problems: [], responsibilities: [], tasks: [] },
    files: [],
    notices: [],
    events: [],
    newCategories: [],
    counts: { sourceRows: 0, problems: 0, responsibilities: 0, tasks: 0, alreadyImported: 0, placeholders: 0 },
  };
  const usedIds = new Set(options.existing?.problemIds ?? []);
  const importedBefore = options.existing?.sources ?? new Set<string>();
  const sheetPrints = new Map<string, string>();
  const rowPrints = new Map<string, { file: string; row: number }>();
  const duplicates = new Map<string, Pending>();
  const newCategories = new Set<string>();
  const originalIdName = SOURCE_COLUMNS.originalId[lang];

  for (const source of sources) {
    const { sheet, header } = pickSheet(source, options, mappedNames);
    for (const rule of rules) {
      const h = normalizeHeader(rule.source);
      if (
        !header.columns.some((c) => normalizeHeader(c.text) === h || c.candidates.some((x) => normalizeHeader(x) === h))
      )
        throw new EngineError('import.map.unknownSource', {
          rule: rule.text,
          file: source.file,
          headers: header.columns.map((c) => c.text).join('、'),
        });
    }
    const reader = new SheetReader(sheet);
    addUnnamedColumns(reader, header);
    const mapping = mapColumns(header.columns, rules);
    const fileReport = buildFileReport(source.file, sheet.name, header, mapping, lang);
    result.files.push(fileReport);

    const dataRows = findDataRows(reader, header, mapping);
    fileReport.dataRows = dataRows.length;
    // A sheet read twice (the same file given twice, or a copy under another name) is reported, not doubled.
    const print = fingerprint(JSON.stringify(dataRows.map((r) => reader.sheet.values[r - 1] ?? [])));
    const seen = sheetPrints.get(print);
    if (seen !== undefined && dataRows.length) {
      fileReport.duplicateOf = seen;
      result.events.push({
        code: 'import.duplicateFile',
        params: { file: source.file, other: seen, rows: dataRows.length },
      });
      continue;
    }
    sheetPrints.set(print, source.file);
    result.counts.sourceRows += dataRows.length;

    const colOf = (sheetId: ListSheetId, key: string) =>
      mapping.find((m) => m.targets.some((t) => t.sheet === sheetId && t.key === key));
    const unitCol = colOf('problems', 'inspectedUnit');
    const idCol = colOf('problems', 'id');
    const stem = fileStem(source.file);
    if (!unitCol) result.events.push({ code: 'import.unitFromFile', params: { file: source.file, unit: stem } });
    let qualified = 0;
    const qualifiedExamples: string[] = [];
    let lastProblem: OutRow | null = null;
    let taskSeq = 0;

    for (const r of dataRows) {
      const src: RowSource = { file: source.file, sheet: sheet.name, row: r };
      const first = cellText(reader.value(r, header.columns[0]?.column ?? 1));
      if (TOTAL_ROW.test(first.replace(/\s/g, ''))) {
        result.notices.push(notice(src, 1, first, '', 'import.row.total', {}));
        continue;
      }
      // Rows under a problem cell merged downwards are further measures of that problem.
      const keyCol = idCol ?? colOf('problems', 'description');
      const merge = keyCol ? reader.mergeAt(r, keyCol.column) : undefined;
      const continuation = !!merge && merge.top < r && merge.top > header.lastRow && lastProblem !== null;

      if (!continuation && importedBefore.has(sourceKey(source.file, r))) {
        result.counts.alreadyImported++;
        result.notices.push(notice(src, 0, '', '', 'import.row.alreadyImported', {}));
        lastProblem = null;
        continue;
      }

      const values: Record<ListSheetId, Record<string, CellValue>> = { problems: {}, responsibilities: {}, tasks: {} };
      const extras: Record<string, CellValue> = {};
      const codes: Record<string, string> = {};
      for (const m of mapping) {
        const raw = reader.value(r, m.column);
        const report = fileReport.columns.find((c) => c.column === m.column)!;
        if (isPlaceholder(raw)) {
          // A blank is nothing; a typed placeholder ('\\', ' /', '无') is counted so the report shows what was cleaned.
          if (typeof raw === 'string' && raw.trim() !== '') {
            report.placeholders++;
            result.counts.placeholders++;
          }
          continue;
        }
        report.filled++;
        const shown = isCellError(raw) ? raw.error : String(raw);
        const sample =
          m.targets.some((t) => columnType(t) === 'date') && typeof raw === 'number' ? isoOrRaw(raw) : shown;
        if (report.samples.length < 3 && !report.samples.includes(sample)) report.samples.push(sample);
        if (!m.targets.length) {
          // Under a merged problem cell, a column's own value belongs to the measure of this row.
          const own = reader.mergeAt(r, m.column);
          if (continuation && own && own.top < r) continue;
          extras[report.extraName!] = raw;
          continue;
        }
        for (const t of m.targets) {
          const def = listSheet(t.sheet).columns.find((c) => c.key === t.key)!;
          const conv = convertValue(def, raw, lang);
          let value = conv.value;
          if ((t.key === 'id' || t.key === 'problemId') && value !== null) value = cellText(value);
          values[t.sheet][t.key] = value;
          if (conv.code) codes[`${t.sheet}.${t.key}`] = conv.code;
          if (t.sheet === targetsOwner(m.targets)) {
            if (conv.translated) {
              const tr = report.translations.find((x) => x.from === conv.translated!.from);
              if (tr) tr.count++;
              else report.translations.push({ ...conv.translated, count: 1 });
            }
            if (conv.problem) {
              // A new category is not a problem: it is added to _lists, and the report lists it once.
              if (conv.problem.code === 'import.value.newCategory') newCategories.add(String(conv.value));
              else result.notices.push(notice(src, m.column, shown, m.header, conv.problem.code, conv.problem.params));
            }
          }
        }
      }

      if (continuation && lastProblem) {
        taskSeq++;
        const task = buildTask(values.tasks, lastProblem, codes, taskSeq, lang) ?? {
          id: `${String(lastProblem.values.id)}-${taskSeq}`,
          problemId: String(lastProblem.values.id),
        };
        result.rows.tasks.push({ source: src, values: task, extras });
        continue;
      }

      // ---- the problem
      const p = values.problems;
      if (!p.inspectedUnit) p.inspectedUnit = unitCol ? null : stem;
      const unit = cellText(p.inspectedUnit ?? '') || stem;
      let id = cellText(p.id ?? '');
      if (!id) {
        id = `${unit}-${r}`;
        result.notices.push(notice(src, idCol?.column ?? 0, '', idCol?.header ?? '', 'import.id.generated', { id }));
      } else if (usedIds.has(id)) {
        const original = id;
        id = `${unit}-${original}`;
        for (let n = 2; usedIds.has(id); n++) id = `${unit}-${original}-${n}`;
        extras[originalIdName] = original;
        qualified++;
        if (qualifiedExamples.length < 3) qualifiedExamples.push(`${original} → ${id}`);
      }
      usedIds.add(id);
      p.id = id;
      const problem: OutRow = { source: src, values: p, extras };
      result.rows.problems.push(problem);
      lastProblem = problem;
      taskSeq = 1;

      // ---- the same row seen in another file (all cells equal except the unit): reported, kept
      const printCells = mapping
        .filter((m) => m !== unitCol)
        .map((m) => (isPlaceholder(reader.value(r, m.column)) ? '' : cellText(reader.value(r, m.column))));
      const rp = fingerprint(JSON.stringify(printCells));
      const before = rowPrints.get(rp);
      if (before) {
        const k = `${source.file}\u0000${before.file}`;
        const d = duplicates.get(k) ?? {
          kind: 'duplicate',
          file: source.file,
          rows: [],
          other: before.file,
          otherRows: [],
        };
        d.rows.push(r);
        d.otherRows.push(before.row);
        duplicates.set(k, d);
      } else rowPrints.set(rp, { file: source.file, row: r });

      // ---- its responsibility: only when the source names someone or a unit for it
      const resp = values.responsibilities;
      if (Object.entries(resp).some(([k, v]) => k !== 'problemId' && v !== null && v !== undefined && v !== '')) {
        resp.problemId = id;
        if (!resp.unit) resp.unit = p.inspectedUnit ?? unit;
        result.rows.responsibilities.push({ source: src, values: resp, extras: {} });
      }

      // ---- its measure
      const task = buildTask(values.tasks, problem, codes, 1, lang, resp);
      if (task) result.rows.tasks.push({ source: src, values: task, extras: {} });
    }

    if (qualified)
      result.events.push({
        code: 'import.id.qualified',
        params: { file: source.file, count: qualified, examples: qualifiedExamples.join('，'), column: originalIdName },
      });
    fileReport.imported = result.rows.problems.filter((x) => x.source.file === source.file).length;
  }

  for (const d of duplicates.values())
    result.events.push({
      code: 'import.possibleDuplicate',
      params: {
        file: d.file,
        rows: ranges(d.rows),
        other: d.other,
        otherRows: ranges(d.otherRows),
        count: d.rows.length,
      },
    });

  for (const list of ['problems', 'tasks'] as const) {
    const seenNames = new Set<string>();
    const names = result.files.flatMap((f) => f.columns.map((c) => c.extraName));
    if (list === 'problems') names.push(originalIdName);
    for (const name of names) {
      if (name && !seenNames.has(name) && result.rows[list].some((x) => x.extras[name] !== undefined)) {
        seenNames.add(name);
        result.extraColumns[list].push(name);
      }
    }
  }
  result.newCategories = [...newCategories];
  result.counts.problems = result.rows.problems.length;
  result.counts.responsibilities = result.rows.responsibilities.length;
  result.counts.tasks = result.rows.tasks.length;
  return result;
}

function columnType(t: Target): string {
  return listSheet(t.sheet).columns.find((c) => c.key === t.key)!.type;
}

/** A date serial shown as a date in samples (what the user sees in Excel). */
function isoOrRaw(serial: number): string {
  const r = attempt(() => fromExcelSerial(serial));
  return r.ok ? r.value : String(serial);
}

/** The sheet whose column reports a value's problems (a column feeding three lists is reported once). */
function targetsOwner(targets: Target[]): ListSheetId {
  return targets[0].sheet;
}

function buildTask(
  t: Record<string, CellValue>,
  problem: OutRow,
  codes: Record<string, string>,
  seq: number,
  lang: Lang,
  resp?: Record<string, CellValue>,
): Record<string, CellValue> | null {
  // Unit and person come from the responsibility; a task exists when the source says something about the measure.
  const own = Object.entries(t).some(
    ([k, v]) => !['problemId', 'unit', 'person'].includes(k) && v !== null && v !== undefined && v !== '',
  );
  if (!own) return null;
  const pid = String(problem.values.id);
  t.problemId = pid;
  if (!t.id) t.id = `${pid}-${seq}`;
  if (!t.unit && resp?.unit) t.unit = resp.unit;
  if (!t.person && resp?.person) t.person = resp.person;
  if (!t.deadline && problem.values.deadline) t.deadline = problem.values.deadline;
  if (!t.status) {
    const pc = codes['problems.status'] as keyof typeof PROBLEM_STATUS | undefined;
    if (pc) t.status = TASK_STATUS[TASK_STATUS_OF_PROBLEM[pc]][lang];
  }
  return t;
}

function notice(
  src: RowSource,
  column: number,
  value: string,
  header: string,
  code: MessageKey,
  params: MessageParams,
): ImportNotice {
  return {
    file: src.file,
    sheet: src.sheet,
    row: src.row,
    cell: column ? cellAddress(src.row, column) : '',
    column: header,
    value,
    code,
    params,
  };
}

function buildFileReport(
  file: string,
  sheet: string,
  header: HeaderInfo,
  mapping: ColumnMapping[],
  lang: Lang,
): FileReport {
  const used = new Set<string>();
  return {
    file,
    sheet,
    headerRows: [header.firstRow, header.lastRow],
    dataRows: 0,
    imported: 0,
    columns: mapping.map((m) => {
      let extraName: string | undefined;
      if (!m.targets.length) {
        extraName = extraNameFor(m.header, m.column, lang);
        for (let n = 2; used.has(extraName); n++) extraName = `${extraNameFor(m.header, m.column, lang)} (${n})`;
        used.add(extraName);
      }
      return { ...m, extraName, samples: [], filled: 0, placeholders: 0, translations: [] };
    }),
  };
}

/** Columns with no header but values below it are kept too (as 列X extras): nothing typed is dropped. */
function addUnnamedColumns(reader: SheetReader, header: HeaderInfo): void {
  for (let c = 1; c <= reader.columnCount; c++) {
    if (header.columns.some((h) => h.column === c)) continue;
    for (let r = header.lastRow + 1; r <= reader.rowCount; r++) {
      if (!isPlaceholder(reader.raw(r, c))) {
        header.columns.push({ column: c, text: '', candidates: [] });
        break;
      }
    }
  }
  header.columns.sort((a, b) => a.column - b.column);
}

/** Rows below the header with at least one value that is not a placeholder. */
function findDataRows(reader: SheetReader, header: HeaderInfo, mapping: ColumnMapping[]): number[] {
  const rows: number[] = [];
  for (let r = header.lastRow + 1; r <= reader.rowCount; r++) {
    if (mapping.some((m) => !isPlaceholder(reader.raw(r, m.column)))) rows.push(r);
  }
  return rows;
}

/** [2,3,4,7] → '2–4、7' */
export function ranges(rows: number[]): string {
  const out: string[] = [];
  let i = 0;
  const s = [...rows].sort((a, b) => a - b);
  while (i < s.length) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j > i ? `${s[i]}–${s[j]}` : String(s[i]));
    i = j + 1;
  }
  return out.join('、');
}
