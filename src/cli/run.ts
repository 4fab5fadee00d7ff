/**
 * How every workbook command of `rectify` runs, written once: where the
 * result goes (-o or --in-place, after a backup), the engine's command runner
 * on an .xlsx file, a progress bar, and errors turned into one located line
 * in the user's language.
 */
import { basename, resolve } from 'path';
import {
  type Command,
  type CommandEnv,
  type CommandOutcome,
  type Lang,
  type LegacySource,
  type WorkbookSnapshot,
  isEngineError,
  localNow,
  parseLang,
  runCommand,
} from '../engine';
import { type FileApplied, copyFileAtomic, filePort, readSourceSnapshot } from '../xlsx';
import { type CliContext, CliError, osUser, parseTodayOption } from './context';
import { Progress, progressEnabled } from './progress';
import { inPlaceTarget, refuseInputAsOutput, sameFile } from './paths';
import { guardTarget } from './target';

export interface OutputOptions {
  output?: string;
  inPlace?: boolean;
}

export interface RunOptions extends OutputOptions {
  today?: string;
  lang?: string;
  progress?: boolean;
}

/** The layout language given with --lang, else the user's language. */
export function langOption(value: string | undefined, ctx: CliContext): Lang {
  if (value === undefined) return ctx.lang;
  const l = parseLang(value);
  if (!l) throw new CliError(ctx.msg('cli.badLang', { value }));
  return l;
}

/** Where a command that writes puts the workbook: -o out.xlsx (never the input itself), or the input with --in-place. */
export function outputOf(file: string, opts: OutputOptions, ctx: CliContext): string {
  if (opts.output && opts.inPlace) throw new CliError(ctx.msg('cli.outAndInPlace'));
  if (opts.inPlace) return inPlaceTarget(file);
  if (opts.output) {
    refuseInputAsOutput(opts.output, [file], ctx);
    return resolve(opts.output);
  }
  throw new CliError(ctx.msg('ledger.cli.needOutput'));
}

/** An engine or adapter error as one line in the user's language; anything else is a bug and is rethrown. */
export function toCliError(e: unknown, ctx: CliContext): unknown {
  if (e instanceof CliError) return e;
  if (isEngineError(e)) return new CliError(ctx.msg(e.code, e.params));
  return e;
}

export interface FileCommand<R> {
  /** The workbook read; null starts from an empty workbook. */
  input: string | null;
  /** Where the result goes; null for a command that only reads. */
  output: string | null;
  command: Command<R>;
  opts: RunOptions;
  /** Show a bar (not with --json, whose output must stay clean). */
  showProgress?: boolean;
  /** Keep a copy of the input before writing over it (always with --in-place). */
  backup?: boolean;
  /**
   * Looks at the workbook once it is read and before the command plans (e.g. reading the evidence files it
   * names beside it): the command still reads the file once.
   */
  prepare?: (snapshot: WorkbookSnapshot, env: CommandEnv) => Promise<void>;
  /**
   * Runs once the command has planned and before the workbook is written (only when there is something to
   * write): files that must exist before the ledger records them (letters before their 督办次数).
   */
  beforeWrite?: () => Promise<void>;
}

/** Runs one engine command on an .xlsx file: one read, one plan, one write. */
export async function runOnFile<R>(ctx: CliContext, job: FileCommand<R>): Promise<CommandOutcome<R, FileApplied>> {
  const now = localNow();
  const env: CommandEnv = {
    lang: langOption(job.opts.lang, ctx),
    today: parseTodayOption(job.opts.today, ctx),
    now,
    user: osUser(),
  };
  const progress = new Progress(ctx, job.showProgress !== false && progressEnabled(job.opts.progress), 4);
  const steps = { read: 0, apply: 2, write: 3 } as const;
  const stage = { read: 'cli.progress.read', apply: 'cli.progress.apply', write: 'cli.progress.write' } as const;
  const backup = !!job.opts.inPlace || !!job.backup;
  // In place through a link: the file it points to is read, backed up beside itself and replaced.
  const input = job.input && job.opts.inPlace ? inPlaceTarget(job.input) : job.input;
  const files = filePort({
    input,
    output: job.output,
    backup,
    user: env.user,
    readAt: now,
    onStep: (s) => progress.update(steps[s], stage[s]),
    // RECTIFY_DEBUG (as for stack traces, main.ts): says when a file is written whole rather than patched.
    onDebug: process.env.RECTIFY_DEBUG ? (m) => ctx.io.err(`debug: ${m}\n`) : undefined,
  });
  // Only when there is something to write: a file that is read-only or open in Excel, WPS or LibreOffice is refused
  // before anything is written (--in-place, or -o over an existing workbook).
  const port: typeof files = {
    get bytes() {
      return files.bytes;
    },
    read: async (scope) => {
      const snapshot = await files.read(scope);
      if (job.prepare) await job.prepare(snapshot, env);
      return snapshot;
    },
    apply: async (plan, snapshot) => {
      if (job.output) guardTarget(job.output, ctx);
      if (job.beforeWrite) await job.beforeWrite();
      return files.apply(plan, snapshot);
    },
  };
  try {
    const outcome = await runCommand(port, job.command, env);
    // Nothing to change: the output is still written (a copy), except over the input itself.
    if (!outcome.applied && input && job.output && !sameFile(job.output, input)) {
      copyFileAtomic(input, job.output);
    }
    // Said only in place: with -o the input is read where it is named (a relative name is no link).
    if (outcome.applied && job.opts.inPlace && input && job.input && input !== resolve(job.input))
      ctx.io.err(ctx.msg('cli.inPlace.throughLink', { link: resolve(job.input), file: input }) + '\n');
    if (outcome.applied?.backup) ctx.io.err(ctx.msg('cli.init.backup', { file: outcome.applied.backup }) + '\n');
    return outcome;
  } catch (e) {
    throw toCliError(e, ctx);
  } finally {
    progress.stop();
  }
}

/** Legacy sources to import (.xlsx, .xls or .csv, told apart by their bytes), each under its file name. */
export async function readSourceFiles(files: string[], ctx: CliContext): Promise<LegacySource[]> {
  const sources: LegacySource[] = [];
  for (const f of files) {
    try {
      sources.push({ file: basename(f), snapshot: (await readSourceSnapshot(f)).snapshot });
    } catch (e) {
      throw toCliError(e, ctx);
    }
  }
  return sources;
}
