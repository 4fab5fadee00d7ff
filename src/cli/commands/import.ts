/**
 * `rectify import <legacy.xlsx>… -o <out.xlsx>`: legacy ledgers (one flat
 * sheet per unit) into one structured ledger (docs/IMPORT.md). A source may
 * be an .xlsx, an Excel 97–2003 .xls or a CSV file (docs/FILES.md); src/xlsx
 * tells them apart by their bytes. The engine
 * does the mapping, the report and the structure; an existing output ledger
 * is added to, never overwritten; nothing is written on failure.
 */
import { existsSync } from 'fs';
import { resolve } from 'path';
import type { Command } from 'commander';
import { type LegacySource, clueImportCommand, clueLedgerSheet, formatImportReport, importCommand } from '../../engine';
import { printClueImport } from './clueImport';
import { type CliContext, CliError, EXIT_FINDINGS, EXIT_OK, parseDateOption } from '../context';
import { langOption, readSourceFiles, runOnFile } from '../run';

interface ImportOptions {
  output?: string;
  dryRun?: boolean;
  map: string[];
  sheet?: string;
  feedbackDate?: string;
  json?: boolean;
  lang?: string;
}

/** Notices that need no action (a row imported before); the others are findings (exit 1). */
const NOT_FINDINGS = new Set(['import.value.newCategory', 'import.row.alreadyImported']);

export async function runImport(files: string[], opts: ImportOptions, ctx: CliContext): Promise<number> {
  if (!opts.output && !opts.dryRun) throw new CliError(ctx.msg('cli.missingOption', { option: '-o <out.xlsx>' }));
  const out = opts.output ? resolve(opts.output) : null;
  if (out && files.some((f) => resolve(f) === out))
    throw new CliError(ctx.msg('import.cli.outputIsInput', { file: out }));
  const sources = await readSourceFiles(files, ctx);
  // Old clue-transfer ledgers, all of them: they go into 移交清单, as `rectify clue import` puts them.
  if (!opts.dryRun && out && sources.every((s) => clueLedgerSheet(s.snapshot))) return importClues(sources, out, ctx);
  const lang = langOption(opts.lang, ctx);
  const feedbackDate = parseDateOption('--feedback-date', opts.feedbackDate, ctx);
  const command = importCommand(sources, {
    lang,
    sheet: opts.sheet,
    map: opts.map,
    dryRun: !!opts.dryRun,
    defaults: feedbackDate ? { feedbackDate } : undefined,
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
  else ctx.io.out(formatImportReport(result, { dryRun: !!opts.dryRun, output: out ?? undefined }));
  return result.notices.some((n) => !NOT_FINDINGS.has(n.code)) ? EXIT_FINDINGS : EXIT_OK;
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
    .option('--feedback-date <yyyy-mm-dd>', ctx.msg('import.cli.feedbackDate'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action(async (files: string[], opts: ImportOptions) => {
      process.exitCode = await runImport(files, opts, ctx);
    });
}
