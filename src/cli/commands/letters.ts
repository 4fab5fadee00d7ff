/**
 * `rectify letters`: one 提醒督办函 (.docx, GB/T 9704 layout) per responsible
 * unit with overdue or due-soon items; `--record` also writes 督办次数 + 1
 * into a copy of the ledger (logged like every change).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { Command } from 'commander';
import { letterFileName, lettersCommand } from '../../engine';
import { type CliContext, CliError } from '../context';
import { letterDocx } from '../../documents/docx';
import { type RunOptions, runOnFile } from '../run';

interface LettersOptions extends RunOptions {
  output: string;
  issuer?: string;
  replyDays: string;
  unit: string[];
  record?: string;
}

function replyDaysOf(text: string, ctx: CliContext): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 60) throw new CliError(ctx.msg('ledger.cli.badReplyDays', { value: text }));
  return n;
}

export async function runLetters(file: string, opts: LettersOptions, ctx: CliContext): Promise<void> {
  const replyWorkdays = replyDaysOf(opts.replyDays, ctx);
  const units = opts.unit.length ? opts.unit : undefined;
  const output = opts.record ? resolve(opts.record) : null;
  if (output && output === resolve(file)) throw new CliError(ctx.msg('xlsx.sameFile'));
  const command = lettersCommand({ issuer: opts.issuer, replyWorkdays, units, record: !!output });
  const r = await runOnFile(ctx, { input: file, output, command, opts });
  const { letters, data } = r.result;
  if (letters.length === 0) {
    ctx.io.out(ctx.msg('ledger.cli.letters.none', { date: data.today }) + '\n');
    return;
  }
  const dir = resolve(opts.output);
  mkdirSync(dir, { recursive: true });
  for (const letter of letters) {
    const name = join(dir, letterFileName(letter, data.lang, data.today));
    writeFileSync(name, await letterDocx(letter, data.lang));
    ctx.io.out(
      ctx.msg('ledger.cli.letters.written', {
        file: name,
        unit: letter.unit,
        overdue: letter.overdue,
        dueSoon: letter.dueSoon,
      }) + '\n',
    );
  }
  if (output) {
    const recorded = { file: output, count: r.result.recorded, logged: r.logged };
    ctx.io.out(ctx.msg('ledger.cli.letters.recorded', recorded) + '\n');
  }
}

export function registerLetters(program: Command, ctx: CliContext): void {
  program
    .command('letters')
    .description(ctx.msg('ledger.cli.letters.description'))
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .requiredOption('-o, --output <dir>', ctx.msg('ledger.cli.opt.dir'))
    .option('--today <date>', ctx.msg('ledger.cli.opt.today'))
    .option('--issuer <name>', ctx.msg('ledger.cli.opt.issuer'))
    .option('--reply-days <n>', ctx.msg('ledger.cli.opt.replyDays'), '5')
    .option('--unit <name>', ctx.msg('ledger.cli.opt.unit'), (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--record <out.xlsx>', ctx.msg('ledger.cli.opt.record'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action((file: string, opts: LettersOptions) => runLetters(file, opts, ctx));
}
