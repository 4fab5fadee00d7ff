/**
 * `rectify clue import <ledger.xlsx> <old-ledger>… (-o out.xlsx | --in-place)`:
 * old clue-transfer ledgers (.xlsx, .xls or .csv) into the ledger's 移交清单.
 */
import type { Command } from 'commander';
import { CLUES, type ClueImportResult, clueImportCommand, listSeparator } from '../../engine';
import type { CliContext } from '../context';
import { type RunOptions, outputOf, readSourceFiles, runOnFile } from '../run';
import { outputOptions } from './report';

export async function runClueImport(file: string, files: string[], opts: RunOptions, ctx: CliContext): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const sources = await readSourceFiles(files, ctx);
  const r = await runOnFile(ctx, { input: file, output, command: clueImportCommand(sources), opts });
  printClueImport(ctx, r.result, output, r.logged);
}

/** What the clue import did: each file's mapping, then the counts. */
export function printClueImport(ctx: CliContext, res: ClueImportResult, output: string, logged: number): void {
  const sep = listSeparator(ctx.lang);
  for (const f of res.files) {
    // Each column of 移交清单 by its name in the user's language, not its key.
    const columns = Object.entries(f.mapped)
      .map(([from, key]) => `${from} → ${CLUES.columns.find((c) => c.key === key)?.header[ctx.lang] ?? key}`)
      .join(sep);
    ctx.io.out(ctx.msg('clueImport.mapped', { file: f.file, sheet: f.sheet, row: f.headerRow, columns }) + '\n');
  }
  const c = res.counts;
  const params = { files: res.files.length, rows: c.rows, already: c.already, inferred: c.statusInferred };
  ctx.io.out(
    ctx.msg('clueImport.report', {
      ...params,
      ids: c.idsMade,
      badDates: c.badDates,
      receivers: res.newReceivers.length,
    }) + '\n',
  );
  ctx.io.out(ctx.msg('cli.clue.imported', { files: res.files.length, rows: c.rows, file: output, logged }) + '\n');
}

export function registerClueImport(group: Command, ctx: CliContext): void {
  outputOptions(group.command('import').description(ctx.msg('cli.clue.import.description')), ctx)
    .argument('<ledger.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .argument('<old-ledger...>', ctx.msg('cli.clue.arg.sources'))
    .action((file: string, files: string[], opts: RunOptions) => runClueImport(file, files, opts, ctx));
}
