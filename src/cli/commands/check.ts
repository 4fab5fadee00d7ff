/** `rectify check`: every finding, grouped by sheet, or as JSON (docs/CHECKS.md). Exit 1 when there are errors. */
import type { Command } from 'commander';
import {
  type CheckReport,
  type EvidenceFact,
  type Finding,
  LISTED_PER_CODE,
  type Lang,
  checkCommand,
  checkReport,
  evidenceFilesToProbe,
  ledgerReading,
} from '../../engine';
import { tc } from '../../i18n/cli';
import { type CliContext, EXIT_FINDINGS, EXIT_OK } from '../context';
import { probeEvidence } from '../evidence';
import { type RunOptions, runOnFile } from '../run';

interface CheckOptions extends RunOptions {
  json?: boolean;
}

export function formatFindings(report: CheckReport, lang: Lang): string {
  const lines: string[] = [];
  const severity = (s: Finding['severity']) => tc(lang, s === 'error' ? 'cli.severity.error' : 'cli.severity.warning');
  // What was counted but not listed follows the listed findings of its sheet.
  const omittedOf = (sheet: string) =>
    report.omitted
      .filter((o) => o.sheet === sheet)
      .map(
        (o) =>
          `  [${severity(o.severity)}] ${tc(lang, 'cli.check.omitted', { count: o.count, limit: LISTED_PER_CODE })}  (${o.code})`,
      );
  const sheets: string[] = [];
  for (const f of report.findings) {
    if (f.sheet !== sheets[sheets.length - 1]) {
      if (sheets.length) lines.push(...omittedOf(sheets[sheets.length - 1]));
      sheets.push(f.sheet);
      lines.push(`\n${f.sheet}`);
    }
    lines.push(`  [${severity(f.severity)}] ${f.message}  (${f.code})`);
  }
  if (sheets.length) lines.push(...omittedOf(sheets[sheets.length - 1]));
  for (const sheet of new Set(report.omitted.map((o) => o.sheet))) {
    if (!sheets.includes(sheet)) lines.push(`\n${sheet}`, ...omittedOf(sheet));
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export async function runCheck(file: string, opts: CheckOptions, ctx: CliContext): Promise<number> {
  // The evidence files the ledger names, looked at beside it (relative to its folder) once it is read; the reading
  // that finds them is the one the check works from.
  const evidence = new Map<string, EvidenceFact>();
  const read = ledgerReading();
  const r = await runOnFile(ctx, {
    input: file,
    output: null,
    command: checkCommand({ evidence, read }),
    opts,
    showProgress: !opts.json,
    prepare: async (snapshot, env) => {
      const keys = evidenceFilesToProbe(snapshot, env, 'all', read);
      for (const [k, v] of await probeEvidence(file, keys)) evidence.set(k, v);
    },
  });
  const { findings, omitted, summary } = r.result;
  // Messages follow the language asked for (--lang or the user's), as every other output of the command line.
  const lang = ctx.lang;
  const asOf = r.result.parsed.today;
  const report = checkReport({ file, asOf, lang, summary, findings, omitted });
  if (opts.json) ctx.io.out(JSON.stringify(report, null, 2) + '\n');
  else if (summary.errors + summary.warnings === 0) {
    ctx.io.out(
      ctx.msg('cli.check.clean', { file, problems: summary.problems, tasks: summary.tasks, today: asOf }) + '\n',
    );
  } else {
    ctx.io.out(formatFindings(report, lang));
    ctx.io.out('\n' + ctx.msg('cli.check.summary', { file, ...summary, today: asOf }) + '\n');
  }
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(ctx.msg('cli.check.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action(async (file: string, opts: CheckOptions) => {
      process.exitCode = await runCheck(file, opts, ctx);
    });
}
