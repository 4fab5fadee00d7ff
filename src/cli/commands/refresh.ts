/** `rectify refresh`: deadlines and alerts as of a date, and the generated sheets the workbook has. */
import type { Command } from 'commander';
import { listSeparator, refreshCommand } from '../../engine';
import type { CliContext } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';

export async function runRefresh(file: string, opts: RunOptions, ctx: CliContext): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const r = await runOnFile(ctx, { input: file, output, command: refreshCommand(), opts });
  const { cells, rebuilt, chart } = r.result;
  if (!r.applied && opts.inPlace) {
    ctx.io.out(ctx.msg('cli.refresh.nothing', { file, today: r.result.today }) + '\n');
    return;
  }
  ctx.io.out(
    ctx.msg('cli.refresh.written', {
      file: opts.inPlace ? file : (opts.output as string),
      cells,
      today: r.result.today,
    }) + '\n',
  );
  const units = r.result.reportRows;
  if (units.length)
    ctx.io.out(ctx.msg('milestone.rowsAdded', { n: units.length, units: units.join(listSeparator(ctx.lang)) }) + '\n');
  if (rebuilt.length === 0) return;
  ctx.io.out(ctx.msg('ledger.rebuilt', { sheets: rebuilt.join(listSeparator(ctx.lang)) }) + '\n');
  if (chart) ctx.io.err(ctx.msg('ledger.cli.noChart') + '\n');
}

export function registerRefresh(program: Command, ctx: CliContext): void {
  program
    .command('refresh')
    .description(ctx.msg('cli.refresh.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action((file: string, opts: RunOptions) => runRefresh(file, opts, ctx));
}
