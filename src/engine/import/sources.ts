/**
 * One legacy file as a source: which sheet holds the ledger, where its header
 * is, which rows hold data, what each column becomes, and the report of the
 * file that the rows fill in.
 */
import { columnLetters } from '../core/a1';
import { EngineError } from '../core/errors';
import type { Lang } from '../../i18n';
import { matchColumn, normalizeHeader } from '../schema/headers';
import { LIST_SHEETS } from '../schema/listSheets';
import type { SheetSnapshot } from '../core/snapshot';
import { PROBLEMS } from '../schema/problems';
import { locateListSheet } from '../read/locate';
import { TASKS } from '../schema/tasks';
import { type HeaderInfo, SheetReader, findHeader } from './header';
import type { ColumnMapping } from './mapping';
import { looksLikeClueLedger } from './detect';
import type { FileReport, ImportOptions, LegacySource } from './types';
import { SOURCE_COLUMNS } from './types';
import { isPlaceholder } from './values';

/** Why a sheet of a source was not read: named in the report with the sheet. */
export type SkipReason = 'hidden' | 'helper' | 'ourLedger' | 'empty' | 'noHeader' | 'clue' | 'noProblems' | 'noData';

export interface SheetPick {
  sheet: SheetSnapshot;
  header: HeaderInfo;
}

export interface SheetPicks {
  picks: SheetPick[];
  skipped: { sheet: string; reason: SkipReason }[];
}

/** The header names what a problem is (its description or its measure), or a column the user mapped. */
function describesProblems(header: HeaderInfo, mapped: ReadonlySet<string>): boolean {
  return header.columns.some(
    (c) =>
      mapped.has(normalizeHeader(c.text)) ||
      c.candidates.some((t) => {
        const key = matchColumn(PROBLEMS, t)?.key ?? (matchColumn(TASKS, t)?.key === 'measure' ? 'measure' : undefined);
        return key === 'description' || key === 'measure';
      }),
  );
}

function hasData(sheet: SheetSnapshot, header: HeaderInfo): boolean {
  for (let r = header.lastRow; r < sheet.values.length; r++)
    if (sheet.values[r]?.some((v) => !isPlaceholder(v))) return true;
  return false;
}

/** Every sheet, read or skipped with its reason. */
function surveySheets(source: LegacySource, mapped: ReadonlySet<string>) {
  const found: { sheet: SheetSnapshot; header: HeaderInfo | null; reason?: SkipReason }[] = [];
  // A ledger this tool made: its problem list is the ledger; its other lists and generated sheets repeat it.
  const ours = locateListSheet(source.snapshot, PROBLEMS);
  for (const s of source.snapshot.sheets) {
    const skip = (reason: SkipReason) => found.push({ sheet: s, header: null, reason });
    if (s.visibility !== 'visible') skip('hidden');
    else if (s.name.startsWith('_')) skip('helper');
    else if (ours && s !== ours) skip('ourLedger');
    else if (!s.values.some((row) => row.some((v) => !isPlaceholder(v)))) skip('empty');
    else {
      const header = findHeader(s, mapped);
      // An old clue-transfer ledger belongs in 移交清单, not in the problem list.
      if (mapped.size === 0 && looksLikeClueLedger(s, header)) skip('clue');
      else if (!header) skip('noHeader');
      else found.push({ sheet: s, header });
    }
  }
  return found;
}

/**
 * The sheets to import from a file: the one named with --sheet; else every visible sheet whose header names a
 * problem's description or measure and has rows under it (a workbook of one ledger per unit, year or version).
 * A sheet not read is listed with why. When no sheet names a description, the first sheet with a header is read
 * (a ledger of measures only).
 */
export function pickSheets(source: LegacySource, options: ImportOptions, mapped: ReadonlySet<string>): SheetPicks {
  const sheets = source.snapshot.sheets;
  const names = sheets.map((x) => x.name).join('、');
  if (options.sheet !== undefined) {
    const s = sheets.find((x) => x.name === options.sheet);
    if (!s) throw new EngineError('import.sheetMissing', { file: source.file, sheet: options.sheet, sheets: names });
    const header = findHeader(s, mapped);
    if (!header) throw new EngineError('import.noHeader', { file: source.file, sheet: s.name });
    return { picks: [{ sheet: s, header }], skipped: [] };
  }
  const found = surveySheets(source, mapped);
  const ledgers = found.filter((x) => x.header) as SheetPick[];
  const full = ledgers.filter((x) => describesProblems(x.header, mapped) && hasData(x.sheet, x.header));
  const picks = full.length ? full : ledgers.slice(0, 1);
  if (!picks.length) {
    const clue = found.find((x) => x.reason === 'clue');
    if (clue) throw new EngineError('import.clueLedger', { file: source.file, sheet: clue.sheet.name });
    throw new EngineError('import.noLedgerSheet', { file: source.file, sheets: names });
  }
  // An empty sheet (Sheet2 of a new workbook) holds nothing to lose: it is not named.
  const skipped = found
    .filter((x) => !picks.some((p) => p.sheet === x.sheet) && x.reason !== 'empty')
    .map((x) => {
      const reason: SkipReason =
        x.reason ?? (x.header && !describesProblems(x.header, mapped) ? 'noProblems' : 'noData');
      return { sheet: x.sheet.name, reason };
    });
  return { picks, skipped };
}

/** The name an unmapped column keeps in the ledger; one that means a layout column is renamed (…（原表）). */
function extraNameFor(header: string, column: number, lang: Lang): string {
  const base = header || (lang === 'zh' ? `列${columnLetters(column)}` : `Column ${columnLetters(column)}`);
  const same = (a: string) => normalizeHeader(a) === normalizeHeader(base);
  const reserved = Object.values(SOURCE_COLUMNS).some((c) => same(c.zh) || same(c.en));
  // An extra column whose name means a layout column would be read as that column next time: rename it.
  if (reserved || LIST_SHEETS.some((s) => matchColumn(s, base)))
    return lang === 'zh' ? `${base}（原表）` : `${base} (source)`;
  return base;
}

export function buildFileReport(
  file: string,
  sheet: string,
  header: HeaderInfo,
  mapping: ColumnMapping[],
  lang: Lang,
): FileReport {
  const used = new Set<string>();
  const columns = mapping.map((m) => {
    let extraName: string | undefined;
    if (!m.targets.length) {
      extraName = extraNameFor(m.header, m.column, lang);
      for (let n = 2; used.has(extraName); n++) extraName = `${extraNameFor(m.header, m.column, lang)} (${n})`;
      used.add(extraName);
    }
    return { ...m, extraName, samples: [], filled: 0, placeholders: 0, translations: [] };
  });
  return { file, sheet, headerRows: [header.firstRow, header.lastRow], dataRows: 0, imported: 0, columns };
}

/** Columns with no header but values below it are kept too (as 列X extras): nothing typed is dropped. */
export function addUnnamedColumns(reader: SheetReader, header: HeaderInfo): void {
  for (let c = 1; c <= reader.columnCount; c++) {
    if (header.columns.some((h) => h.column === c)) continue;
    for (let r = header.lastRow + 1; r <= reader.rowCount; r++) {
      if (!isPlaceholder(reader.raw(r, c))) {
        header.columns.push({ column: c, text: '', parts: [], candidates: [] });
        break;
      }
    }
  }
  header.columns.sort((a, b) => a.column - b.column);
}

/** The file name without directory and extension: the unit of a file that has no unit column. */
export function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** FNV-1a over a string: enough to tell two sheets apart, no crypto needed and no Node import in the engine. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}:${text.length}`;
}

/** [2,3,4,7] → '2–4、7' */
export function ranges(rows: number[]): string {
  const out: string[] = [];
  const s = [...rows].sort((a, b) => a - b);
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j > i ? `${s[i]}–${s[j]}` : String(s[i]));
    i = j + 1;
  }
  return out.join('、');
}
