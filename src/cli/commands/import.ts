/**
 * `rectify import <legacy.xlsx>… -o <out.xlsx>`: legacy ledgers (one flat
 * sheet per unit) into one structured ledger (docs/IMPORT.md). A source may
 * be an .xlsx, an Excel 97–2003 .xls or a CSV file (docs/FILES.md); src/xlsx
 * tells them apart by their bytes. The engine
 * does the mapping, the report and the structure; an existing output ledger
 * is added to, never overwritten; nothing is written on failure.
 */
import { existsSync } from 'fs';
import { basename, resolve } from 'path';
import type { Command } from 'commander';
import {
  type ImportDefaultValues,
  type LegacySource,
  clueImportCommand,
  clueLedgerSheet,
  formatImportReport,
  importCommand,
  importNeedsLooking,
} from '../../engine';
import { printClueImport } from './clueImport';
import { type CliContext, CliError, EXIT_FINDINGS, EXIT_OK, parseDateOption } from '../context';
import { langOption, readSourceFiles, runOnFile } from '../run';
import { sameFile } from '../paths';

interface ImportOptions {
  output?: string;
  dryRun?: boolean;
  map: string[];
  sheet?: string;
  feedbackDate: string[];
  addToLists?: boolean;
  json?: boolean;
  lang?: string;
}

/**
 * `--feedback-date FILE=DATE` (one per file) and at most one bare `--feedback-date DATE`. FILE names one of the
 * files imported (its name, with or without the extension): a typo would give no file its date, silently.
 */
export function feedbackDates(
  values: readonly string[],
  files: readonly string[],
  ctx: CliContext,
): ImportDefaultValues {
  const out: ImportDefaultValues = {};
  const names = files.map((f) => basename(f));
  for (const value of values) {
    const eq = value.search(/[=＝]/);
    if (eq < 0) {
      if (out.feedbackDate !== undefined) {
        throw new CliError(ctx.msg('importReport.cli.twoDates', { first: out.feedbackDate, second: value }));
      }
      out.feedbackDate = parseDateOption('--feedback-date', value, ctx);
      continue;
    }
    const typed = basename(value.slice(0, eq).trim());
    // The file as imported: named with or without its extension.
    const file = names.find((n) => n === typed || n.replace(/\.[^.]+$/, '') === typed);
    if (!file)
      throw new CliError(ctx.msg('importReport.cli.unknownFile', { value, file: typed, files: names.join('、') }));
    const dates = (out.feedbackDates ??= {});
    const date = parseDateOption('--feedback-date', value.slice(eq + 1).trim(), ctx)!;
    if (dates[file] !== undefined && dates[file] !== date) {
      throw new CliError(ctx.msg('importReport.cli.twoFileDates', { file, first: dates[file], second: date }));
    }
    dates[file] = date;
  }
  return out;
}

export async function runImport(files: string[], opts: ImportOptions, ctx: CliContext): Promise<number> {
  if (!opts.output && !opts.dryRun) throw new CliError(ctx.msg('cli.missingOption', { option: '-o <out.xlsx>' }));
  const out = opts.output ? resolve(opts.output) : null;
  if (out && files.some((f) => sameFile(f, out)))
    throw new CliError(ctx.msg('import.cli.outputIsInput', { file: out }));
  const sources = await readSourceFiles(files, ctx);
  // Old clue-transfer ledgers, all of them: they go into 移交清单, as `rectify clue import` puts them.
  if (!opts.dryRun && out && sources.every((s) => clueLedgerSheet(s.snapshot))) return importClues(sources, out, ctx);
  const lang = langOption(opts.lang, ctx);
  const defaults = feedbackDates(opts.feedbackDate, files, ctx);
  const command = importCommand(sources, {
    lang,
    sheet: opts.sheet,
    map: opts.map,
    dryRun: !!opts.dryRun,
    defaults: defaults.feedbackDate || defaults.feedbackDates ? defaults : undefined,
    addToLists: !!opts.addToLists,
  });
  // An existing ledger is added to: read once, written back with only the new rows appended. The file is kept as
  // it was first (it may be another unit's workbook, or not a ledger at all).
  const input = out && existsSync(out) ? out : null;
  const r = await runOnFile(ctx, {
    input,
    output: opts.dryRun ? null : out,
    command,
    opts: { lang: opts.lang },
    showProgress: !opts.json,
    backup: !!input && !opts.dryRun,
  });
  const result = r.result;
  if (opts.json) ctx.io.out(JSON.stringify({ dryRun: !!opts.dryRun, output: out, ...result }, null, 1) + '\n');
  else {
    const unchanged = !opts.dryRun && !r.applied;
    ctx.io.out(formatImportReport(result, { dryRun: !!opts.dryRun, output: out ?? undefined, unchanged }));
  }
  // A re-import that changes nothing is done: what it would ask to look at was said when those rows came in, and
  // `check` keeps saying it in the ledger.
  if (input && !opts.dryRun && !r.applied) return EXIT_OK;
  return importNeedsLooking(result) ? EXIT_FINDINGS : EXIT_OK;
}

async function importClues(sources: LegacySource[], out: string, ctx: CliContext): Promise<number> {
  const input = existsSync(out) ? out : null;
  const command = clueImportCommand(sources);
  const r = await runOnFile(ctx, { input, output: out, command, opts: {}, backup: !!input });
  printClueImport(ctx, r.result, out, r.logged);
  return EXIT_OK;
}

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(ctx.msg('import.cli.description'))
    .argument('<legacy.xlsx...>', ctx.msg('import.cli.files'))
    .option('-o, --output <out.xlsx>', ctx.msg('import.cli.output'))
    .option('--dry-run', ctx.msg('import.cli.dryRun'))
    .option('--map <源列=目标列>', ctx.msg('import.cli.map'), (v: string, all: string[]) => [...all, v], [])
    .option('--sheet <name>', ctx.msg('import.cli.sheet'))
    .option(
      '--feedback-date <[FILE=]yyyy-mm-dd>',
      ctx.msg('importReport.cli.feedbackDate'),
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--add-to-lists', ctx.msg('importReport.cli.addToLists'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action(async (files: string[], opts: ImportOptions) => {
      process.exitCode = await runImport(files, opts, ctx);
    });
}
