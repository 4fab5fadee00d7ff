/** `rectify submit | close | reject`: the close-out workflow on one problem (docs/STATUS.md). */
import type { Command } from 'commander';
import { type CloseOutAction, closeOutCommand } from '../../engine';
import { type CliContext, parseDateOption } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';
import { outputOptions } from './report';

interface CloseOutOptions extends RunOptions {
  id: string;
  date?: string;
  reviewer?: string;
  reason?: string;
}

export async function runCloseOut(
  action: CloseOutAction,
  file: string,
  opts: CloseOutOptions,
  ctx: CliContext,
): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const request = {
    id: opts.id,
    date: parseDateOption('--date', opts.date, ctx),
    reviewer: opts.reviewer,
    reason: opts.reason,
  };
  const r = await runOnFile(ctx, { input: file, output, command: closeOutCommand(action, request), opts });
  for (const w of r.result.warnings) ctx.io.err(w + '\n');
  ctx.io.out(r.result.message + '\n' + ctx.msg('ledger.cli.written', { file: output, logged: r.logged }) + '\n');
}

export function registerCloseOut(program: Command, ctx: CliContext): void {
  for (const action of ['submit', 'close', 'reject'] as const) {
    const cmd = outputOptions(program.command(action).description(ctx.msg(`ledger.cli.${action}.description`)), ctx)
      .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
      .requiredOption('--id <问题编号>', ctx.msg('ledger.cli.opt.id'))
      .option('--date <date>', ctx.msg(action === 'close' ? 'ledger.cli.opt.closeDate' : 'ledger.cli.opt.doneDate'))
      .option('--reviewer <name>', ctx.msg('ledger.cli.opt.reviewer'));
    if (action === 'reject') cmd.option('--reason <text>', ctx.msg('ledger.cli.opt.reason'));
    cmd.action((file: string, opts: CloseOutOptions) => runCloseOut(action, file, opts, ctx));
  }
}
