/**
 * `rectify record LEDGER --measure ID`: progress, completion and evidence on one measure (docs/EVIDENCE.md),
 * through the command runner like close-out (-o, or --in-place after a backup). Evidence files are named from
 * the current folder, stored relative to the ledger's folder, and fingerprinted here (size, SHA-256, time);
 * links are kept as typed. `--fingerprint` records the fingerprints of evidence typed without one.
 *
 * Exit codes: 0 recorded (or nothing to change); 2 an unknown measure, a future date, a file not found,
 * or nothing to record.
 */
import type { Command } from 'commander';
import {
  type EvidenceFact,
  type RecordRequest,
  evidenceFilesToProbe,
  fingerprintCommand,
  ledgerReading,
  recordCommand,
} from '../../engine';
import { type CliContext, CliError, EXIT_OK, parseDateOption } from '../context';
import { evidenceArgs, probeEvidence } from '../evidence';
import { type RunOptions, outputOf, runOnFile } from '../run';
import { outputOptions } from './report';

/** `--progress` is the measure's progress text here, not the progress bar of other commands. */
export interface RecordOptions extends Omit<RunOptions, 'progress'> {
  measure?: string;
  progress?: string;
  done?: string;
  evidence?: string[];
  by?: string;
  fingerprint?: boolean;
  json?: boolean;
}

const runOptions = (opts: RecordOptions): RunOptions => ({ ...opts, progress: undefined });

export async function runRecord(file: string, opts: RecordOptions, ctx: CliContext): Promise<number> {
  const output = outputOf(file, opts, ctx);
  if (opts.fingerprint) return runFingerprint(file, output, opts, ctx);
  if (!opts.measure) throw new CliError(ctx.msg('record.idRequired'));
  const { entries, notes } = await evidenceArgs(file, opts.evidence ?? [], ctx);
  const request: RecordRequest = {
    measureId: opts.measure,
    progress: opts.progress,
    doneOn: parseDateOption('--done', opts.done, ctx),
    evidence: entries,
    by: opts.by,
  };
  const r = await runOnFile(ctx, {
    input: file,
    output,
    command: recordCommand(request),
    opts: runOptions(opts),
    showProgress: !opts.json,
  });
  const said = [...notes, ...r.result.notes];
  if (opts.json) {
    ctx.io.out(JSON.stringify({ file: output, logged: r.logged, ...r.result, notes: said }, null, 2) + '\n');
    return EXIT_OK;
  }
  for (const n of said) ctx.io.err(n + '\n');
  ctx.io.out(
    r.result.lines.join('\n') + '\n' + ctx.msg('ledger.cli.written', { file: output, logged: r.logged }) + '\n',
  );
  return EXIT_OK;
}

/** --fingerprint: the entries without a fingerprint whose files are found beside the ledger. */
async function runFingerprint(file: string, output: string, opts: RecordOptions, ctx: CliContext): Promise<number> {
  const given = ['measure', 'progress', 'done', 'evidence'].filter((k) => opts[k as keyof RecordOptions] !== undefined);
  if (given.length)
    throw new CliError(ctx.msg('cli.record.fingerprintAlone', { options: given.map((k) => `--${k}`).join(' ') }));
  const files = new Map<string, EvidenceFact>();
  const read = ledgerReading();
  const r = await runOnFile(ctx, {
    input: file,
    output,
    command: fingerprintCommand(files, opts.by, read),
    opts: runOptions(opts),
    showProgress: !opts.json,
    prepare: async (snapshot, env) => {
      const keys = evidenceFilesToProbe(snapshot, env, 'unfingerprinted', read);
      for (const [k, v] of await probeEvidence(file, keys)) files.set(k, v);
    },
  });
  if (opts.json) ctx.io.out(JSON.stringify({ file: output, logged: r.logged, ...r.result }, null, 2) + '\n');
  else ctx.io.out(r.result.message + '\n' + ctx.msg('ledger.cli.written', { file: output, logged: r.logged }) + '\n');
  return EXIT_OK;
}

export function registerRecord(program: Command, ctx: CliContext): void {
  outputOptions(program.command('record').description(ctx.msg('cli.record.description')), ctx)
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .option('--measure <任务编号>', ctx.msg('cli.record.opt.measure'))
    .option('--progress <text>', ctx.msg('cli.record.opt.progress'))
    .option('--done <date>', ctx.msg('cli.record.opt.done'))
    .option('--evidence <path...>', ctx.msg('cli.record.opt.evidence'))
    .option('--by <name>', ctx.msg('cli.record.opt.by'))
    .option('--fingerprint', ctx.msg('cli.record.opt.fingerprint'))
    .option('--json', ctx.msg('cli.record.opt.json'))
    .action(async (file: string, opts: RecordOptions) => {
      process.exitCode = await runRecord(file, opts, ctx);
    });
}
