/** `rectify report`: 整改台账, 统计 and 督办清单, rebuilt from the ledger as of a date. */
import type { Command } from 'commander';
import { listSeparator, reportCommand } from '../../engine';
import type { CliContext } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';

export function outputOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .option('-o, --output <out.xlsx>', ctx.msg('ledger.cli.opt.output'))
    .option('--in-place', ctx.msg('ledger.cli.opt.inPlace'))
    .option('--today <date>', ctx.msg('ledger.cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'));
}

export async function runReport(file: string, opts: RunOptions, ctx: CliContext): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const r = await runOnFile(ctx, { input: file, output, command: reportCommand(), opts });
  for (const s of r.result.skipped) ctx.io.err(s.message + '\n');
  const f = r.result.statistics.total;
  const h = { found: f.total, rectified: f.rectified, closed: f.closed, overdue: f.overdue, dueSoon: f.dueSoon };
  const sheets = r.result.sheets.join(listSeparator(ctx.lang));
  ctx.io.out(ctx.msg('ledger.cli.report.done', { file: output, sheets, date: r.result.statistics.asOf, ...h }) + '\n');
  if (f.extended) ctx.io.out(ctx.msg('extensions.cli.reportExtended', { n: f.extended }) + '\n');
  if (r.result.chart) ctx.io.err(ctx.msg('ledger.cli.noChart') + '\n');
}

export function registerReport(program: Command, ctx: CliContext): void {
  outputOptions(program.command('report').description(ctx.msg('ledger.cli.report.description')), ctx)
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .action((file: string, opts: RunOptions) => runReport(file, opts, ctx));
}
