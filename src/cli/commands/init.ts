/** `rectify init`: the ledger structure on an existing workbook (idempotent, never destructive). */
import type { Command } from 'commander';
import { structureCommand } from '../../engine';
import type { CliContext } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';

export async function runInit(file: string, opts: RunOptions, ctx: CliContext): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const r = await runOnFile(ctx, { input: file, output, command: structureCommand(), opts });
  ctx.io.out(
    ctx.msg('cli.init.written', {
      file: opts.inPlace ? file : (opts.output as string),
      sheets: r.result.createdSheets.length,
      columns: r.result.addedColumns.length,
      cells: r.applied?.cellsWritten ?? 0,
    }) + '\n',
  );
  const legacy = r.result.legacy;
  if (legacy) {
    ctx.io.err(ctx.msg('import.legacyLooking', { sheet: legacy.sheet, row: legacy.headerRow }) + '\n');
    ctx.io.err(ctx.msg('cli.init.legacyHint', { file: quoteArg(file) }) + '\n');
  }
}

/** A path as the user would type it back into a shell. */
function quoteArg(path: string): string {
  return /^[\w./\\:\u4e00-\u9fff-]+$/.test(path) ? path : `"${path}"`;
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(ctx.msg('cli.init.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.layoutLang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action((file: string, opts: RunOptions) => runInit(file, opts, ctx));
}
