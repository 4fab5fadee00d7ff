/**
 * `rectify demo | init | check | refresh` — the workbook on .xlsx files
 * (issue 4). Each reads the file once, asks the engine for a plan, applies it
 * with the ExcelJS adapter and writes once, through a temporary file and a
 * rename: a failure never leaves a half-written file, and the input is never
 * overwritten unless --in-place (then after a backup).
 */
import { resolve } from 'path';
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import ExcelJS from 'exceljs';
import {
  CheckReport,
  CheckReportSchema,
  Finding,
  Lang,
  checkWorkbook,
  generateDemo,
  isEngineError,
  isMessageKey,
  finalizePlan,
  layoutLanguage,
  parseLang,
  planLedgerRefresh,
  planRenameHeaders,
  planStructureWithInfo,
  planWriteSnapshot,
  planStructure,
  readWorkbook,
  t,
  localNow,
} from '../../engine';
import { applyPlan, backupFile, loadWorkbookFile, saveWorkbookAtomic, snapshotOf } from '../../xlsx';
import { CliContext, CliError, EXIT_FINDINGS, EXIT_OK, osUser, parseTodayOption as parseToday } from '../context';
import { tc } from '../../i18n/cli';

function layoutLang(value: string | undefined, ctx: CliContext): Lang {
  if (value === undefined) return ctx.lang;
  const l = parseLang(value);
  if (!l) throw new CliError(ctx.msg('cli.badLang', { value }));
  return l;
}

/** Runs adapter/engine work, turning a user-fixable EngineError into a one-line CLI error (exit 2). */
async function guarded<T>(ctx: CliContext, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isEngineError(e)) throw new CliError(isMessageKey(e.code) ? ctx.msg(e.code, e.params) : e.code);
    throw e;
  }
}

/** A progress bar on stderr, only on a terminal or when asked for. */
class Progress {
  private bar: SingleBar | null = null;
  constructor(
    private readonly ctx: CliContext,
    enabled: boolean,
    total: number,
  ) {
    if (!enabled) return;
    this.bar = new SingleBar(
      { stream: process.stderr, format: ' {bar} {percentage}% | {stage}', hideCursor: true, clearOnComplete: true },
      undefined,
    );
    this.bar.start(total, 0, { stage: '' });
  }
  update(value: number, stage: Parameters<CliContext['msg']>[0]): void {
    this.bar?.update(value, { stage: this.ctx.msg(stage) });
  }
  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

const progressEnabled = (flag: boolean | undefined) => !!flag || !!process.stderr.isTTY;

interface WriteOptions {
  output?: string;
  inPlace?: boolean;
}

function target(file: string, opts: WriteOptions, ctx: CliContext): string {
  if (opts.output && opts.inPlace) throw new CliError(ctx.msg('cli.outAndInPlace'));
  if (opts.inPlace) return resolve(file);
  if (opts.output) {
    if (resolve(opts.output) === resolve(file)) throw new CliError(ctx.msg('xlsx.sameFile'));
    return resolve(opts.output);
  }
  throw new CliError(ctx.msg('cli.missingOption', { option: '-o <out.xlsx> | --in-place' }));
}

// ---------------------------------------------------------------------------

interface DemoOptions {
  problems?: string;
  lang?: string;
  today?: string;
  seed?: string;
  mistakes?: boolean;
  progress?: boolean;
}

function positiveInt(value: string | undefined, option: string, fallback: number, ctx: CliContext, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 1_000_000) throw new CliError(ctx.msg('cli.badNumber', { value, option }));
  return n;
}

export async function runDemo(out: string, opts: DemoOptions, ctx: CliContext): Promise<void> {
  const lang = layoutLang(opts.lang, ctx);
  const today = parseToday(opts.today, ctx);
  const problems = positiveInt(opts.problems, '--problems', 40, ctx);
  const seed = positiveInt(opts.seed, '--seed', 1, ctx, 0);
  if (opts.mistakes && problems < 40)
    throw new CliError(
      ctx.msg('cli.badNumber', { value: String(problems), option: '--problems (≥ 40 with --mistakes)' }),
    );
  const progress = new Progress(ctx, progressEnabled(opts.progress), 100);
  try {
    const demo = generateDemo({
      problems,
      lang,
      today,
      seed,
      mistakes: opts.mistakes,
      user: osUser(),
      onProgress: (share) => progress.update(Math.round(share * 50), 'cli.progress.generate'),
    });
    progress.update(55, 'cli.progress.apply');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'rectify';
    wb.created = wb.modified = new Date(`${today}T00:00:00Z`);
    await guarded(ctx, async () => {
      await applyPlan(wb, planWriteSnapshot(demo.snapshot));
      await applyPlan(wb, planStructure(demo.snapshot, { lang }));
      if (demo.renames.length > 0) await applyPlan(wb, planRenameHeaders(snapshotOf(wb), demo.renames));
    });
    progress.update(75, 'cli.progress.write');
    const file = resolve(out);
    await guarded(ctx, () => saveWorkbookAtomic(wb, file));
    progress.stop();
    ctx.io.out(ctx.msg('cli.demo.written', { file: out, today, ...demo.counts }) + '\n');
    if (opts.mistakes) {
      ctx.io.out(ctx.msg('cli.demo.mistakesTitle') + '\n');
      for (const m of demo.mistakes) {
        ctx.io.out(`  ${m.code.padEnd(26)} ${m.sheet} ${m.cell || `#${m.row}`}  ${m.what}\n`);
      }
    }
  } finally {
    progress.stop();
  }
}

// ---------------------------------------------------------------------------

interface InitOptions extends WriteOptions {
  lang?: string;
  progress?: boolean;
}

export async function runInit(file: string, opts: InitOptions, ctx: CliContext): Promise<void> {
  const lang = layoutLang(opts.lang, ctx);
  const out = target(file, opts, ctx);
  const progress = new Progress(ctx, progressEnabled(opts.progress), 4);
  try {
    progress.update(0, 'cli.progress.read');
    const wb = await guarded(ctx, () => loadWorkbookFile(file));
    const now = localNow();
    const snapshot = snapshotOf(wb, { user: osUser(), readAt: now });
    progress.update(1, 'cli.progress.plan');
    const { plan, info } = await guarded(ctx, () => planStructureWithInfo(snapshot, { lang }));
    // Every cell structuring changes (headers added, helper sheets filled) lands in _log, as in the add-in.
    const action = t(layoutLanguage(snapshot, lang), 'log.action.init');
    const final = finalizePlan(plan, snapshot, { action, time: now, lang });
    progress.update(2, 'cli.progress.apply');
    const stats = await guarded(ctx, () => applyPlan(wb, final.plan));
    progress.update(3, 'cli.progress.write');
    if (opts.inPlace) {
      const backup = await guarded(ctx, () => backupFile(file));
      ctx.io.err(ctx.msg('cli.init.backup', { file: backup }) + '\n');
    }
    await guarded(ctx, () => saveWorkbookAtomic(wb, out));
    progress.stop();
    ctx.io.out(
      ctx.msg('cli.init.written', {
        file: opts.inPlace ? file : (opts.output as string),
        sheets: info.createdSheets.length,
        columns: info.addedColumns.length,
        cells: stats.cellsWritten,
      }) + '\n',
    );
  } finally {
    progress.stop();
  }
}

// ---------------------------------------------------------------------------

interface CheckOptions {
  json?: boolean;
  today?: string;
  lang?: string;
  progress?: boolean;
}

export function formatFindings(report: CheckReport, lang: Lang): string {
  const lines: string[] = [];
  let sheet = '';
  for (const f of report.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`\n${sheet}`);
    }
    const sev = tc(lang, f.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning');
    lines.push(`  [${sev}] ${f.message}  (${f.code})`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export async function runCheck(file: string, opts: CheckOptions, ctx: CliContext): Promise<number> {
  const lang = layoutLang(opts.lang, ctx);
  const today = parseToday(opts.today, ctx);
  const progress = new Progress(ctx, !opts.json && progressEnabled(opts.progress), 2);
  let findings: Finding[];
  let report: CheckReport;
  try {
    progress.update(0, 'cli.progress.read');
    const wb = await guarded(ctx, () => loadWorkbookFile(file));
    const snapshot = snapshotOf(wb, { user: osUser(), readAt: localNow() });
    progress.update(1, 'cli.progress.plan');
    const result = await guarded(ctx, () => checkWorkbook(snapshot, { today, lang }));
    findings = result.findings;
    report = CheckReportSchema.parse({ file, asOf: today, lang, summary: result.summary, findings });
  } finally {
    progress.stop();
  }
  if (opts.json) {
    ctx.io.out(JSON.stringify(report, null, 2) + '\n');
  } else {
    const s = report.summary;
    if (findings.length === 0) {
      ctx.io.out(ctx.msg('cli.check.clean', { file, problems: s.problems, tasks: s.tasks, today }) + '\n');
    } else {
      ctx.io.out(formatFindings(report, lang));
      ctx.io.out('\n' + ctx.msg('cli.check.summary', { file, ...s, today }) + '\n');
    }
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

// ---------------------------------------------------------------------------

interface RefreshOptions extends WriteOptions {
  today?: string;
  lang?: string;
  progress?: boolean;
}

export async function runRefresh(file: string, opts: RefreshOptions, ctx: CliContext): Promise<void> {
  const today = parseToday(opts.today, ctx);
  const out = target(file, opts, ctx);
  const progress = new Progress(ctx, progressEnabled(opts.progress), 4);
  try {
    progress.update(0, 'cli.progress.read');
    const wb = await guarded(ctx, () => loadWorkbookFile(file));
    const now = localNow();
    const snapshot = snapshotOf(wb, { user: osUser(), readAt: now });
    progress.update(1, 'cli.progress.plan');
    // Deadlines and alerts, and the generated sheets the workbook already has, from one reading.
    const r = await guarded(ctx, () => {
      const parsed = readWorkbook(snapshot, { today, lang: layoutLang(opts.lang, ctx) });
      const action = t(parsed.lang, 'log.action.refresh');
      const planned = planLedgerRefresh(snapshot, parsed, { now, user: snapshot.user, action });
      return { ...planned, final: finalizePlan(planned.plan, snapshot, { action, time: now, lang: parsed.lang }) };
    });
    const cells = r.cells;
    if (cells === 0 && r.rebuilt.length === 0 && opts.inPlace) {
      progress.stop();
      ctx.io.out(ctx.msg('cli.refresh.nothing', { file, today }) + '\n');
      return;
    }
    progress.update(2, 'cli.progress.apply');
    await guarded(ctx, () => applyPlan(wb, r.final.plan));
    progress.update(3, 'cli.progress.write');
    if (opts.inPlace) {
      const backup = await guarded(ctx, () => backupFile(file));
      ctx.io.err(ctx.msg('cli.init.backup', { file: backup }) + '\n');
    }
    await guarded(ctx, () => saveWorkbookAtomic(wb, out));
    progress.stop();
    ctx.io.out(
      ctx.msg('cli.refresh.written', { file: opts.inPlace ? file : (opts.output as string), cells, today }) + '\n',
    );
    if (r.rebuilt.length > 0) {
      ctx.io.out(
        ctx.msg('ledger.rebuilt', { sheets: r.rebuilt.join(ctx.lang === 'zh' ? '、' : ', ') }) + '\n',
      );
      if (r.chart) ctx.io.err(ctx.msg('ledger.cli.noChart') + '\n');
    }
  } finally {
    progress.stop();
  }
}

// ---------------------------------------------------------------------------

export function registerWorkbook(program: Command, ctx: CliContext): void {
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

  program
    .command('init')
    .description(ctx.msg('cli.init.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.layoutLang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action((file: string, opts: InitOptions) => runInit(file, opts, ctx));

  program
    .command('check')
    .description(ctx.msg('cli.check.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action(async (file: string, opts: CheckOptions) => {
      const code = await runCheck(file, opts, ctx);
      process.exitCode = code;
    });

  program
    .command('refresh')
    .description(ctx.msg('cli.refresh.description'))
    .argument('<file.xlsx>', ctx.msg('cli.arg.file'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.opt.output'))
    .option('--in-place', ctx.msg('cli.opt.inPlace'))
    .option('--today <date>', ctx.msg('cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.opt.progress'))
    .action((file: string, opts: RefreshOptions) => runRefresh(file, opts, ctx));
}
