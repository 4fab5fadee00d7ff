/**
 * Splitting a source row the way a person would: one problem (its ID kept,
 * generated, derived or prefixed with the unit when already used), its
 * responsibility (leader, unit, person) when the source names anyone, and its
 * measures as tasks — one per numbered item when the measure cell lists
 * several (`1.… 2.…`). Rows under a problem (its cell merged down, or left
 * blank) are further measures of that problem (measures.ts).
 *
 * Identity (docs/IMPORT.md): a problem is its unit and typed ID, or — where
 * the ID column is only a row counter (序号) or empty — its unit and text.
 * Within one file, a second row with the same identity but other content is
 * a second problem (`A-03~2`), a second identical row is the same problem.
 */
import { wordRecord } from '../core/arrays';
import type { CellValue } from '../core/cells';
import type { Lang } from '../../i18n';
import { listSheet } from '../schema/listSheets';
import { PROBLEM_STATUS, TASK_STATUS } from '../schema/values';
import { type FileState, type MetRow, type RowCell, type RowValues, type RunState, columnFor, notice } from './context';
import { cellText } from './header';
import type { OutRow, RowSource } from './types';
import { cellAddress } from '../core/a1';
import { logText } from '../audit/chain';
import { derivedId, isRowCounter, nthKey, problemKey } from './identity';
import { splitNumbered } from './measures';
import { cellsPrint, compareCells, fillFromRepeat, rowCells } from './repeats';
import type { LedgerRow } from './types';
import { fingerprint } from './sources';
import { compareRow } from './update';
import { TASK_STATUS_OF_PROBLEM, isPlaceholder } from './values';

/** A measure's status, when the source has none of its own: derived from the problem's (是 → 已完成, 否 → 进行中). */
function withDerivedStatus(
  t: Record<string, CellValue>,
  codes: Record<string, string>,
  lang: Lang,
): Record<string, CellValue> {
  const pc = codes['problems.status'] as keyof typeof PROBLEM_STATUS | undefined;
  return t.status || !pc ? t : { ...t, status: TASK_STATUS[TASK_STATUS_OF_PROBLEM[pc]][lang] };
}

/** The measure of a row, when the source says something about it (unit and person alone come from the responsibility). */
export function buildTask(
  t: Record<string, CellValue>,
  problem: OutRow,
  codes: Record<string, string>,
  seq: number,
  lang: Lang,
  resp?: Record<string, CellValue>,
): Record<string, CellValue> | null {
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
  if (!t.status) t.status = withDerivedStatus(t, codes, lang).status ?? null;
  if (t.status === null) delete t.status;
  return t;
}

/**
 * The measures of one row: its measure cell as numbered items (`1.… 2.…`), each a task, or the row's one measure.
 * Another task cell listing as many items is split alongside; any other is the same for each measure.
 */
export function measuresOf(t: Record<string, CellValue>): Record<string, CellValue>[] {
  const items = splitNumbered(t.measure);
  if (!items) return [t];
  return items.map((measure, i) => {
    const one: Record<string, CellValue> = { ...t, measure };
    for (const [k, v] of Object.entries(t)) {
      const parts = k === 'measure' ? null : splitNumbered(v);
      if (parts && parts.length === items.length) one[k] = parts[i];
    }
    if (typeof t.id === 'string' && t.id) one.id = `${t.id}-${i + 1}`;
    return one;
  });
}

/**
 * The measures of a row into tasks of a problem (numbered after the measures it already has). On a problem the
 * ledger already holds, a measure of the same rank is compared with the ledger's; one the ledger lacks is added
 * only from a row of its own (`addNew`), never because the problem's first measure was removed from the ledger.
 */
function addMeasures(
  run: RunState,
  f: FileState,
  src: RowSource,
  row: RowValues,
  how: { problem: OutRow; resp?: Record<string, CellValue>; extras: boolean; addNew: boolean },
): void {
  const parts = measuresOf(row.values.tasks);
  if (parts.length > 1) {
    const col = columnFor(f, 'tasks', 'measure');
    const first = `${String(how.problem.values.id)}-${f.taskSeq + 1}`;
    const params = { n: parts.length, first, last: `${String(how.problem.values.id)}-${f.taskSeq + parts.length}` };
    run.result.notices.push(
      notice(src, col?.column ?? 0, '', col?.header ?? '', 'importReport.measures.split', params),
    );
  }
  parts.forEach((t, i) => {
    const seq = f.taskSeq + 1;
    const ledgerTask = f.matched?.tasks.get(`${f.matched.id}-${seq}`);
    if (ledgerTask) {
      compareInto(run, f, ledgerTask, withDerivedStatus(t, row.codes, run.lang), src);
      f.taskSeq = seq;
      return;
    }
    if (f.matched && !how.addNew && i === 0) return;
    const task = buildTask({ ...t }, how.problem, row.codes, seq, run.lang, how.resp);
    if (!task && !how.extras) return;
    f.taskSeq = seq;
    const values = task ?? { id: `${String(how.problem.values.id)}-${seq}`, problemId: String(how.problem.values.id) };
    run.result.rows.tasks.push({ source: src, values, extras: how.extras ? row.extras : wordRecord() });
  });
}

/** A further measure of the problem above (a row under its merged cell, or under its blank cells). */
export function addContinuation(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  if (!f.lastProblem) {
    // The problem above repeats one imported before: so do its measures.
    run.result.counts.repeated++;
    run.result.notices.push(notice(src, 0, '', '', 'importReport.repeat.measure', { otherRow: f.skipped?.row ?? 0 }));
    return;
  }
  addMeasures(run, f, src, row, { problem: f.lastProblem, extras: true, addNew: true });
}

/** A free ID: the one wanted, or it with -2, -3… when another problem has it. */
function freeId(run: RunState, wanted: string): string {
  let id = wanted;
  for (let n = 2; run.usedIds.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/**
 * The problem's ID: as typed (`ID~n` for the n-th different row with the same typed ID of a unit in this file,
 * identify() counts them); prefixed with the unit when an earlier file or the ledger used it; generated from the
 * unit and row when empty.
 */
function problemId(run: RunState, f: FileState, src: RowSource, row: RowValues, ident: Identity): string {
  const typed = cellText(row.values.problems.id ?? '');
  if (!typed) {
    const id = freeId(run, `${ident.unit}-${src.row}`);
    run.result.notices.push(
      notice(src, f.idCol?.column ?? 0, '', f.idCol?.header ?? '', 'import.id.generated', { id }),
    );
    run.usedIds.add(id);
    return id;
  }
  let id = ident.typedId;
  if (id !== typed && f.idIsCounter) f.counterDerived!.push(`${typed} → ${id}`);
  if (run.usedIds.has(id)) {
    id = freeId(run, `${ident.unit}-${id}`);
    f.qualified++;
    if (f.qualifiedExamples.length < 3) f.qualifiedExamples.push(`${typed} → ${id}`);
  }
  if (id !== typed) row.extras[run.originalIdName] = typed;
  run.usedIds.add(id);
  return id;
}

/** The same row seen in another file (all cells equal except the unit): reported, kept. */
function noteDuplicate(run: RunState, f: FileState, src: RowSource): void {
  const cells = f.mapping
    .filter((m) => m !== f.unitCol && !(m === f.idCol && f.idIsCounter) && !isRowCounter(m.header))
    .map((m) => (isPlaceholder(f.reader.value(src.row, m.column)) ? '' : cellText(f.reader.value(src.row, m.column))));
  const print = fingerprint(JSON.stringify(cells));
  const before = run.rowPrints.get(print);
  if (!before) {
    run.rowPrints.set(print, { file: src.file, row: src.row });
    return;
  }
  const k = `${src.file}\u0000${before.file}`;
  const d = run.duplicates.get(k) ?? { file: src.file, rows: [], other: before.file, otherRows: [] };
  d.rows.push(src.row);
  d.otherRows.push(before.row);
  run.duplicates.set(k, d);
}

/**
 * Updates and conflicts of one ledger row against the source's values, into the run's result; each reported at
 * the source cell with the ledger's cell, its value and the new one.
 */
function compareInto(
  run: RunState,
  f: FileState,
  target: LedgerRow,
  values: Record<string, CellValue>,
  src: RowSource,
): void {
  const [firstUpdate, firstConflict] = [run.result.updates.length, run.result.conflicts.length];
  compareRow(target, values, run.existing!, src, run.result);
  const changes = [
    ...run.result.updates.slice(firstUpdate).map((c) => ['importReport.cell.updated', c] as const),
    ...run.result.conflicts.slice(firstConflict).map((c) => ['import.cell.conflict', c] as const),
  ];
  for (const [code, c] of changes) {
    const col = columnFor(f, target.list, c.key);
    const params = {
      cell: `${c.sheet} ${cellAddress(c.row, c.column)}`,
      ledger: logText(c.old),
      source: logText(c.value),
    };
    const header =
      col?.header ?? listSheet(target.list).columns.find((x) => x.key === c.key)?.header[run.lang] ?? c.key;
    run.result.notices.push(notice(src, col?.column ?? 0, logText(c.value), header, code, params));
  }
}

/** What identifies a source problem row, and whether this file met it before. */
interface Identity {
  /** The identity key; null: nothing identifies the row (it is always new). */
  key: string | null;
  unit: string;
  /** The typed ID as this row's ID: `A-03~2` for the second different row with A-03 (empty when none typed). */
  typedId: string;
  cells: Map<string, RowCell>;
  print: string;
  /** The row of this file it repeats cell for cell. */
  sameAs?: number;
  /** The first row of this file with the same identity but other content. */
  first?: MetRow;
}

/** The n-th different row of this file under a key: n, and the first of them. */
function occurrence(f: FileState, base: string, met: MetRow): { n: number; first?: MetRow } {
  const rows = f.keyPrints!.get(base);
  if (!rows) {
    f.keyPrints!.set(base, [met]);
    return { n: 1 };
  }
  rows.push(met);
  return { n: rows.length, first: rows[0] };
}

/**
 * A problem row's identity: its unit and typed ID (the n-th different row with one ID in a file being `ID~n`);
 * where the ID column only counts rows (序号) or is empty, its unit and text (the n-th with one text `~n`), or its
 * first measure; a row with neither text nor measure falls back on its counter, as its ID does. A row equal cell
 * for cell to an earlier row of the file (row counters aside, typed IDs included) is that row.
 */
function identify(run: RunState, f: FileState, src: RowSource, row: RowValues, unit: string): Identity {
  const p = row.values.problems;
  const cells = rowCells(run, row, f);
  const print = cellsPrint(cells);
  const typed = cellText(p.id ?? '');
  const whole = f.idIsCounter ? print : `${print}|${typed}`;
  const sameAs = f.wholePrints!.get(whole);
  if (sameAs !== undefined) return { key: null, unit, typedId: typed, cells, print, sameAs };
  f.wholePrints!.set(whole, src.row);
  let typedId = typed;
  if (typed) {
    const k = `${unit}\u0000${typed}`;
    const n = (f.typedIds!.get(k) ?? 0) + 1;
    f.typedIds!.set(k, n);
    if (n > 1) typedId = derivedId(typed, n);
  }
  const met = { print, row: src.row, cells };
  const ident = { unit, typedId, cells, print };
  if (typed && !f.idIsCounter) {
    const { first } = occurrence(f, problemKey(unit, typed, null)!, met);
    return { ...ident, key: problemKey(unit, typedId, null), first };
  }
  const measure = splitNumbered(row.values.tasks.measure)?.[0] ?? row.values.tasks.measure ?? null;
  const base = problemKey(unit, null, p.description ?? null, measure);
  if (base) {
    const { n, first } = occurrence(f, base, met);
    return { ...ident, key: nthKey(base, n), first };
  }
  return { ...ident, key: typed ? problemKey(unit, typedId, null) : null };
}

/** The row repeats a problem of an earlier file of this import: reported with what differs, and not added. */
function repeatOfEarlier(run: RunState, f: FileState, src: RowSource, ident: Identity): boolean {
  const seen = ident.key ? run.seen.get(ident.key) : undefined;
  if (!seen) return false;
  run.result.counts.repeated++;
  const cmp = compareCells(seen.cells, ident.cells, run.lang);
  const filled = fillFromRepeat(seen, ident.cells, cmp.only);
  const sep = run.lang === 'zh' ? '；' : '; ';
  // A column only the repeat has, that the ledger's problem already holds as it says, is no difference.
  const inLedger = (n: string) => logText(seen.ledger?.extras?.[n] ?? null).trim() === ident.cells.get(n)!.text;
  const unfilled = cmp.only.filter((n) => !filled.includes(n) && !inLedger(n));
  const differs = [
    ...cmp.differs,
    ...unfilled.map((n) => `${ident.cells.get(n)!.header ?? n} “${ident.cells.get(n)!.text}”`),
  ];
  const code = differs.length
    ? 'importReport.repeat.differs'
    : filled.length
      ? 'importReport.repeat.filled'
      : 'import.row.repeated';
  const params = { other: seen.file, otherRow: seen.row, differs: differs.join(sep), filled: filled.join('、') };
  run.result.notices.push(notice(src, 0, '', '', code, params));
  f.lastProblem = null;
  f.matched = null;
  f.skipped = src;
  return true;
}

/** The row is a problem the ledger already holds: its cells compared (updated where only the source changed). */
function matchLedger(run: RunState, f: FileState, src: RowSource, row: RowValues, key: string): boolean {
  const existing = run.existing?.problems.get(key);
  if (!existing) return false;
  const seen = run.seen.get(key);
  if (seen) seen.ledger = existing;
  const before = [run.result.updates.length, run.result.conflicts.length];
  compareInto(run, f, existing, row.values.problems, src);
  if (existing.responsibility) compareInto(run, f, existing.responsibility, row.values.responsibilities, src);
  f.matched = existing;
  f.skipped = null;
  f.lastProblem = { source: src, values: { id: existing.id }, extras: wordRecord() };
  f.taskSeq = 0;
  addMeasures(run, f, src, row, { problem: f.lastProblem, extras: false, addNew: false });
  const changed = run.result.updates.length > before[0] || run.result.conflicts.length > before[1];
  if (changed) run.result.counts.updatedProblems++;
  else {
    run.result.counts.alreadyImported++;
    run.result.notices.push(notice(src, 0, '', '', 'importReport.row.unchanged', { id: existing.id }));
  }
  return true;
}

/** A second row of this file with the same identity: identical (kept once) or another problem (reported). */
function noteSameFile(run: RunState, f: FileState, src: RowSource, ident: Identity, id: string | null): boolean {
  if (ident.sameAs !== undefined) {
    run.result.counts.repeated++;
    run.result.notices.push(notice(src, 0, '', '', 'importReport.row.sameInFile', { otherRow: ident.sameAs }));
    f.lastProblem = null;
    f.matched = null;
    f.skipped = src;
    return true;
  }
  if (ident.first && id !== null) {
    const differs = compareCells(ident.first.cells, ident.cells, run.lang).differs;
    const code = f.idIsCounter || !f.idCol ? 'importReport.text.twice' : 'importReport.id.twice';
    const params = { id, otherRow: ident.first.row, differs: differs.join(run.lang === 'zh' ? '；' : '; ') };
    run.result.notices.push(notice(src, f.idCol?.column ?? 0, '', f.idCol?.header ?? '', code, params));
  }
  return false;
}

/** A row that starts a problem: the problem, its responsibility, its measures — unless it is one met before. */
export function addProblem(run: RunState, f: FileState, src: RowSource, row: RowValues): void {
  const p = row.values.problems;
  if (!p.inspectedUnit) p.inspectedUnit = f.unitCol ? null : f.stem;
  const unit = cellText(p.inspectedUnit ?? '') || f.stem;
  const ident = identify(run, f, src, row, unit);
  if (ident.sameAs !== undefined) {
    noteSameFile(run, f, src, ident, null);
    return;
  }
  if (repeatOfEarlier(run, f, src, ident)) return;
  if (ident.key) run.seen.set(ident.key, { file: src.file, row: src.row, print: ident.print, cells: ident.cells });
  if (ident.key && matchLedger(run, f, src, row, ident.key)) return;
  f.matched = null;
  f.skipped = null;
  const id = problemId(run, f, src, row, ident);
  noteSameFile(run, f, src, ident, id);
  p.id = id;
  const problem: OutRow = { source: src, values: p, extras: row.extras };
  run.result.rows.problems.push(problem);
  f.lastProblem = problem;
  f.taskSeq = 0;
  noteDuplicate(run, f, src);
  // Its responsibility: only when the source names someone or a unit for it.
  const resp = row.values.responsibilities;
  let responsibility: OutRow | undefined;
  if (Object.entries(resp).some(([k, v]) => k !== 'problemId' && v !== null && v !== undefined && v !== '')) {
    resp.problemId = id;
    if (!resp.unit) resp.unit = p.inspectedUnit ?? unit;
    responsibility = { source: src, values: resp, extras: wordRecord() };
    run.result.rows.responsibilities.push(responsibility);
  }
  // The other units of a group over roles (整改责任单位 over 施工 / 监理), each its own responsibility (layout.ts).
  for (const more of row.moreResponsibilities ?? [])
    run.result.rows.responsibilities.push({ source: src, values: { ...more, problemId: id }, extras: wordRecord() });
  const tasksBefore = run.result.rows.tasks.length;
  addMeasures(run, f, src, row, { problem, resp, extras: false, addNew: true });
  const task = run.result.rows.tasks[tasksBefore];
  if (ident.key) {
    const rows = { problem, responsibility, task };
    run.seen.set(ident.key, { file: src.file, row: src.row, print: ident.print, cells: ident.cells, rows });
  }
}

/** The unit column, the ID column (and whether it only counts rows): what every row of the file needs. */
export function fileColumns(f: FileState): void {
  f.unitCol = columnFor(f, 'problems', 'inspectedUnit');
  f.idCol = columnFor(f, 'problems', 'id');
  // A column the user mapped with --map is what the user says it is; 序号 found by its name only counts rows.
  f.idIsCounter = !!f.idCol && f.idCol.how !== 'map' && isRowCounter(f.idCol.matchedAs ?? f.idCol.header);
  f.typedIds = new Map();
  f.keyPrints = new Map();
  f.wholePrints = new Map();
  f.counterDerived = [];
  f.skipped = null;
}
