/**
 * The corpus of test/files: the files an office has, made on this machine by
 * the programs that write them — the real ledgers as Excel saved them,
 * openpyxl (with and without notes), XlsxWriter (shared and inline strings),
 * SheetJS (.xlsx, .xls, Excel 95), LibreOffice (.xlsx and .xls), a ledger
 * written by this program (ExcelJS), WPS's absolute relationship targets,
 * web and SDK exports written by hand (synthetic.ts), and CSV in UTF-8, UTF-8
 * with a byte-order mark and GBK. Also: running the command line in-process
 * and reading files back with openpyxl / xlrd (dump_cells.py).
 */
import { execFile, execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import * as XLSX from 'xlsx';
import { type CliResult as CommandResult, rectify as rectifyInProcess } from '../helpers/cli';
import { type Cell, SYNTHETIC, cellText, withAbsoluteTargets, writeSynthetic } from './synthetic';

export const PY = '/usr/bin/python3';
export const REAL = path.resolve(__dirname, '..', 'fixtures', 'real-world');
export const REAL_NAMES = ['A公司', 'B公司', 'C公司'];
export const TODAY = '2025-06-30';

export interface Dumped {
  ok: boolean;
  error?: string;
  sheets: Record<string, { state: string; cells: [number, number, string][]; notes: [number, number, string][] }>;
}

/**
 * Reads many files back with openpyxl (.xlsx) or xlrd (.xls): two Python
 * processes, one per core. Sheets named in `skip` are listed, not read.
 */
export async function dumpMany(files: string[], skip: string[] = []): Promise<Record<string, Dumped>> {
  if (files.length === 0) return {};
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)].filter((h) => h.length);
  const args = skip.flatMap((s) => ['--skip', s]);
  const parts = await Promise.all(
    halves.map(
      (h) =>
        new Promise<Record<string, Dumped>>((resolve, reject) =>
          execFile(
            PY,
            [path.join(__dirname, 'dump_cells.py'), ...args, ...h],
            { encoding: 'utf8', maxBuffer: 512 << 20 },
            (e, out) => (e ? reject(e) : resolve(JSON.parse(out))),
          ),
        ),
    ),
  );
  return Object.assign({}, ...parts);
}

export interface CliResult extends CommandResult {
  /** A thrown error (a bug: the command line shows a stack for it). */
  crash?: string;
}

/** Milliseconds spent per command, for CORPUS_TIMES=1. */
export const timings: Record<string, number> = {};

/** The command line in-process (test/helpers/cli.ts), a throw kept as `crash` and the time noted per command. */
export async function rectify(...args: string[]): Promise<CliResult> {
  const t0 = Date.now();
  try {
    return await rectifyInProcess(...args);
  } catch (e) {
    return { code: -1, out: '', err: '', crash: (e as Error).stack ?? String(e) };
  } finally {
    timings[args[0]] = (timings[args[0]] ?? 0) + Date.now() - t0;
  }
}

/** LibreOffice headless with a profile of its own (other suites may run it at the same time). */
export function soffice(dir: string, args: string[]): void {
  const profile = path.join(dir, '.lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], {
    stdio: 'ignore',
    timeout: 240_000,
  });
}

/** Converts files with LibreOffice into `outDir` (one process for all), naming each `<stem>.<suffix>.<ext>`. */
export function libreOfficeConvert(
  dir: string,
  files: string[],
  format: string,
  outDir: string,
  suffix: string,
): string[] {
  const tmp = path.join(dir, `.lo-${format}-${suffix}`);
  mkdirSync(tmp, { recursive: true });
  soffice(dir, ['--convert-to', format, '--outdir', tmp, ...files]);
  const ext = format.split(':')[0];
  const made: string[] = [];
  for (const f of files) {
    const stem = path.basename(f, path.extname(f));
    const from = path.join(tmp, `${stem}.${ext}`);
    const to = path.join(outDir, `${stem}.${suffix}.${ext}`);
    try {
      renameSync(from, to);
      made.push(to);
    } catch {
      /* not converted: the test that needs it says so */
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return made;
}

export interface CorpusFile {
  file: string;
  /** Who wrote it. */
  writer: string;
  /** What it holds: a real legacy ledger (A公司…) or the structured ledger. */
  source: string;
  format: 'xlsx' | 'xls' | 'xls5' | 'csv';
  /** The cells every reader must find, when openpyxl cannot be the judge (hand-written packages). */
  truth?: Dumped;
}

/** The first sheet of a dump as a table of typed cells, for the hand-written packages. */
function tableOf(d: Dumped): { name: string; rows: Cell[][] } {
  const [name, sheet] = Object.entries(d.sheets)[0];
  const rows: Cell[][] = [];
  for (const [r, c, v] of sheet.cells) {
    const row = (rows[r - 1] ??= []);
    row[c - 1] = /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? { date: v }
      : /^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v)
        ? Number(v)
        : v;
  }
  for (let i = 0; i < rows.length; i++) {
    rows[i] ??= [];
    for (let j = 0; j < rows[i].length; j++) if (rows[i][j] === undefined) rows[i][j] = null;
  }
  return { name, rows };
}

function truthOf(name: string, rows: Cell[][]): Dumped {
  const cells: [number, number, string][] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') cells.push([r + 1, c + 1, cellText(v)]);
    }),
  );
  return { ok: true, sheets: { [name]: { state: 'visible', cells, notes: [] } } };
}

/** Builds the whole corpus in `dir`; returns every file with who wrote it. */
export async function buildCorpus(dir: string): Promise<CorpusFile[]> {
  const src = path.join(dir, 'src');
  const gen = path.join(dir, 'gen');
  mkdirSync(src, { recursive: true });
  mkdirSync(gen, { recursive: true });
  const real = REAL_NAMES.map((n) => {
    copyFileSync(path.join(REAL, `${n}.xlsx`), path.join(src, `${n}.xlsx`));
    return path.join(src, `${n}.xlsx`);
  });
  // A structured ledger as this program writes it: tables, notes, validations, colours, _log, generated sheets.
  const imported = path.join(dir, 'imported.xlsx');
  const ledger = path.join(src, 'ledger.xlsx');
  // Made from one unit's ledger: the commands on it, 5 per writer, stay quick.
  for (const r of [
    // Its categories are not in the default dropdown: added on purpose, so the import has nothing left to check.
    await rectify('import', real[0], '-o', imported, '--add-to-lists'),
    await rectify('report', imported, '-o', ledger, '--today', TODAY),
  ]) {
    if (r.code !== 0) throw new Error(`could not make the ledger: ${r.err}${r.crash ?? ''}`);
  }
  const sources = [...real, ledger];
  const files: CorpusFile[] = [];
  const add = (file: string, writer: string, source: string, format: CorpusFile['format'], truth?: Dumped) =>
    files.push({ file, writer, source, format, truth });
  for (const s of sources) add(s, s === ledger ? 'exceljs' : 'excel', path.basename(s, '.xlsx'), 'xlsx');

  // openpyxl and XlsxWriter (Debian packages), and the CSV exports.
  execFileSync(PY, [
    path.join(__dirname, 'make_corpus.py'),
    gen,
    ...sources.map((s) => `${path.basename(s, '.xlsx')}=${s}`),
  ]);
  for (const s of sources) {
    const stem = path.basename(s, '.xlsx');
    for (const w of ['openpyxl', 'openpyxl-notes', 'xlsxwriter', 'xlsxwriter-inline'])
      add(path.join(gen, `${stem}.${w}.xlsx`), w, stem, 'xlsx');
    for (const enc of ['utf8', 'utf8-bom', 'gbk']) add(path.join(gen, `${stem}.${enc}.csv`), `csv ${enc}`, stem, 'csv');
  }

  // SheetJS: .xlsx as it writes by default (inline strings) and with a shared-string table, .xls (BIFF8), Excel 95.
  for (const s of sources) {
    const stem = path.basename(s, '.xlsx');
    // As an application built on SheetJS reads and saves a file: number formats kept (dates stay dates).
    const wb = XLSX.readFile(s, { cellNF: true, cellStyles: true });
    XLSX.writeFile(wb, path.join(gen, `${stem}.sheetjs.xlsx`));
    add(path.join(gen, `${stem}.sheetjs.xlsx`), 'sheetjs', stem, 'xlsx');
    XLSX.writeFile(wb, path.join(gen, `${stem}.sheetjs.xls`), { bookType: 'xls' });
    add(path.join(gen, `${stem}.sheetjs.xls`), 'sheetjs xls', stem, 'xls');
    if (stem === 'A公司' || s === ledger) {
      XLSX.writeFile(wb, path.join(gen, `${stem}.sheetjs-sst.xlsx`), { bookSST: true });
      add(path.join(gen, `${stem}.sheetjs-sst.xlsx`), 'sheetjs-sst', stem, 'xlsx');
    }
    if (stem === 'A公司') {
      XLSX.writeFile(wb, path.join(gen, `${stem}.sheetjs-95.xls`), { bookType: 'biff5' });
      add(path.join(gen, `${stem}.sheetjs-95.xls`), 'sheetjs excel95', stem, 'xls5');
    }
  }

  // LibreOffice re-saves each as .xlsx and as .xls (one process for each format).
  for (const f of libreOfficeConvert(dir, sources, 'xlsx', gen, 'libreoffice'))
    add(f, 'libreoffice', stemOf(f), 'xlsx');
  for (const f of libreOfficeConvert(dir, sources, 'xls', gen, 'libreoffice'))
    add(f, 'libreoffice xls', stemOf(f), 'xls');

  // WPS writes absolute relationship targets: applied to files with notes and tables.
  for (const from of [ledger, path.join(gen, 'A公司.xlsxwriter.xlsx')]) {
    const stem = stemOf(from);
    const to = path.join(gen, `${stem}.wps-absolute.xlsx`);
    writeFileSync(to, await withAbsoluteTargets(readFileSync(from)));
    add(to, 'wps-absolute', stem, 'xlsx');
  }

  // Web and SDK exports, written by hand from A公司's values.
  const a = tableOf((await dumpMany([real[0]]))[real[0]]);
  for (const [writer, style] of Object.entries(SYNTHETIC)) {
    const to = path.join(gen, `A公司.${writer}.xlsx`);
    writeFileSync(to, await writeSynthetic(a.rows, a.name, style));
    add(to, writer, 'A公司', 'xlsx', truthOf(a.name, a.rows));
  }
  return files;
}

function stemOf(file: string): string {
  return path.basename(file).split('.')[0];
}

/** Every file in a folder (for "the folder has exactly what it had"). */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
