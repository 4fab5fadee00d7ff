/**
 * Importing old clue-transfer ledgers into 移交清单 (clueSource.ts says what
 * is kept and what is translated), row by row, each clue added once.
 */
import { wordRecord } from '../core/arrays';
import { columnLetters } from '../core/a1';
import { type Lang, listSeparator, t } from '../../i18n';
import { EngineError } from '../core/errors';
import type { ParsedWorkbook } from '../read/records';
import { CLUES } from '../schema/clues';
import { columnOf } from '../schema/listSheets';
import { normalizeHeader } from '../schema/headers';
import { DEFAULT_LISTS } from '../schema/values';
import {
  type ClueImportResult,
  type ClueImportRow,
  DATE_KEYS,
  type ExistingClues,
  clueKey,
  clueStatusWord,
  dateValue,
  findClueHeader,
} from './clueSource';
import { SheetReader, cellText } from './header';
import { type LegacySource, SOURCE_COLUMNS } from './types';
import { isPlaceholder } from './values';
import { rawValue } from '../read/rowReader';

export type { ClueImportResult, ClueImportRow, ExistingClues } from './clueSource';

/** What a parsed ledger already holds, for the identity of imported clues. */
export function existingClues(data: ParsedWorkbook | null): ExistingClues {
  const clues = data?.clues ?? [];
  return {
    ids: new Set(clues.map((c) => c.id).filter(Boolean)),
    keys: new Set(clues.map((c) => clueKey(c.receiver, rawValue(c, 'transferredOn') ?? null, c.summary))),
    receivers: data?.lists.values.receiver ?? DEFAULT_LISTS.receiver.values.map((v) => v.zh),
  };
}

interface Run {
  lang: Lang;
  result: ClueImportResult;
  ids: Set<string>;
  keys: Set<string>;
  known: Set<string>;
  made: number;
}

interface Source {
  src: LegacySource;
  reader: SheetReader;
  headerRow: number;
  keys: Map<number, string>;
}

function readRow(run: Run, s: Source, r: number): ClueImportRow | null {
  const row: ClueImportRow = { file: s.src.file, sheet: s.reader.sheet.name, row: r, values: {}, extras: wordRecord() };
  let any = false;
  for (let c = 1; c <= s.reader.columnCount; c++) {
    const v = s.reader.raw(r, c);
    if (isPlaceholder(v)) continue;
    any = true;
    const key = s.keys.get(c);
    if (!key) {
      const name = cellText(s.reader.value(s.headerRow, c)) || `${t(run.lang, 'clueImport.column')}${columnLetters(c)}`;
      row.extras[name] = v;
    } else if (DATE_KEYS.includes(key)) {
      const d = dateValue(v);
      if (d.bad) run.result.counts.badDates++;
      row.values[key] = d.value;
    } else row.values[key] = v;
  }
  return any ? row : null;
}

/** Status: the list's word for a status word (the original kept beside), else inferred from the dates. */
function settleStatus(run: Run, row: ClueImportRow): void {
  const original = row.values.status;
  const typed = cellText(original ?? null);
  const word = clueStatusWord(typed || cellText(row.values.result ?? null), run.lang);
  if (typed && word && word !== typed)
    row.extras[`${columnOf(CLUES, 'status').header[run.lang]}${t(run.lang, 'clueImport.original')}`] = original!;
  if (word) row.values.status = word;
  else if (!typed) {
    const code = row.values.finishedOn ? 'finished' : row.values.signedOn ? 'handling' : 'awaiting';
    row.values.status = DEFAULT_LISTS.clueStatus.values.find((v) => v.code === code)![run.lang];
    run.result.counts.statusInferred++;
  }
}

/** Adds a row unless the ledger (or this import) has the clue already; makes up an ID when it has none. */
function addRow(run: Run, row: ClueImportRow): void {
  const id = cellText(row.values.id ?? null);
  const key = clueKey(
    cellText(row.values.receiver ?? null),
    row.values.transferredOn ?? null,
    cellText(row.values.summary ?? null),
  );
  if ((id && run.ids.has(id)) || run.keys.has(key)) {
    run.result.counts.already++;
    return;
  }
  if (!id) {
    let made: string;
    do made = `XS-${t(run.lang, 'clueImport.idStem')}-${String(++run.made).padStart(3, '0')}`;
    while (run.ids.has(made));
    row.values.id = made;
    run.result.counts.idsMade++;
  }
  run.ids.add(cellText(row.values.id ?? null));
  run.keys.add(key);
  const body = cellText(row.values.receiver ?? null);
  if (body && !run.known.has(normalizeHeader(body))) {
    run.known.add(normalizeHeader(body));
    run.result.newReceivers.push(body);
  }
  row.extras[SOURCE_COLUMNS.file[run.lang]] = row.file;
  row.extras[SOURCE_COLUMNS.row[run.lang]] = row.row;
  run.result.rows.push(row);
}

function importSheet(run: Run, src: LegacySource): void {
  let found = false;
  for (const sheet of src.snapshot.sheets) {
    if (sheet.visibility !== 'visible' || sheet.name.startsWith('_')) continue;
    const reader = new SheetReader(sheet);
    const header = findClueHeader(reader);
    if (!header) continue;
    const s: Source = { src, reader, headerRow: header.row, keys: header.keys };
    let rows = 0;
    for (let r = header.row + 1; r <= reader.rowCount; r++) {
      const row = readRow(run, s, r);
      if (!row) continue;
      rows++;
      settleStatus(run, row);
      addRow(run, row);
    }
    const mapped = Object.fromEntries([...header.keys].map(([c, key]) => [cellText(reader.value(header.row, c)), key]));
    run.result.files.push({ file: src.file, sheet: sheet.name, headerRow: header.row, rows, mapped });
    found = true;
    break;
  }
  if (!found) {
    const sheets = src.snapshot.sheets.map((s) => s.name).join(listSeparator(run.lang));
    throw new EngineError('clueImport.noSheet', { file: src.file, sheets });
  }
}

/** Reads every source's clue sheet (the first visible sheet with a clue header). */
export function importClueLedgers(
  sources: readonly LegacySource[],
  lang: Lang,
  existing: ExistingClues,
): ClueImportResult {
  const result: ClueImportResult = {
    lang,
    files: [],
    rows: [],
    extraColumns: [],
    newReceivers: [],
    counts: { rows: 0, statusInferred: 0, idsMade: 0, already: 0, badDates: 0 },
  };
  const run: Run = {
    lang,
    result,
    ids: new Set(existing.ids),
    keys: new Set(existing.keys),
    known: new Set(existing.receivers.map(normalizeHeader)),
    made: 0,
  };
  for (const src of sources) importSheet(run, src);
  const names = new Set<string>();
  for (const row of result.rows) for (const name of Object.keys(row.extras)) names.add(name);
  result.extraColumns = [...names];
  result.counts.rows = result.rows.length;
  return result;
}
