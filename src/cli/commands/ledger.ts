/**
 * `rectify report | letters | submit | close | reject` — the ledger commands
 * of issue 6. Each reads the workbook once, asks the engine for a plan, adds
 * the _log entries for every cell it changes (finalizePlan) and writes once,
 * through a temporary file (never over the input unless --in-place, and then
 * after a backup).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { Command } from 'commander';
import {
  CloseOutAction,
  IsoDate,
  LedgerData,
  Plan,
  WorkbookSnapshot,
  attempt,
  buildLetters,
  finalizePlan,
  isEngineError,
  isMessageKey,
  letterFileName,
  parseDateValue,
  planCloseOut,
  planGeneratedSheets,
  planRecordReminders,
  readWorkbook,
  t,
  localNow,
} from '../../engine';
import { applyPlanToFile, backupFile, readSnapshotFile } from '../../xlsx';
import { CliContext, CliError, osUser, parseTodayOption as parseToday } from '../context';
import { letterDocx } from '../letters/docx';

function parseDateOption(name: string, text: string | undefined, ctx: CliContext): IsoDate | undefined {
  if (text === undefined) return undefined;
  const r = attempt(() => parseDateValue(text));
  if (!r.ok) throw new CliError(`${name}: ${ctx.msg(r.code, r.params)}`);
  return r.value;
}

async function adapter<T>(ctx: CliContext, file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (isEngineError(e) && isMessageKey(e.code)) throw new CliError(ctx.msg(e.code, e.params));
    throw new CliError(ctx.msg('cli.readError', { file, reason: (e as Error).message }));
  }
}

interface WriteOptions {
  output?: string;
  inPlace?: boolean;
  today?: string;
}

interface Loaded {
  file: string;
  snapshot: WorkbookSnapshot;
  data: LedgerData;
  user: string;
  now: string;
}

async function load(file: string, opts: WriteOptions, ctx: CliContext): Promise<Loaded> {
  const today = parseToday(opts.today, ctx);
  const user = osUser();
  const snapshot = await adapter(ctx, file, () => readSnapshotFile(file, { user }));
  // The core's reader: _settings (due-soon days, 立行立改 default, roll-over) and _calendar apply here too.
  const data = await adapter(ctx, file, async () => readWorkbook(snapshot, { today }));
  if (!data.mappings.problems)
    throw new CliError(ctx.msg('closeout.noSheet', { sheet: ctx.msg('ledger.problemsSheet') }));
  return { file, snapshot, data, user, now: localNow() };
}

/** Where the workbook goes: -o out.xlsx, or the input itself with --in-place (after a backup). */
function target(file: string, opts: WriteOptions, ctx: CliContext, required = true): string | null {
  if (opts.output && opts.inPlace) throw new CliError(ctx.msg('ledger.cli.outAndInPlace'));
  if (opts.output) return resolve(opts.output);
  if (opts.inPlace) return resolve(file);
  if (required) throw new CliError(ctx.msg('ledger.cli.needOutput'));
  return null;
}

async function save(
  l: Loaded,
  plan: Plan,
  out: string,
  action: string,
  opts: WriteOptions,
  ctx: CliContext,
): Promise<number> {
  const final = finalizePlan(plan, l.snapshot, { action, user: l.user, time: l.now, lang: l.data.lang });
  if (opts.inPlace) {
    const backup = await adapter(ctx, l.file, async () => backupFile(l.file));
    ctx.io.err(ctx.msg('ledger.cli.backup', { file: backup }) + '\n');
  }
  await adapter(ctx, out, () => applyPlanToFile(l.file, final.plan, out));
  return final.entries.length;
}

const outputOptions = (cmd: Command, ctx: CliContext): Command =>
  cmd
    .option('-o, --output <out.xlsx>', ctx.msg('ledger.cli.opt.output'))
    .option('--in-place', ctx.msg('ledger.cli.opt.inPlace'))
    .option('--today <date>', ctx.msg('ledger.cli.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'));

/** Builds the plan that rebuilds the generated sheets; shared by `report` and `refresh`. */
export function reportPlan(l: Pick<Loaded, 'snapshot' | 'data' | 'user' | 'now'>, ctx: CliContext) {
  const r = planGeneratedSheets(l.data, l.snapshot, {
    now: l.now.slice(0, 16),
    user: l.user,
    action: ctx.msg('log.action.report'),
  });
  for (const s of r.skipped) ctx.io.err(s.message + '\n');
  return r;
}

export function registerLedger(program: Command, ctx: CliContext): void {
  outputOptions(program.command('report').description(ctx.msg('ledger.cli.report.description')), ctx)
    .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
    .action(async (file: string, opts: WriteOptions) => {
      const out = target(file, opts, ctx)!;
      const l = await load(file, opts, ctx);
      const r = reportPlan(l, ctx);
      await save(l, r.plan, out, ctx.msg('log.action.report'), opts, ctx);
      const h = r.statistics.headline;
      ctx.io.out(
        ctx.msg('ledger.cli.report.done', {
          file: out,
          sheets: r.plan.sheets.map((s) => s.name).join(ctx.lang === 'zh' ? '、' : ', '),
          date: l.data.today,
          found: h.found,
          rectified: h.rectified,
          closed: h.closed,
          overdue: h.overdue,
          dueSoon: h.dueSoon,
        }) + '\n',
      );
      if (r.chart) ctx.io.err(ctx.msg('ledger.cli.noChart') + '\n');
    });

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
    .action(
      async (
        file: string,
        opts: { output: string; today?: string; issuer?: string; replyDays: string; unit: string[]; record?: string },
      ) => {
        const replyDays = Number(opts.replyDays);
        if (!Number.isInteger(replyDays) || replyDays < 1 || replyDays > 60) {
          throw new CliError(ctx.msg('ledger.cli.badReplyDays', { value: opts.replyDays }));
        }
        const l = await load(file, opts, ctx);
        const letters = buildLetters(l.data, {
          issuer: opts.issuer,
          replyWorkdays: replyDays,
          units: opts.unit.length ? opts.unit : undefined,
        });
        if (letters.length === 0) {
          ctx.io.out(ctx.msg('ledger.cli.letters.none', { date: l.data.today }) + '\n');
          return;
        }
        const dir = resolve(opts.output);
        mkdirSync(dir, { recursive: true });
        for (const letter of letters) {
          const name = join(dir, letterFileName(letter, l.data.lang, l.data.today));
          const buf = await letterDocx(
            letter,
            l.data.lang,
            t(l.data.lang, 'letter.roundLine', { round: letter.round }),
          );
          writeFileSync(name, buf);
          ctx.io.out(
            ctx.msg('ledger.cli.letters.written', {
              file: name,
              unit: letter.unit,
              overdue: letter.overdue,
              dueSoon: letter.dueSoon,
            }) + '\n',
          );
        }
        if (opts.record) {
          const ids = [...new Set(letters.flatMap((x) => x.items.map((i) => i.problemId)))];
          const r = planRecordReminders(l.data, l.snapshot, ids, l);
          if (!r.ok) throw new CliError(ctx.msg(r.code, r.params));
          const out = resolve(opts.record);
          const n = await save(l, r.value, out, ctx.msg('log.action.remind'), {}, ctx);
          ctx.io.out(ctx.msg('ledger.cli.letters.recorded', { file: out, count: ids.length, logged: n }) + '\n');
        }
      },
    );

  const closeOut = (action: CloseOutAction) => {
    const cmd = outputOptions(program.command(action).description(ctx.msg(`ledger.cli.${action}.description`)), ctx)
      .argument('<file.xlsx>', ctx.msg('ledger.cli.arg.file'))
      .requiredOption('--id <问题编号>', ctx.msg('ledger.cli.opt.id'))
      .option('--date <date>', ctx.msg(action === 'close' ? 'ledger.cli.opt.closeDate' : 'ledger.cli.opt.doneDate'))
      .option('--reviewer <name>', ctx.msg('ledger.cli.opt.reviewer'));
    if (action === 'reject') cmd.option('--reason <text>', ctx.msg('ledger.cli.opt.reason'));
    cmd.action(
      async (file: string, opts: WriteOptions & { id: string; date?: string; reviewer?: string; reason?: string }) => {
        const out = target(file, opts, ctx)!;
        const l = await load(file, opts, ctx);
        const r = planCloseOut(action, l.data, l.snapshot, {
          id: opts.id,
          date: parseDateOption('--date', opts.date, ctx),
          reviewer: opts.reviewer,
          reason: opts.reason,
          user: l.user,
          now: l.now,
        });
        if (!r.ok) throw new CliError(ctx.msg(r.code, r.params));
        for (const w of r.value.warnings) ctx.io.err(w + '\n');
        const logged = await save(l, r.value.plan, out, ctx.msg(`log.action.${action}`), opts, ctx);
        ctx.io.out(r.value.message + '\n' + ctx.msg('ledger.cli.written', { file: out, logged }) + '\n');
      },
    );
  };
  closeOut('submit');
  closeOut('close');
  closeOut('reject');
}
