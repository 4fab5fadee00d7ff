/**
 * `rectify progress <ledger.xlsx> -o <report.docx>`: the 整改进展情况报告 an
 * office sends upward (月研判, 季汇报), as a .docx in the layout of official
 * documents; `--since` adds what changed since a date (from `_log`);
 * `--public` leaves out the columns of people and free text, screens every
 * text it prints (numbers, e-mails, names, 公开版屏蔽词: no option turns that
 * off) and says how many it withheld by each rule, never what.
 */
import type { Command } from 'commander';
import { progressCommand, withheldText } from '../../engine';
import { type CliContext, parseDateOption } from '../context';
import { documentDocx } from '../../documents/docx';
import { documentOutput } from '../paths';
import { type RunOptions, runOnFile, toCliError } from '../run';
import { writeBytesAtomic } from '../../xlsx';

interface ProgressCliOptions extends RunOptions {
  output: string;
  since?: string;
  issuer?: string;
  public?: boolean;
}

export async function runProgress(file: string, opts: ProgressCliOptions, ctx: CliContext): Promise<void> {
  const out = documentOutput(opts.output, [file], ctx);
  const since = parseDateOption('--since', opts.since, ctx);
  const command = progressCommand({ since, issuer: opts.issuer, publicVersion: !!opts.public });
  const r = await runOnFile(ctx, { input: file, output: null, command, opts });
  try {
    writeBytesAtomic(out, await documentDocx(r.result.document, r.result.lang));
  } catch (e) {
    throw toCliError(e, ctx);
  }
  const p = r.result.problems;
  const params = {
    file: out,
    total: p.total,
    rectified: p.rectified,
    closed: p.closed,
    overdue: p.overdue,
    dueSoon: p.dueSoon,
  };
  ctx.io.out(ctx.msg('cli.progress.written', params) + '\n');
  if (r.result.withheld) ctx.io.out(withheldText(r.result.withheld, r.result.lang) + '\n');
}

export function registerProgress(program: Command, ctx: CliContext): void {
  program
    .command('progress')
    .description(ctx.msg('cli.progress.description'))
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .requiredOption('-o, --output <report.docx>', ctx.msg('cli.progress.opt.output'))
    .option('--today <date>', ctx.msg('ledger.cli.opt.today'))
    .option('--since <date>', ctx.msg('cli.progress.opt.since'))
    .option('--issuer <name>', ctx.msg('ledger.cli.opt.issuer'))
    .option('--public', ctx.msg('cli.progress.opt.public'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action((file: string, opts: ProgressCliOptions) => runProgress(file, opts, ctx));
}
