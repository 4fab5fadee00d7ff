/**
 * `rectify distribute LEDGER --out DIR (-o OUT | --in-place)`: one package
 * per 责任单位 into DIR (src/engine/distribute), and the master's
 * `_distribution` rows that remember them, through the command runner like
 * `refresh` (logged in `_log`). Every package's target is checked before the
 * master is written; the packages are written after it.
 *
 * Exit codes: 0 done; 2 bad input (no units, an unknown --unit, an existing
 * package without --force, an unreadable ledger).
 */
import { randomUUID } from 'crypto';
import type { Command } from 'commander';
import {
  type Command as EngineCommand,
  type DistributeResult,
  type DistributedPackage,
  distributeCommand,
  listSeparator,
} from '../../engine';
import { type CliContext, EXIT_OK, parseDateOption } from '../context';
import { outFolder, packageTarget, writePackage } from '../packageFiles';
import { type RunOptions, outputOf, runOnFile } from '../run';

export interface DistributeCliOptions extends RunOptions {
  out: string;
  due?: string;
  contact?: string;
  unit?: string[];
  force?: boolean;
}

/** Checks every package's target inside the plan, so that nothing is written when one is refused. */
function checkingTargets(
  command: EngineCommand<DistributeResult>,
  folder: string,
  force: boolean,
  ctx: CliContext,
  targets: Map<string, string>,
): EngineCommand<DistributeResult> {
  return {
    ...command,
    plan: (snapshot, env) => {
      const planned = command.plan(snapshot, env);
      for (const p of planned.result.packages) targets.set(p.unit, packageTarget(folder, p.file, force, ctx));
      return planned;
    },
  };
}

export async function runDistribute(ledger: string, opts: DistributeCliOptions, ctx: CliContext): Promise<number> {
  const output = outputOf(ledger, opts, ctx);
  const due = parseDateOption('--due', opts.due, ctx) ?? '';
  const folder = outFolder(opts.out, ctx);
  const targets = new Map<string, string>();
  const base = distributeCommand({ newLedgerId: randomUUID(), due, contact: opts.contact ?? '', units: opts.unit });
  const command = checkingTargets(base, folder, !!opts.force, ctx, targets);
  const r = await runOnFile(ctx, { input: ledger, output, command, opts });
  const result = r.result;
  for (const p of result.packages) await writePackage(p, targets.get(p.unit)!, ctx);
  const lines: string[] = [];
  if (result.ledgerIdCreated) lines.push(ctx.msg('cli.distribute.ledgerId', { id: result.ledgerId }));
  lines.push(ctx.msg('cli.distribute.round', { round: result.round, due: due || ctx.msg('cli.distribute.noDue') }));
  for (const p of result.packages) lines.push(...packageLines(p, targets.get(p.unit)!, ctx));
  const problems = result.packages.reduce((n, p) => n + p.problems, 0);
  const tasks = result.packages.reduce((n, p) => n + p.tasks, 0);
  const reports = result.packages.filter((p) => p.report).length;
  lines.push(ctx.msg('cli.distribute.total', { units: result.packages.length, problems, tasks, reports, folder }));
  lines.push(
    ctx.msg('cli.distribute.master', { file: opts.inPlace ? ledger : (opts.output as string), logged: r.logged }),
  );
  ctx.io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

/** One line per package, and what changed since the unit's last package. */
function packageLines(p: DistributedPackage, path: string, ctx: CliContext): string[] {
  const report = ctx.msg(p.report ? 'cli.distribute.yes' : 'cli.distribute.no');
  const lines = [
    ctx.msg('cli.distribute.unit', { file: path, unit: p.unit, problems: p.problems, tasks: p.tasks, report }),
  ];
  const c = p.changes;
  if (!c) return lines;
  if (!c.added.length && !c.removed.length && !c.changed.length) {
    lines.push(ctx.msg('cli.distribute.unchanged', { round: c.previousRound }));
    return lines;
  }
  const sep = listSeparator(ctx.lang);
  const list = (xs: string[]) => (xs.length > 12 ? [...xs.slice(0, 12), '…'] : xs).join(sep) || '-';
  lines.push(
    ctx.msg('cli.distribute.changes', {
      round: c.previousRound,
      added: c.added.length,
      removed: c.removed.length,
      changed: c.changed.length,
    }),
  );
  if (c.added.length) lines.push(ctx.msg('cli.distribute.added', { rows: list(c.added) }));
  if (c.removed.length) lines.push(ctx.msg('cli.distribute.removed', { rows: list(c.removed) }));
  if (c.changed.length) lines.push(ctx.msg('cli.distribute.changed', { rows: list(c.changed) }));
  return lines;
}

export function registerDistribute(program: Command, ctx: CliContext): void {
  program
    .command('distribute')
    .description(ctx.msg('cli.distribute.description'))
    .argument('<ledger.xlsx>', ctx.msg('cli.arg.file'))
    .requiredOption('--out <dir>', ctx.msg('cli.distribute.opt.out'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--due <date>', ctx.msg('cli.distribute.opt.due'))
    .option('--contact <text>', ctx.msg('cli.distribute.opt.contact'))
    .option('--unit <name...>', ctx.msg('cli.distribute.opt.unit'))
    .option('--force', ctx.msg('cli.distribute.opt.force'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .addHelpText('after', ctx.msg('cli.distribute.helpAfter'))
    .action(async (file: string, opts: DistributeCliOptions) => {
      process.exitCode = await runDistribute(file, opts, ctx);
    });
}
