/**
 * Every file an office has, through every command (docs/FILES.md): the
 * corpus (corpus.ts) is made here by the programs that write such files, and
 * on each .xlsx the command line runs check, init, refresh, report and import
 * in-process. Each must end with exit 0 or 1 — or 2 with the message that a
 * legacy sheet is not a ledger yet — never a stack and never a library's
 * English; each file written must keep every cell and note of the input
 * (read back by openpyxl, not by our reader) and open in openpyxl and
 * LibreOffice. .xls files get check/init's "save it as .xlsx" and import with
 * every value; so do CSV files in three encodings. The three real ledgers,
 * re-saved by each writer, import together with every value.
 *
 * @uninstrumented every command on every writer's file, in-process: the command tests reach the same engine lines
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { GENERATED_SHEET_NAMES } from '../../src/engine/schema/sheets';
import { checkImported, lostCells } from '../helpers/importedValues';
import {
  type CliResult,
  type CorpusFile,
  type Dumped,
  REAL_NAMES,
  TODAY,
  buildCorpus,
  dumpMany,
  libreOfficeConvert,
  rectify,
  timings,
} from './corpus';
import { cpuWithChildrenNow } from '../helpers/cpuClock';

const COMMANDS = ['check', 'init', 'refresh', 'report', 'import'] as const;
type Cmd = (typeof COMMANDS)[number];

/** Library text that must never reach the user. */
const LIBRARY_TEXT = /Cannot read|undefined|TypeError|RangeError|Error:|Corrupted|zip|reading '|ENOENT|EACCES|\n\s+at /;
/** The sheets report and refresh rebuild: their cells are the engine's, not the user's. */
const REBUILT = Object.values(GENERATED_SHEET_NAMES).flatMap((n) => [n.zh, n.en]);

let dir: string;
let out: string;
let corpus: CorpusFile[];
const results = new Map<string, Partial<Record<Cmd, CliResult & { output?: string }>>>();
const realImports = new Map<string, { result: CliResult; output: string; sources: string[] }>();
let dumps: Record<string, Dumped>;
let openedByLibreOffice: Set<string>;

/** Every command runs on one real legacy ledger and the structured ledger, as each writer saved them (B and C are imported below). */
const onEach = (f: CorpusFile) => f.source === 'A公司' || f.source === 'ledger';
const xlsxFiles = () => corpus.filter((f) => f.format === 'xlsx' && onEach(f));
const label = (f: CorpusFile) => `${f.source} by ${f.writer}`;
const outName = (cmd: string, f: CorpusFile) =>
  path.join(out, `${cmd}.${path.basename(f.file)}`.replace(/\.(xls|csv)$/, '.$1.xlsx'));

async function runAll(f: CorpusFile): Promise<void> {
  const r: Partial<Record<Cmd, CliResult & { output?: string }>> = {};
  r.check = await rectify('check', f.file, '--today', TODAY);
  const init = outName('init', f);
  r.init = { ...(await rectify('init', f.file, '-o', init)), output: init };
  const refresh = outName('refresh', f);
  r.refresh = { ...(await rectify('refresh', f.file, '-o', refresh, '--today', TODAY)), output: refresh };
  const report = outName('report', f);
  r.report = { ...(await rectify('report', f.file, '-o', report, '--today', TODAY)), output: report };
  const imported = outName('import', f);
  r.import = { ...(await rectify('import', f.file, '-o', imported)), output: imported };
  results.set(f.file, r);
}

// The corpus is a fixed amount of work: bounded by the CPU it takes (this process and the writers, LibreOffice and
// Python it runs), not by the wall clock, which a busy machine stretches (280 s of wall time ran out at a load
// average of 25 on two cores). The wall-clock limit below only stops a run that hangs. The old 280 s on both
// cores' worth: children may run side by side.
const CORPUS_CPU_MS = 560_000;

beforeAll(async () => {
  const cpu0 = cpuWithChildrenNow();
  dir = mkdtempSync(path.join(os.tmpdir(), 'rectify-files-'));
  out = path.join(dir, 'out');
  mkdirSync(out);
  const t0 = Date.now();
  corpus = await buildCorpus(dir);
  const t1 = Date.now();
  for (const f of xlsxFiles()) await runAll(f);
  for (const f of corpus.filter((x) => x.format !== 'xlsx' && onEach(x))) {
    const imported = outName('import', f);
    results.set(f.file, {
      check: await rectify('check', f.file, '--today', TODAY),
      init: await rectify('init', f.file, '-o', outName('init', f)),
      import: { ...(await rectify('import', f.file, '-o', imported)), output: imported },
    });
  }
  // The three real ledgers as each writer saved them, imported together.
  const writers = [...new Set(corpus.filter((f) => REAL_NAMES.includes(f.source)).map((f) => f.writer))];
  for (const w of writers) {
    const sources = REAL_NAMES.map((n) => corpus.find((f) => f.source === n && f.writer === w)?.file).filter(
      (x): x is string => !!x,
    );
    if (sources.length !== 3 || w.includes('excel95')) continue;
    const output = path.join(out, `real.${w.replace(/\s/g, '-')}.xlsx`);
    realImports.set(w, {
      result: await rectify('import', ...sources, '-o', output, '--add-to-lists'),
      output,
      sources,
    });
  }
  const t15 = Date.now();
  const written = [...results.values()]
    .flatMap((r) => Object.values(r))
    .filter((r) => r?.output && r.code !== 2)
    .map((r) => r!.output!);
  const realOutputs = [...realImports.values()].map((r) => r.output);
  const inputs = corpus.filter((f) => f.format !== 'csv' && f.format !== 'xls5' && !f.truth).map((f) => f.file);
  // The sheets the engine rebuilds and its log are not the user's cells: listed, not read.
  dumps = await dumpMany([...new Set([...inputs, ...written, ...realOutputs])], [...REBUILT, '_log']);
  const t2 = Date.now();
  if (process.env.CORPUS_TIMES) console.log({ dumps: t2 - t15 });
  // LibreOffice opens every file written (converted to CSV: it has to load the whole workbook for that).
  const lo = path.join(dir, 'lo');
  mkdirSync(lo);
  const opened = libreOfficeConvert(dir, [...new Set(written)], 'csv', lo, 'opened');
  openedByLibreOffice = new Set(opened.map((f) => path.basename(f).replace(/\.opened\.csv$/, '')));
  if (process.env.CORPUS_TIMES)
    console.log({ build: t1 - t0, commands: t2 - t1, libreoffice: Date.now() - t2, timings });
  const cpu = cpuWithChildrenNow() - cpu0;
  if (cpu > CORPUS_CPU_MS) throw new Error(`building the corpus took ${cpu} ms of CPU, over ${CORPUS_CPU_MS}`);
}, 1_800_000);

afterAll(() => {
  if (process.env.CORPUS_TABLE && corpus) console.log(writerTable());
  if (dir && !process.env.KEEP_CORPUS) rmSync(dir, { recursive: true, force: true });
});

/** CORPUS_TABLE=1: one line per writer and source — read, written, values kept — as docs/FILES.md shows it. */
function writerTable(): string {
  const lines = [
    '| file | read (check) | written (init / refresh / report) | cells and notes kept | import keeps every value |',
    '|---|---|---|---|---|',
  ];
  for (const f of corpus.filter(onEach)) {
    const r = results.get(f.file);
    if (!r) continue;
    const read = r.check ? `exit ${r.check.code}` : '—';
    const writes = (['init', 'refresh', 'report'] as const)
      .map((c) => r[c])
      .filter((x): x is CliResult & { output?: string } => !!x && x.code !== 2 && !!x.output);
    const opened = writes.every(
      (x) => dumps[x.output!]?.ok && openedByLibreOffice.has(path.basename(x.output!, '.xlsx')),
    );
    const before = f.truth ?? (f.format === 'csv' ? csvTruth(f) : dumps[f.file]);
    const kept = writes.every(
      (x, i) => before?.ok && lostCells(before, dumps[x.output!], i === 0 ? [] : REBUILT).length === 0,
    );
    let imported = '—';
    if (r.import && r.import.code !== 2 && f.source === 'A公司') {
      const c = checkImported([{ name: path.basename(f.file), dump: before }], dumps[r.import.output!]);
      imported =
        c.missing.length === 0 && c.rows === 35 ? `yes (${c.checked} values)` : `NO (${c.missing.length} missing)`;
    } else if (r.import) imported = `exit ${r.import.code}`;
    lines.push(
      `| ${f.source} · ${f.writer} | ${read} | ${writes.length ? (opened ? `${writes.length} files, open in openpyxl + LibreOffice` : 'NO') : '—'} | ${writes.length ? (kept ? 'yes' : 'NO') : '—'} | ${imported} |`,
    );
  }
  return lines.join('\n');
}

describe('every .xlsx, every command', () => {
  test('the corpus has every writer', () => {
    const writers = new Set(corpus.map((f) => f.writer));
    for (const w of [
      'excel',
      'exceljs',
      'openpyxl',
      'openpyxl-notes',
      'xlsxwriter',
      'xlsxwriter-inline',
      'sheetjs',
      'sheetjs-sst',
      'libreoffice',
      'wps-absolute',
      'web-inline',
      'sdk-prefixed',
      'stream-noaddress',
      'strict',
      'libreoffice xls',
      'sheetjs xls',
      'csv gbk',
    ])
      expect(writers).toContain(w);
  });

  test.each(COMMANDS)('%s: never a crash, exit 0 or 1, and only our own messages', (cmd) => {
    const bad: string[] = [];
    for (const f of xlsxFiles()) {
      const r = results.get(f.file)![cmd]!;
      const notLedgerYet = f.source !== 'ledger' && r.code === 2 && /找不到工作表/.test(r.err);
      if (r.crash || !(r.code === 0 || r.code === 1 || notLedgerYet) || LIBRARY_TEXT.test(r.err + r.out)) {
        bad.push(`${label(f)}: exit ${r.code} ${(r.crash ?? r.err).slice(0, 300)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test.each(['init', 'refresh', 'report'] as const)('%s keeps every cell and note of the input', (cmd) => {
    const lost: string[] = [];
    for (const f of xlsxFiles()) {
      const r = results.get(f.file)![cmd]!;
      if (r.code === 2) continue; // a legacy sheet is not a ledger yet: nothing written (checked above)
      const before = f.truth ?? dumps[f.file];
      const after = dumps[r.output!];
      if (!before?.ok || !after?.ok) {
        lost.push(`${label(f)}: cannot read ${!before?.ok ? 'input' : 'output'}: ${(before ?? after)?.error}`);
        continue;
      }
      const l = lostCells(before, after, cmd === 'init' ? [] : REBUILT);
      if (l.length) lost.push(`${label(f)}: ${l.length} lost, e.g. ${l.slice(0, 3).join('; ')}`);
    }
    expect(lost).toEqual([]);
  });

  test('every file written opens in openpyxl and in LibreOffice', () => {
    const failed: string[] = [];
    let count = 0;
    for (const r of results.values()) {
      for (const x of Object.values(r)) {
        if (!x?.output || x.code === 2) continue;
        count++;
        if (!dumps[x.output]?.ok) failed.push(`openpyxl: ${path.basename(x.output)} ${dumps[x.output]?.error}`);
        if (!openedByLibreOffice.has(path.basename(x.output, '.xlsx')))
          failed.push(`LibreOffice: ${path.basename(x.output)}`);
      }
    }
    expect(failed).toEqual([]);
    expect(count).toBeGreaterThan(60);
  });

  test('import takes every value of every legacy sheet, whoever wrote it', () => {
    const bad: string[] = [];
    for (const f of corpus.filter((x) => x.source === 'A公司' && x.format !== 'xls5')) {
      const r = results.get(f.file)!.import!;
      const before = f.truth ?? (f.format === 'csv' ? csvTruth(f) : dumps[f.file]);
      const check = checkImported([{ name: path.basename(f.file), dump: before }], dumps[r.output!]);
      if (check.rows !== 35 || check.missing.length || check.checked < 35 * 20) {
        bad.push(
          `${label(f)}: ${check.rows}/35 rows, ${check.checked} values, missing ${check.missing.slice(0, 3).join('; ')}`,
        );
      }
    }
    expect(bad).toEqual([]);
  });
});

/** A CSV's expected cells: the openpyxl dump of the file it was exported from (make_corpus.py writes the same text). */
function csvTruth(f: CorpusFile): Dumped {
  const original = corpus.find((x) => x.source === f.source && (x.writer === 'excel' || x.writer === 'exceljs'))!;
  return dumps[original.file];
}

describe('.xls, Excel 95 and CSV', () => {
  test('check and init on an .xls say to save it as .xlsx; import reads it', () => {
    for (const f of corpus.filter((x) => x.format === 'xls' && onEach(x))) {
      const r = results.get(f.file)!;
      expect([r.check!.code, r.init!.code]).toEqual([2, 2]);
      expect(r.check!.err).toContain('旧版 Excel 97-2003 工作簿（.xls）');
      expect(r.init!.err).toContain('另存为 “Excel 工作簿 (*.xlsx)”');
      expect(r.import!.crash).toBeUndefined();
      expect([0, 1]).toContain(r.import!.code);
    }
  });

  test('an Excel 95 file gets its own message from every command', () => {
    const f = corpus.find((x) => x.format === 'xls5')!;
    const r = results.get(f.file)!;
    for (const x of [r.check!, r.init!]) expect(x.err).toContain('Excel 5.0/95');
    expect(r.import!.code).toBe(2);
    expect(r.import!.err).toContain('Excel 5.0/95');
  });

  test('check on a CSV says it is text and points to import; import reads UTF-8, UTF-8 with BOM and GBK alike', () => {
    for (const f of corpus.filter((x) => x.format === 'csv' && onEach(x))) {
      const r = results.get(f.file)!;
      expect(r.check!.code).toBe(2);
      expect(r.check!.err).toContain('是 CSV 文本文件');
      expect(r.check!.err).toContain('rectify import');
      expect([0, 1]).toContain(r.import!.code);
    }
  });
});

describe('the three real ledgers, re-saved by each writer, import with every value', () => {
  test.each([
    'excel',
    'openpyxl',
    'openpyxl-notes',
    'xlsxwriter',
    'xlsxwriter-inline',
    'sheetjs',
    'libreoffice',
    'libreoffice xls',
    'sheetjs xls',
    'csv utf8',
    'csv utf8-bom',
    'csv gbk',
  ])('%s', (writer) => {
    const imp = realImports.get(writer)!;
    expect(imp.result.crash).toBeUndefined();
    expect(imp.result.err).toBe('');
    expect(imp.result.code).toBe(0);
    const sources = imp.sources.map((file) => {
      const f = corpus.find((x) => x.file === file)!;
      return { name: path.basename(file), dump: f.format === 'csv' ? csvTruth(f) : dumps[file] };
    });
    const check = checkImported(sources, dumps[imp.output]);
    expect(check.missing).toEqual([]);
    expect([check.rows, check.expectedRows]).toEqual([113, 113]);
    expect(check.checked).toBeGreaterThan(113 * 25);
  });
});
