/**
 * An .xlsx package in memory → the WorkbookSnapshot the engine reads,
 * without ExcelJS: the bounded zip reader (zip.ts), the small parts
 * (parts.ts) and one linear pass over each worksheet the command needs
 * (sheet.ts). It gives what snapshotOf(ExcelJS) gives (test/xlsx/read/
 * agreement.test.ts compares the two on files from every writer at hand),
 * in a fraction of the time and memory.
 */
import { EngineError, HEAD_ROWS, type ReadScope, type SheetPart, type WorkbookSnapshot } from '../../engine';
import type { SheetSnapshot } from '../../engine/core/snapshot';
import { READ_LIMITS, type ReadLimits } from './limits';
import { parseDateStyles, parseRels, parseSharedStrings, parseTable, parseWorkbook, relsPartOf } from './parts';
import { readSheetXml } from './sheetRead';
import { type ZipArchive, openZip } from './zip';

export interface LeanReadOptions {
  user?: string;
  readAt?: string;
  limits?: Readonly<ReadLimits>;
  /**
   * What of each sheet the command needs (src/engine/run/scope.ts); default every cell. Sheets read in part
   * are marked `partial`, as the Office.js adapter marks them; columns are never left out (the scope allows it,
   * and here it would save little: a skipped cell is scanned past all the same).
   */
  scope?: ReadScope;
  /** The package opened already (over the same bytes), e.g. one that keeps what it inflates for a writer after. */
  zip?: ZipArchive;
}

interface Worksheet {
  name: string;
  state: WorkbookSnapshot['sheets'][number]['visibility'];
  part: string;
}

/**
 * Each sheet's part, decided as the scope decides it, from the sheets' names and tables, before any cell is read:
 * the tables here come from the sheet's relationships (the table parts it owns), read without its cells.
 */
function partsOf(zip: ZipArchive, sheets: readonly Worksheet[], scope: ReadScope | undefined): SheetPart[] {
  if (!scope) return sheets.map(() => 'whole');
  const outline = sheets.map((s) => {
    const rels = parseRels(zip.text(relsPartOf(s.part)), s.part).filter((r) => r.kind === 'table' && !r.external);
    const tables = rels.map((r) => parseTable(zip.text(r.part))).filter((t) => t !== null);
    return { name: s.name, tables };
  });
  return scope.parts(outline);
}

/** A SpreadsheetML part written with a namespace prefix (<x:row>) as the same part without it. */
function withoutPrefix(xml: string): string {
  const m =
    /xmlns:(\w+)="(?:http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)"/.exec(
      xml.slice(0, 4096),
    );
  if (!m) return xml;
  return xml.replace(new RegExp(`<(/?)${m[1]}:`, 'g'), '<$1');
}

/** The workbook part: the package's officeDocument relationship, else xl/workbook.xml. */
function workbookPartName(zip: ZipArchive): string | null {
  const rel = parseRels(zip.text('_rels/.rels'), '').find((r) => r.kind === 'officeDocument' && !r.external);
  if (rel && zip.has(rel.part)) return rel.part;
  if (zip.has('xl/workbook.xml')) return 'xl/workbook.xml';
  return zip.names().find((p) => /(^|\/)workbook\d*\.xml$/i.test(p)) ?? null;
}

/** Excel's standard column width (8.43 characters + padding) in file units, when the sheet does not say. */
const STANDARD_WIDTH = 9.140625;

/** Whole pixels of a width in characters (maximum digit width 7 px), as src/xlsx/snapshot.ts and the Office.js adapter count. */
const pixels = (width: number) => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);

/** Reads the snapshot of an .xlsx package in memory (`file` names it in messages). */
export function readXlsxSnapshot(bytes: Uint8Array, file: string, opts: LeanReadOptions = {}): WorkbookSnapshot {
  const limits = opts.limits ?? READ_LIMITS;
  const zip = opts.zip ?? openZip(bytes, file, limits);
  const wbPart = workbookPartName(zip);
  const wbXml = wbPart ? zip.text(wbPart) : null;
  if (!wbPart || !wbXml || !/<(\w+:)?workbook\b/.test(wbXml)) throw new EngineError('xlsx.notXlsx', { file });
  const workbook = parseWorkbook(withoutPrefix(wbXml));
  const rels = parseRels(zip.text(relsPartOf(wbPart)), wbPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (kind: string) => rels.find((r) => r.kind === kind && !r.external)?.part;
  const stringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const strings = parseSharedStrings(stringsPart ? withoutPrefix(zip.text(stringsPart) ?? '') : null);
  const dateStyles = parseDateStyles(stylesPart ? withoutPrefix(zip.text(stylesPart) ?? '') : null);
  const worksheets: Worksheet[] = [];
  for (const s of workbook.sheets) {
    const rel = relById.get(s.relId);
    // A chart sheet or dialog sheet is not a worksheet; a sheet whose part is missing cannot be read.
    if (!rel || rel.kind !== 'worksheet' || rel.external || !zip.has(rel.part)) continue;
    worksheets.push({ name: s.name, state: s.state, part: rel.part });
  }
  const parts = partsOf(zip, worksheets, opts.scope);
  const tally = { cells: 0, rows: 0 };
  const sheets: SheetSnapshot[] = [];
  for (const [k, s] of worksheets.entries()) {
    const rel = { part: s.part };
    let xml: string | null = withoutPrefix(zip.text(rel.part) ?? '');
    const read = readSheetXml(xml, {
      file,
      sheet: s.name,
      strings,
      dateStyles,
      date1904: workbook.date1904,
      limits,
      tally,
      part: parts[k],
      headRows: HEAD_ROWS,
    });
    xml = null;
    const sheetRels = read.tableRels.length ? parseRels(zip.text(relsPartOf(rel.part)), rel.part) : [];
    const tables = [];
    for (const id of read.tableRels) {
      const tr = sheetRels.find((r) => r.id === id && !r.external);
      const table = tr ? parseTable(zip.text(tr.part)) : null;
      if (table) tables.push(table);
    }
    const snap: SheetSnapshot = {
      name: s.name,
      visibility: s.state,
      values: read.values,
      formulas: read.formulas,
      tables,
      merges: read.merges,
    };
    if (read.partial) snap.partial = read.partial;
    if (read.protected) snap.protected = true;
    if (read.frozen) snap.frozen = read.frozen;
    const standard = pixels(read.defaultColWidth ?? STANDARD_WIDTH);
    const widths: Record<number, number> = {};
    let next = 1;
    for (const c of [...read.cols].sort((a, b) => a.min - b.min)) {
      for (next = Math.max(next, c.min); next <= c.max; next++) {
        if (typeof c.width === 'number' && pixels(c.width) !== standard) widths[next] = c.width;
      }
    }
    snap.customWidths = widths;
    sheets.push(snap);
  }
  if (sheets.length === 0) throw new EngineError('xlsx.noSheets', { file });
  return {
    sheets,
    user: opts.user ?? 'rectify',
    readAt: opts.readAt ?? new Date().toISOString(),
    names: workbook.names.filter((n) => !n.startsWith('_xlnm.')),
  };
}
