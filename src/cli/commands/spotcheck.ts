/**
 * `rectify spotcheck LEDGER --ratio 10% --seed N [--by NAME]`: draws a
 * repeatable sample of closed problems, stratified by inspected unit, into
 * 抽查清单 (src/engine/spotcheck) and prints it per unit (or one line of JSON);
 * `rectify spotcheck LEDGER --apply`: applies the conclusions typed there
 * (不属实 / 反弹 reopen the problem as 退回重改) and prints what it did.
 * Both write through the runner (-o, or --in-place after a backup).
 *
 * Exit codes: 0 done (also when there was nothing to draw or apply); 1 some
 * conclusions were left as they are (their problem is no longer closed);
 * 2 bad options, or conclusions in 抽查清单 that cannot be applied (each named
 * at its cell; nothing written).
 */
import type { Command } from 'commander';
import {
  type SpotDrawResult,
  listSeparator,
  parseRatio,
  parseSeed,
  ratioText,
  spotApplyCommand,
  spotDrawCommand,
} from '../../engine';
import { type CliContext, CliError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from '../context';
import { type RunOptions, outputOf, runOnFile } from '../run';
import { outputOptions } from './report';

export interface SpotcheckOptions extends RunOptions {
  ratio?: string;
  seed?: string;
  by?: string;
  apply?: boolean;
  json?: boolean;
}

/** --seed: a whole number 0 … 4294967295, typed half- or full-width. */
function seedOf(text: string | undefined, ctx: CliContext): number {
  const seed = parseSeed(text ?? '');
  if (seed === null) throw new CliError(ctx.msg('cli.spotcheck.badSeed', { value: text ?? '' }));
  return seed;
}

function checkOptions(opts: SpotcheckOptions, ctx: CliContext): void {
  if (opts.apply) {
    const given = [
      [opts.ratio !== undefined, '--ratio'],
      [opts.seed !== undefined, '--seed'],
      [opts.by !== undefined, '--by'],
      [!!opts.json, '--json'],
    ] as const;
    const option = given.find(([on]) => on)?.[1];
    if (option) throw new CliError(ctx.msg('cli.spotcheck.notWithApply', { option }));
    return;
  }
  if (opts.ratio === undefined || opts.seed === undefined) throw new CliError(ctx.msg('cli.spotcheck.needRatioSeed'));
}

export async function runSpotcheck(file: string, opts: SpotcheckOptions, ctx: CliContext): Promise<number> {
  checkOptions(opts, ctx);
  return opts.apply ? apply(file, opts, ctx) : draw(file, opts, ctx);
}

async function draw(file: string, opts: SpotcheckOptions, ctx: CliContext): Promise<number> {
  const ratio = parseRatio(opts.ratio ?? '');
  if (ratio === null) throw new CliError(ctx.msg('cli.spotcheck.badRatio', { value: opts.ratio ?? '' }));
  const seed = seedOf(opts.seed, ctx);
  const output = outputOf(file, opts, ctx);
  const command = spotDrawCommand({ ratio, seed, by: opts.by?.trim() });
  const r = await runOnFile(ctx, { input: file, output, command, opts, showProgress: !opts.json });
  if (opts.json) {
    ctx.io.out(JSON.stringify(drawJson(r.result, ratio, seed, r.applied ? output : null)) + '\n');
    return EXIT_OK;
  }
  ctx.io.out(drawLines(r.result, ctx).join('\n') + '\n');
  if (r.applied)
    ctx.io.out(ctx.msg('cli.spotcheck.written', { file: output, sheet: r.result.sheet, logged: r.logged }) + '\n');
  return EXIT_OK;
}

function drawJson(d: SpotDrawResult, ratio: number, seed: number, file: string | null) {
  return {
    batch: d.batch,
    ratio: ratioText(ratio),
    seed,
    drawn: d.drawn,
    units: d.strata.map((s) => ({
      unit: s.unit,
      closed: s.closed,
      pending: s.pending,
      drawn: s.drawn.map((p) => p.id),
    })),
    written: file,
  };
}

/** The batch, then one line per unit: closed, waiting, drawn (IDs). */
function drawLines(d: SpotDrawResult, ctx: CliContext): string[] {
  const sep = listSeparator(ctx.lang);
  const lines = [ctx.msg('cli.spotcheck.batch', { batch: d.batch, n: d.drawn, units: d.strata.length })];
  if (!d.strata.length) lines.push(ctx.msg('cli.spotcheck.noneClosed'));
  for (const s of d.strata) {
    const unit = s.unit || ctx.msg('ledger.blank');
    const pending = s.pending ? ctx.msg('cli.spotcheck.pending', { n: s.pending }) : '';
    lines.push(
      ctx.msg('cli.spotcheck.unit', {
        unit,
        closed: s.closed,
        pending,
        n: s.drawn.length,
        ids: s.drawn.map((p) => p.id).join(sep) || '—',
      }),
    );
  }
  return lines;
}

async function apply(file: string, opts: SpotcheckOptions, ctx: CliContext): Promise<number> {
  const output = outputOf(file, opts, ctx);
  const r = await runOnFile(ctx, { input: file, output, command: spotApplyCommand(), opts });
  const res = r.result;
  if (res.errors.length) {
    for (const e of res.errors) ctx.io.err(e + '\n');
    ctx.io.err(ctx.msg('cli.spotcheck.errors', { n: res.errors.length }) + '\n');
    return EXIT_BAD_INPUT;
  }
  const lines: string[] = [];
  for (const x of res.reopened)
    lines.push(ctx.msg('cli.spotcheck.reopened', { id: x.id, unit: x.unit, reason: x.text }));
  for (const x of res.confirmed) lines.push(ctx.msg('cli.spotcheck.kept', { id: x.id, unit: x.unit }));
  if (!res.reopened.length && !res.confirmed.length) lines.push(ctx.msg('cli.spotcheck.nothing', { sheet: res.sheet }));
  ctx.io.out(lines.join('\n') + '\n');
  for (const s of res.skipped) ctx.io.err(s + '\n');
  if (r.applied) ctx.io.out(ctx.msg('ledger.cli.written', { file: output, logged: r.logged }) + '\n');
  return res.skipped.length ? EXIT_FINDINGS : EXIT_OK;
}

export function registerSpotcheck(program: Command, ctx: CliContext): void {
  outputOptions(program.command('spotcheck').description(ctx.msg('cli.spotcheck.description')), ctx)
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .option('--ratio <10%>', ctx.msg('cli.spotcheck.opt.ratio'))
    .option('--seed <N>', ctx.msg('cli.spotcheck.opt.seed'))
    .option('--by <name>', ctx.msg('cli.spotcheck.opt.by'))
    .option('--apply', ctx.msg('cli.spotcheck.opt.apply'))
    .option('--json', ctx.msg('cli.spotcheck.opt.json'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .addHelpText('after', ctx.msg('cli.spotcheck.helpAfter'))
    .action(async (file: string, opts: SpotcheckOptions) => {
      process.exitCode = await runSpotcheck(file, opts, ctx);
    });
}
