/**
 * `rectify collect LEDGER FILES… (-o OUT | --in-place)`: returned packages
 * merged into the ledger (src/engine/distribute/collect.ts) through the
 * command runner, like `refresh`: every taken cell logged in `_log`; what is
 * refused reported per cell, never applied; the 回收情况 table printed and
 * rebuilt in the ledger. --dry-run says all of it and writes nothing.
 *
 * Exit codes: 0 merged (or nothing new: the same files again); 1 something
 * was refused or needs a look (a cell, a row, a whole package, a lost
 * stamp); 2 bad input (an unreadable file, not a ledger).
 */
import type { Command } from 'commander';
import {
  type CollectResult,
  type Command as EngineCommand,
  type PackageReport,
  type ReturnStatus,
  collectCommand,
  listSeparator,
} from '../../engine';
import { type CliContext, EXIT_FINDINGS, EXIT_OK } from '../context';
import type { CliKey } from '../../i18n/cli';
import { readPackage } from '../packageFiles';
import { type RunOptions, outputOf, runOnFile } from '../run';

export interface CollectCliOptions extends RunOptions {
  dryRun?: boolean;
  json?: boolean;
}

const noWrite = <R>(c: EngineCommand<R>): EngineCommand<R> => ({
  ...c,
  plan: (s, env) => ({ plan: null, result: c.plan(s, env).result }),
});

export async function runCollect(
  ledger: string,
  files: string[],
  opts: CollectCliOptions,
  ctx: CliContext,
): Promise<number> {
  const output = opts.dryRun ? null : outputOf(ledger, opts, ctx);
  const returned = [];
  for (const f of files) returned.push(await readPackage(f, ctx));
  const command = opts.dryRun ? noWrite(collectCommand(returned)) : collectCommand(returned);
  const r = await runOnFile(ctx, { input: ledger, output, command, opts, showProgress: !opts.json });
  const result = r.result;
  if (opts.json) ctx.io.out(JSON.stringify(jsonOf(result)) + '\n');
  else {
    const lines = result.packages.flatMap((p) => packageLines(p, ctx));
    if (result.follows.length) lines.push(ctx.msg('cli.collect.followsTitle'));
    for (const c of result.follows)
      lines.push(
        ctx.msg('cli.collect.change', {
          sheet: c.sheet,
          cell: c.cell,
          id: c.id,
          column: c.column,
          old: c.old || '-',
          new: c.new,
        }),
      );
    lines.push(
      ctx.msg('cli.collect.total', {
        files: result.packages.length,
        merged: result.merged,
        refused: result.refused,
        requests: result.requestsAdded,
      }),
    );
    lines.push(...returnLines(result.returns, ctx));
    if (opts.dryRun) lines.push(ctx.msg('cli.collect.dryRun'));
    else if (r.applied)
      lines.push(
        ctx.msg('cli.collect.written', { file: opts.inPlace ? ledger : (opts.output as string), logged: r.logged }),
      );
    else lines.push(ctx.msg('cli.collect.nothing'));
    ctx.io.out(lines.join('\n') + '\n');
  }
  return needsLook(result) ? EXIT_FINDINGS : EXIT_OK;
}

function needsLook(r: CollectResult): boolean {
  return r.packages.some(
    (p) =>
      p.refused.length > 0 ||
      p.added.length > 0 ||
      p.deleted.length > 0 ||
      p.foreign.length > 0 ||
      p.warnings.length > 0 ||
      ['otherLedger', 'olderRound', 'unknownRound', 'unknownUnit'].includes(p.status),
  );
}

function jsonOf(r: CollectResult) {
  const plain = ({ sheet, cell, id, column, old, new: n }: CollectResult['follows'][number]) => ({
    sheet,
    cell,
    id,
    column,
    old,
    new: n,
  });
  return {
    ...r,
    follows: r.follows.map(plain),
    packages: r.packages.map((p) => ({
      ...p,
      changes: p.changes.map(plain),
    })),
  };
}

const STATUS: Record<PackageReport['status'], CliKey> = {
  merged: 'cli.collect.status.merged',
  unchanged: 'cli.collect.status.unchanged',
  alreadyCollected: 'cli.collect.status.again',
  otherLedger: 'cli.collect.status.otherLedger',
  olderRound: 'cli.collect.status.olderRound',
  unknownRound: 'cli.collect.status.unknownRound',
  unknownUnit: 'cli.collect.status.unknownUnit',
};

const REASON: Record<PackageReport['refused'][number]['reason'], CliKey> = {
  office: 'cli.collect.reason.office',
  conflict: 'cli.collect.reason.conflict',
  status: 'cli.collect.reason.status',
  date: 'cli.collect.reason.date',
  gone: 'cli.collect.reason.gone',
  noColumn: 'cli.collect.reason.noColumn',
};

function packageLines(p: PackageReport, ctx: CliContext): string[] {
  const none = ctx.msg('cli.collect.empty');
  const lines = [ctx.msg('cli.collect.package', { unit: p.unit || '?', file: p.file, round: p.round ?? '?' })];
  lines.push('  ' + ctx.msg(STATUS[p.status], { unit: p.unit, round: p.round ?? '?' }));
  for (const w of p.warnings) lines.push('  ' + ctx.msg('cli.collect.warning', { text: w }));
  for (const c of p.changes)
    lines.push(
      ctx.msg('cli.collect.change', {
        sheet: c.sheet,
        cell: c.cell,
        id: c.id,
        column: c.column,
        old: c.old || none,
        new: c.new || none,
      }),
    );
  for (const c of p.refused)
    lines.push(
      ctx.msg('cli.collect.refused', {
        sheet: c.sheet,
        cell: c.cell || '-',
        id: c.id,
        column: c.column,
        old: c.old || none,
        new: c.new || none,
        reason: ctx.msg(REASON[c.reason]),
      }),
    );
  const sep = listSeparator(ctx.lang);
  if (p.added.length) lines.push(ctx.msg('cli.collect.added', { rows: p.added.join(sep) }));
  if (p.deleted.length) lines.push(ctx.msg('cli.collect.deleted', { rows: p.deleted.join(sep) }));
  if (p.reordered.length) lines.push(ctx.msg('cli.collect.reordered', { sheets: p.reordered.join(sep) }));
  if (p.foreign.length) lines.push(ctx.msg('cli.collect.foreign', { rows: p.foreign.join(sep) }));
  for (const x of p.requests)
    lines.push(
      ctx.msg('cli.collect.request', { id: x.problemId, until: x.until, asked: x.askedOn, reason: x.reason || none }),
    );
  return lines;
}

function returnLines(returns: readonly ReturnStatus[], ctx: CliContext): string[] {
  const lines = [ctx.msg('cli.collect.returnsTitle')];
  for (const s of returns) {
    const due = s.due || ctx.msg('cli.collect.noDue');
    lines.push(
      s.returned
        ? ctx.msg('cli.collect.returnedRow', { unit: s.unit, date: s.returned.date, round: s.returned.round, due })
        : ctx.msg(s.overdue ? 'cli.collect.overdueRow' : 'cli.collect.waitingRow', {
            unit: s.unit,
            round: s.round,
            due,
          }),
    );
  }
  const back = returns.filter((s) => s.returned).length;
  lines.push(ctx.msg('cli.collect.returnsTotal', { back, all: returns.length }));
  return lines;
}

export function registerCollect(program: Command, ctx: CliContext): void {
  program
    .command('collect')
    .description(ctx.msg('cli.collect.description'))
    .argument('<ledger.xlsx>', ctx.msg('cli.arg.file'))
    .argument('<files...>', ctx.msg('cli.collect.arg.files'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--dry-run', ctx.msg('cli.collect.opt.dryRun'))
    .option('--json', ctx.msg('cli.collect.opt.json'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .addHelpText('after', ctx.msg('cli.collect.helpAfter'))
    .action(async (ledger: string, files: string[], opts: CollectCliOptions) => {
      process.exitCode = await runCollect(ledger, files, opts, ctx);
    });
}
