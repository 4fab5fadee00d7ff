/** `rectify unit-report submit | pass | reject`: a unit's rectification report in 整改报告 (docs/STATUS.md). */
import type { Command } from 'commander';
import { type ReportAction, unitReportCommand } from '../../engine';
import { type CliContext, parseDateOption } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';
import { outputOptions } from './report';

interface UnitReportOptions extends RunOptions {
  unit: string;
  round?: string;
  date?: string;
  reviewer?: string;
  reason?: string;
  limit?: string;
}

export async function runUnitReport(
  action: ReportAction,
  file: string,
  opts: UnitReportOptions,
  ctx: CliContext,
): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const request = {
    unit: opts.unit,
    round: opts.round,
    date: parseDateOption('--date', opts.date, ctx),
    reviewer: opts.reviewer,
    reason: opts.reason,
    limit: opts.limit,
  };
  const r = await runOnFile(ctx, { input: file, output, command: unitReportCommand(action, request), opts });
  ctx.io.out(ctx.msg('cli.clue.done', { message: r.result.message, file: output, logged: r.logged }) + '\n');
}

export function registerUnitReport(program: Command, ctx: CliContext): void {
  const group = program.command('unit-report').description(ctx.msg('cli.unitReport.description'));
  for (const action of ['submit', 'pass', 'reject'] as const) {
    const cmd = outputOptions(group.command(action).description(ctx.msg(`cli.unitReport.${action}.description`)), ctx)
      .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
      .requiredOption('--unit <被巡察单位>', ctx.msg('cli.unitReport.opt.unit'))
      .option('--round <轮次>', ctx.msg('cli.unitReport.opt.round'))
      .option('--date <date>', ctx.msg('cli.unitReport.opt.date'));
    if (action !== 'submit') cmd.option('--reviewer <name>', ctx.msg('cli.unitReport.opt.reviewer'));
    if (action === 'reject')
      cmd
        .option('--reason <text>', ctx.msg('cli.unitReport.opt.reason'))
        .option('--limit <时限>', ctx.msg('cli.unitReport.opt.limit'));
    cmd.action((file: string, opts: UnitReportOptions) => runUnitReport(action, file, opts, ctx));
  }
}
