/**
 * `rectify letters`: one 提醒督办函 (.docx, GB/T 9704 layout) per responsible
 * unit with overdue or due-soon items, each in a file of its own (names that
 * collide after cleaning are numbered); `--record` also writes 督办次数 + 1
 * into a copy of the ledger (logged like every change) — only once every
 * letter is on disk, so it never counts a letter that was not written.
 */
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Command } from 'commander';
import { type Letter, type LedgerData, letterFileNames, lettersCommand } from '../../engine';
import { writeBytesAtomic } from '../../xlsx';
import { type CliContext, CliError } from '../context';
import { letterDocx } from '../../documents/docx';
import { refuseInputAsOutput } from '../paths';
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

/**
 * Writes every letter to its own file in `dir` (through a temporary file and a rename: a link planted under a
 * letter's name is replaced, never written through). A letter that cannot be written stops the run with its file
 * named, before anything is recorded.
 */
async function writeLetters(letters: readonly Letter[], data: LedgerData, dir: string, ctx: CliContext) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(ctx.msg('security.letters.notWritten', { file: dir, code: errnoOf(e) }));
  }
  const names = letterFileNames(letters, data.lang, data.today);
  for (const [i, letter] of letters.entries()) {
    const name = join(dir, names[i]);
    try {
      writeBytesAtomic(name, await letterDocx(letter, data.lang));
    } catch (e) {
      throw new CliError(ctx.msg('security.letters.notWritten', { file: name, code: errnoOf(e) }));
    }
    ctx.io.out(
      ctx.msg('ledger.cli.letters.written', {
        file: name,
        unit: letter.unit,
        overdue: letter.overdue,
        dueSoon: letter.dueSoon,
      }) + '\n',
    );
  }
}

/** The system's reason (ENOSPC, EACCES…), from a Node error or the adapter's write error. */
function errnoOf(e: unknown): string {
  const err = e as { code?: unknown; params?: { code?: unknown } } | null;
  const code = err?.params?.code ?? err?.code;
  return typeof code === 'string' ? code : '—';
}

export async function runLetters(file: string, opts: LettersOptions, ctx: CliContext): Promise<void> {
  const replyWorkdays = replyDaysOf(opts.replyDays, ctx);
  const units = opts.unit.length ? opts.unit : undefined;
  const output = opts.record ? resolve(opts.record) : null;
  if (output) refuseInputAsOutput(output, [file], ctx);
  const dir = resolve(opts.output);
  const inner = lettersCommand({ issuer: opts.issuer, replyWorkdays, units, record: !!output });
  // The letters are written once planned, before the ledger copy with 督办次数 is: a letter that fails leaves
  // nothing recorded.
  let planned: { letters: Letter[]; data: LedgerData } | null = null;
  const command: typeof inner = {
    ...inner,
    plan: (snapshot, env) => {
      const p = inner.plan(snapshot, env);
      planned = p.result;
      return p;
    },
  };
  let written = false;
  const beforeWrite = async () => {
    if (planned && planned.letters.length) await writeLetters(planned.letters, planned.data, dir, ctx);
    written = true;
  };
  const r = await runOnFile(ctx, { input: file, output, command, opts, beforeWrite });
  const { letters, data } = r.result;
  if (letters.length === 0) {
    ctx.io.out(ctx.msg('ledger.cli.letters.none', { date: data.today }) + '\n');
    return;
  }
  if (!written) await writeLetters(letters, data, dir, ctx);
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
