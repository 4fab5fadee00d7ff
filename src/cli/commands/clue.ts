/**
 * `rectify clue sign | finish | notice | import`: the transferred clues of
 * 移交清单 (docs/STATUS.md). sign and finish change one clue's row (logged);
 * notice writes the 通报 on overdue clues as a .docx; import brings old
 * clue-transfer ledgers into 移交清单 (clueImport.ts).
 */
import type { Command } from 'commander';
import { type ClueAction, clueCommand, clueNoticeCommand } from '../../engine';
import { type CliContext, CliError, parseDateOption } from '../context';
import { documentDocx } from '../../documents/docx';
import { writeBytesAtomic } from '../../xlsx';
import { documentOutput } from '../paths';
import { type RunOptions, outputOf, runOnFile, toCliError } from '../run';
import { registerClueImport } from './clueImport';
import { outputOptions } from './report';

interface ClueOptions extends RunOptions {
  id: string;
  date?: string;
  signer?: string;
  result?: string;
}

export async function runClue(action: ClueAction, file: string, opts: ClueOptions, ctx: CliContext): Promise<void> {
  const output = outputOf(file, opts, ctx);
  const request = {
    id: opts.id,
    date: parseDateOption('--date', opts.date, ctx),
    signer: opts.signer,
    result: opts.result,
  };
  const r = await runOnFile(ctx, { input: file, output, command: clueCommand(action, request), opts });
  ctx.io.out(ctx.msg('cli.clue.done', { message: r.result.message, file: output, logged: r.logged }) + '\n');
}

interface NoticeCliOptions extends RunOptions {
  output: string;
  issuer?: string;
  replyDays?: string;
}

export async function runNotice(file: string, opts: NoticeCliOptions, ctx: CliContext): Promise<void> {
  const out = documentOutput(opts.output, [file], ctx);
  const replyWorkdays = opts.replyDays === undefined ? undefined : Number(opts.replyDays);
  if (replyWorkdays !== undefined && (!Number.isInteger(replyWorkdays) || replyWorkdays < 1 || replyWorkdays > 60))
    throw new CliError(ctx.msg('ledger.cli.badReplyDays', { value: String(opts.replyDays) }));
  const command = clueNoticeCommand({ issuer: opts.issuer, replyWorkdays });
  const r = await runOnFile(ctx, { input: file, output: null, command, opts });
  try {
    writeBytesAtomic(out, await documentDocx(r.result.document, r.result.lang));
  } catch (e) {
    throw toCliError(e, ctx);
  }
  const f = r.result.figures;
  const params = { file: out, date: r.result.document.dateText, total: f.total, overdue: f.overdue };
  ctx.io.out(ctx.msg('cli.clue.noticeWritten', { ...params, bodies: r.result.bodies.length }) + '\n');
}

export function registerClue(program: Command, ctx: CliContext): void {
  const clue = program.command('clue').description(ctx.msg('cli.clue.description'));
  for (const action of ['sign', 'finish'] as const) {
    const cmd = outputOptions(clue.command(action).description(ctx.msg(`cli.clue.${action}.description`)), ctx)
      .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
      .requiredOption('--id <线索编号>', ctx.msg('cli.clue.opt.id'))
      .option('--date <date>', ctx.msg('cli.clue.opt.date'));
    if (action === 'sign') cmd.option('--signer <name>', ctx.msg('cli.clue.opt.signer'));
    else cmd.option('--result <text>', ctx.msg('cli.clue.opt.result'));
    cmd.action((file: string, opts: ClueOptions) => runClue(action, file, opts, ctx));
  }
  clue
    .command('notice')
    .description(ctx.msg('cli.clue.notice.description'))
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .requiredOption('-o, --output <notice.docx>', ctx.msg('cli.clue.opt.output'))
    .option('--today <date>', ctx.msg('ledger.cli.opt.today'))
    .option('--issuer <name>', ctx.msg('ledger.cli.opt.issuer'))
    .option('--reply-days <n>', ctx.msg('ledger.cli.opt.replyDays'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action((file: string, opts: NoticeCliOptions) => runNotice(file, opts, ctx));
  registerClueImport(clue, ctx);
}
