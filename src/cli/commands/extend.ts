/**
 * `rectify extend LEDGER --problem ID …`: 申请延期 (docs/EXTENSIONS.md).
 *   --asked DATE --until DATE --reason TEXT [--unit U]   records a request in 延期申请
 *   --approve [--until DATE] [--by NAME] [--on DATE]     approves the latest undecided request
 *   --refuse --by NAME [--on DATE]                       refuses it
 * Written like refresh (-o, or --in-place after a backup); the output says the
 * problem's working deadline before → after. Exit 0 done (also when the same
 * request was already recorded), 2 bad input (nothing written).
 */
import type { Command } from 'commander';
import {
  type Command as EngineCommand,
  type ExtensionResult,
  type IsoDate,
  extensionDecisionCommand,
  extensionRequestCommand,
} from '../../engine';
import { type CliContext, CliError, parseDateOption } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';
import { outputOptions } from './report';

export interface ExtendOptions extends RunOptions {
  problem: string;
  asked?: string;
  until?: string;
  reason?: string;
  unit?: string;
  approve?: boolean;
  refuse?: boolean;
  by?: string;
  on?: string;
}

type Mode = 'request' | 'approved' | 'refused';

/** Exactly one of a request, --approve, --refuse, with what each needs and nothing the others take. */
function modeOf(opts: ExtendOptions, ctx: CliContext): Mode {
  const modes: Mode[] = [];
  if (opts.asked !== undefined || opts.reason !== undefined || opts.unit !== undefined) modes.push('request');
  if (opts.approve) modes.push('approved');
  if (opts.refuse) modes.push('refused');
  if (modes.length !== 1) {
    // --until alone reads as a request missing its other parts.
    if (modes.length === 0 && opts.until !== undefined) modes.push('request');
    else throw new CliError(ctx.msg('extensions.cli.oneMode'));
  }
  const mode = modes[0];
  if (mode === 'request') {
    const missing = [
      [opts.asked, '--asked'],
      [opts.until, '--until'],
      [opts.reason?.trim() || undefined, '--reason'],
    ].filter(([v]) => v === undefined);
    if (missing.length)
      throw new CliError(ctx.msg('extensions.cli.needs', { options: missing.map((m) => m[1]).join(' ') }));
    const decisionOnly = (
      [
        [opts.by, '--by'],
        [opts.on, '--on'],
      ] as const
    ).find(([v]) => v !== undefined);
    if (decisionOnly) throw new CliError(ctx.msg('extensions.cli.notWithRequest', { option: decisionOnly[1] }));
  }
  if (mode === 'refused' && !opts.by?.trim()) throw new CliError(ctx.msg('extensions.cli.refuseBy'));
  return mode;
}

function commandOf(mode: Mode, opts: ExtendOptions, ctx: CliContext): EngineCommand<ExtensionResult> {
  const date = (name: string, v: string | undefined) => parseDateOption(name, v, ctx);
  if (mode === 'request') {
    return extensionRequestCommand({
      problemId: opts.problem,
      unit: opts.unit ?? '',
      askedOn: date('--asked', opts.asked)!,
      reason: opts.reason!.trim(),
      until: date('--until', opts.until)!,
    });
  }
  return extensionDecisionCommand({
    problemId: opts.problem,
    decision: mode,
    until: mode === 'approved' ? date('--until', opts.until) : undefined,
    by: opts.by,
    on: date('--on', opts.on),
  });
}

export async function runExtend(file: string, opts: ExtendOptions, ctx: CliContext): Promise<void> {
  const mode = modeOf(opts, ctx);
  const command = commandOf(mode, opts, ctx);
  const output = outputOf(file, opts, ctx);
  const r = await runOnFile(ctx, { input: file, output, command, opts });
  const x = r.result;
  const none = ctx.msg('extensions.cli.none');
  const d = (v: IsoDate | null | undefined) => v || none;
  const params = {
    id: x.problemId,
    sheet: x.sheet,
    row: x.row,
    before: d(x.before),
    after: d(x.after),
    original: d(x.original),
    until: mode === 'request' ? d(parseDateOption('--until', opts.until, ctx)) : d(x.after),
  };
  const key =
    mode === 'request'
      ? x.changed
        ? 'extensions.cli.requested'
        : 'extensions.cli.duplicate'
      : mode === 'approved'
        ? 'extensions.cli.approved'
        : 'extensions.cli.refused';
  ctx.io.out(ctx.msg(key, params) + '\n' + ctx.msg('ledger.cli.written', { file: output, logged: r.logged }) + '\n');
}

export function registerExtend(program: Command, ctx: CliContext): void {
  outputOptions(program.command('extend').description(ctx.msg('extensions.cli.description')), ctx)
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .requiredOption('--problem <问题编号>', ctx.msg('extensions.cli.opt.problem'))
    .option('--asked <date>', ctx.msg('extensions.cli.opt.asked'))
    .option('--until <date>', ctx.msg('extensions.cli.opt.until'))
    .option('--reason <text>', ctx.msg('extensions.cli.opt.reason'))
    .option('--unit <unit>', ctx.msg('extensions.cli.opt.unit'))
    .option('--approve', ctx.msg('extensions.cli.opt.approve'))
    .option('--refuse', ctx.msg('extensions.cli.opt.refuse'))
    .option('--by <name>', ctx.msg('extensions.cli.opt.by'))
    .option('--on <date>', ctx.msg('extensions.cli.opt.on'))
    .action((file: string, opts: ExtendOptions) => runExtend(file, opts, ctx));
}
