/** `rectify demo <out.xlsx>`: a realistic, deterministic demo ledger (same seed, date and size → same file). */
import { resolve } from 'path';
import type { Command } from 'commander';
import { applyPlan, newWorkbook, saveWorkbookAtomic } from '../../xlsx';
import { type CliContext, CliError, osUser, parseTodayOption } from '../context';
import { Progress, progressEnabled } from '../progress';
import { langOption, toCliError } from '../run';

export interface DemoOptions {
  problems?: string;
  lang?: string;
  today?: string;
  seed?: string;
  mistakes?: boolean;
  progress?: boolean;
}

/**
 * The largest demo: it is written whole through ExcelJS (about 1 GB at 10,000 problems and 783,000 cells), as
 * any workbook written whole is bounded (src/xlsx/rewriteLimit.ts). Larger ledgers for measuring are made by
 * scripts/limit-ledger.js.
 */
export const MAX_DEMO_PROBLEMS = 10_000;

function positiveInt(
  value: string | undefined,
  option: string,
  fallback: number,
  ctx: CliContext,
  range: { min?: number; max?: number } = {},
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  const { min = 1, max = 1_000_000 } = range;
  if (!Number.isInteger(n) || n < min) throw new CliError(ctx.msg('cli.badNumber', { value, option }));
  if (n > max) throw new CliError(ctx.msg('cli.tooMany', { value, option, max }));
  return n;
}

export async function runDemo(out: string, opts: DemoOptions, ctx: CliContext): Promise<void> {
  const lang = langOption(opts.lang, ctx);
  const today = parseTodayOption(opts.today, ctx);
  const problems = positiveInt(opts.problems, '--problems', 40, ctx, { max: MAX_DEMO_PROBLEMS });
  const seed = positiveInt(opts.seed, '--seed', 1, ctx, { min: 0 });
  if (opts.mistakes && problems < 40) {
    throw new CliError(
      ctx.msg('cli.badNumber', { value: String(problems), option: '--problems (≥ 40 with --mistakes)' }),
    );
  }
  const progress = new Progress(ctx, progressEnabled(opts.progress), 100);
  // The generator loads with this command only: every other command starts without it.
  const { demoPlans, generateDemo } = await import('../../demo');
  try {
    const onProgress = (share: number) => progress.update(Math.round(share * 50), 'cli.progress.generate');
    const demo = generateDemo({ problems, lang, today, seed, mistakes: opts.mistakes, user: osUser(), onProgress });
    progress.update(55, 'cli.progress.apply');
    const wb = newWorkbook();
    wb.created = wb.modified = new Date(`${today}T00:00:00Z`);
    for (const plan of demoPlans(demo, lang)) await applyPlan(wb, plan);
    progress.update(75, 'cli.progress.write');
    await saveWorkbookAtomic(wb, resolve(out));
    progress.stop();
    ctx.io.out(ctx.msg('cli.demo.written', { file: out, today, ...demo.counts }) + '\n');
    ctx.io.out(ctx.msg('cli.demo.cycle', demo.counts) + '\n');
    if (!opts.mistakes) return;
    ctx.io.out(ctx.msg('cli.demo.mistakesTitle') + '\n');
    for (const m of demo.mistakes)
      ctx.io.out(`  ${m.code.padEnd(26)} ${m.sheet} ${m.cell || `#${m.row}`}  ${m.what}\n`);
  } catch (e) {
    throw toCliError(e, ctx);
  } finally {
    progress.stop();
  }
}

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(ctx.msg('cli.demo.description'))
    .argument('<out.xlsx>', ctx.msg('cli.arg.out'))
    .option('--problems <n>', ctx.msg('cli.opt.problems'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.layoutLang'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--seed <n>', ctx.msg('cli.opt.seed'))
    .option('--mistakes', ctx.msg('cli.opt.mistakes'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action((out: string, opts: DemoOptions) => runDemo(out, opts, ctx));
}
