/**
 * `rectify calendar notice <FILE|->`: the State Council's annual holiday
 * notice (《国务院办公厅关于YYYY年部分节假日安排的通知》) read from a .txt,
 * .html or .docx file or standard input (cli/noticeText.ts), parsed by the
 * engine (src/engine/calendarNotice), and either shown — the days grouped by
 * holiday, or one line of JSON — or, with --into, written into a ledger's
 * `_calendar` sheet through the command runner like `refresh` (-o, or
 * --in-place after a backup), with the deadlines that move listed.
 *
 * Exit codes: 0 done (also when the ledger already had every day); 1 the
 * ledger's `_calendar` has rows of the year that differ from the notice and
 * --replace was not given (nothing written); 2 an unreadable file, no notice
 * in it, or a notice with errors (nothing written).
 */
import type { Command } from 'commander';
import {
  type Command as EngineCommand,
  type CalendarRowDiff,
  type IsoDate,
  type MovedDeadline,
  type NoticeWriteResult,
  type ParsedNotice,
  addDays,
  calendarNoticeCommand,
  listSeparator,
  noticeIssueText,
  noticeJson,
  parseNotice,
} from '../../engine';
import { type CliContext, CliError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from '../context';
import { readNoticeText } from '../noticeText';
import { type RunOptions, outputOf, runOnFile, toCliError } from '../run';

export interface CalendarNoticeOptions extends RunOptions {
  json?: boolean;
  into?: string;
  replace?: boolean;
}

export async function runCalendarNotice(file: string, opts: CalendarNoticeOptions, ctx: CliContext): Promise<number> {
  checkOptions(opts, ctx);
  const output = opts.into ? outputOf(opts.into, opts, ctx) : null;
  const { text } = await readNoticeText(file, ctx);
  let notice: ParsedNotice;
  try {
    notice = parseNotice(text);
  } catch (e) {
    throw toCliError(e, ctx);
  }
  if (opts.into && output) return writeInto(notice, opts.into, output, opts, ctx);
  return show(notice, opts, ctx);
}

/** -o, --in-place, --replace, --today and --progress only mean something with --into; --json only without. */
function checkOptions(opts: CalendarNoticeOptions, ctx: CliContext): void {
  if (opts.into) {
    if (opts.json) throw new CliError(ctx.msg('cli.calendar.jsonWithInto'));
    return;
  }
  const given: [boolean, string][] = [
    [opts.output !== undefined, '-o'],
    [!!opts.inPlace, '--in-place'],
    [!!opts.replace, '--replace'],
    [opts.today !== undefined, '--today'],
    [!!opts.progress, '--progress'],
  ];
  const option = given.find(([on]) => on)?.[1];
  if (option) throw new CliError(ctx.msg('cli.calendar.needsInto', { option }));
}

// ---- looking at a notice

function show(notice: ParsedNotice, opts: CalendarNoticeOptions, ctx: CliContext): number {
  const errors = notice.errors.map((e) => noticeIssueText(ctx.lang, e));
  if (opts.json) {
    const json = noticeJson(notice, ctx.lang);
    ctx.io.out(JSON.stringify(errors.length ? { ...json, errors } : json) + '\n');
  } else {
    ctx.io.out(noticeLines(notice, ctx).join('\n') + '\n');
  }
  if (errors.length === 0) return EXIT_OK;
  for (const e of errors) ctx.io.err(ctx.msg('cli.calendar.error', { text: e }) + '\n');
  ctx.io.err(ctx.msg('cli.calendar.errors', { n: errors.length }) + '\n');
  return EXIT_BAD_INPUT;
}

/** The heading, one line per holiday (its days off as ranges, then its working days), the totals, the warnings. */
export function noticeLines(notice: ParsedNotice, ctx: CliContext): string[] {
  const doc = notice.docNumber;
  const lines = [
    ctx.msg(doc ? 'cli.calendar.headingDoc' : 'cli.calendar.heading', { year: notice.year, doc: doc ?? '' }),
  ];
  if (notice.adjustment) lines.push(ctx.msg('cli.calendar.adjustment'));
  const sep = listSeparator(ctx.lang);
  for (const [holiday, days] of byHoliday(notice)) {
    const parts: string[] = [];
    if (days.off.length) {
      const dates = runsOf(days.off).map(([from, to]) =>
        from === to ? from : ctx.msg('cli.calendar.range', { from, to }),
      );
      parts.push(ctx.msg('cli.calendar.off', { dates: dates.join(sep), n: days.off.length }));
    }
    if (days.work.length) parts.push(ctx.msg('cli.calendar.work', { dates: [...days.work].sort().join(sep) }));
    lines.push(`${holiday}  ${parts.join(ctx.msg('cli.calendar.partSep'))}`);
  }
  const off = notice.days.filter((d) => d.type === '休').length;
  lines.push(ctx.msg('cli.calendar.total', { off, work: notice.days.length - off }));
  for (const w of notice.warnings) lines.push(ctx.msg('cli.calendar.warning', { text: noticeIssueText(ctx.lang, w) }));
  return lines;
}

/** The notice's days by holiday, in the order the holidays first appear. */
function byHoliday(notice: ParsedNotice): Map<string, { off: IsoDate[]; work: IsoDate[] }> {
  const groups = new Map<string, { off: IsoDate[]; work: IsoDate[] }>();
  for (const d of notice.days) {
    let g = groups.get(d.holiday);
    if (!g) groups.set(d.holiday, (g = { off: [], work: [] }));
    (d.type === '休' ? g.off : g.work).push(d.date);
  }
  return groups;
}

/** Dates as runs of consecutive days: [first, last] each. */
function runsOf(dates: IsoDate[]): [IsoDate, IsoDate][] {
  const runs: [IsoDate, IsoDate][] = [];
  for (const d of [...new Set(dates)].sort()) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

// ---- writing it into a ledger

/** Thrown out of the plan when the notice needs --replace, so that nothing at all is written (not even -o's copy). */
class NeedsReplace {
  constructor(readonly result: NoticeWriteResult) {}
}

function stopOnNeedsReplace(command: EngineCommand<NoticeWriteResult>): EngineCommand<NoticeWriteResult> {
  return {
    ...command,
    plan: (snapshot, env) => {
      const planned = command.plan(snapshot, env);
      if (planned.result.needsReplace) throw new NeedsReplace(planned.result);
      return planned;
    },
  };
}

async function writeInto(
  notice: ParsedNotice,
  ledger: string,
  output: string,
  opts: CalendarNoticeOptions,
  ctx: CliContext,
): Promise<number> {
  for (const w of notice.warnings)
    ctx.io.out(ctx.msg('cli.calendar.warning', { text: noticeIssueText(ctx.lang, w) }) + '\n');
  if (notice.errors.length) {
    for (const e of notice.errors)
      ctx.io.err(ctx.msg('cli.calendar.error', { text: noticeIssueText(ctx.lang, e) }) + '\n');
    ctx.io.err(ctx.msg('notice.hasErrors', { n: notice.errors.length }) + '\n');
    return EXIT_BAD_INPUT;
  }
  const command = stopOnNeedsReplace(calendarNoticeCommand(notice, { replace: !!opts.replace }));
  const r = await runOnFile(ctx, { input: ledger, output, command, opts }).catch((e: unknown) => {
    if (e instanceof NeedsReplace) return e;
    throw e;
  });
  if (r instanceof NeedsReplace) {
    ctx.io.out(differences(r.result, ctx).join('\n') + '\n');
    ctx.io.err(ctx.msg('notice.needsReplace', { year: r.result.year }) + '\n');
    return EXIT_FINDINGS;
  }
  const result = r.result;
  if (!r.applied) {
    const nothing = opts.inPlace
      ? ctx.msg('cli.calendar.nothing', { file: ledger, same: result.same })
      : ctx.msg('cli.calendar.nothingCopied', { ledger, file: opts.output ?? '', same: result.same });
    ctx.io.out(nothing + '\n');
    return EXIT_OK;
  }
  const file = opts.inPlace ? ledger : (opts.output as string);
  const lines = [
    ctx.msg('cli.calendar.written', {
      file,
      year: result.year,
      added: result.added.length,
      same: result.same,
      logged: r.logged,
    }),
  ];
  if (opts.replace && (result.changed.length || result.extra.length)) {
    lines.push(ctx.msg('cli.calendar.replaced'), ...differences(result, ctx, true));
  } else if (result.extra.length) {
    // Rows of the year the notice does not set stay (a local holiday); --replace would empty them.
    lines.push(...differences(result, ctx));
  }
  lines.push(...movedLines(result.moved, ctx));
  lines.push(
    result.uncovered.length
      ? ctx.msg('cli.calendar.uncovered', { years: result.uncovered.join(listSeparator(ctx.lang)) })
      : ctx.msg('cli.calendar.covered'),
  );
  ctx.io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

/** The rows of `_calendar` the notice contradicts (date, type old → new) and those of its year it does not set. */
function differences(result: NoticeWriteResult, ctx: CliContext, replaced = false): string[] {
  const note = (d: CalendarRowDiff) => (d.note ? ctx.msg('cli.calendar.note', { note: d.note }) : '');
  const lines: string[] = [];
  if (result.changed.length) {
    lines.push(ctx.msg('cli.calendar.changedTitle'));
    for (const d of result.changed)
      lines.push(
        ctx.msg('cli.calendar.changedRow', { row: d.row, date: d.date, type: d.type, to: d.to ?? '', note: note(d) }),
      );
  }
  if (result.extra.length) {
    lines.push(ctx.msg(replaced ? 'cli.calendar.extraTitleEmptied' : 'cli.calendar.extraTitle', { year: result.year }));
    for (const d of result.extra)
      lines.push(ctx.msg('cli.calendar.extraRow', { row: d.row, date: d.date, type: d.type, note: note(d) }));
  }
  return lines;
}

/** `sheet 第N行（cell，column，id）：old → new`, one per moved deadline. */
function movedLines(moved: MovedDeadline[], ctx: CliContext): string[] {
  if (moved.length === 0) return [ctx.msg('cli.calendar.noneMoved')];
  const sep = ctx.lang === 'zh' ? '，' : ', ';
  const none = ctx.msg('cli.calendar.noDate');
  return [
    ctx.msg('cli.calendar.movedTitle', { n: moved.length }),
    ...moved.map((m) =>
      ctx.msg('cli.calendar.moved', {
        sheet: m.sheet,
        row: m.row,
        where: [m.cell, m.column, m.id].filter(Boolean).join(sep),
        old: m.old ?? none,
        new: m.new ?? none,
      }),
    ),
  ];
}

export function registerCalendar(program: Command, ctx: CliContext): void {
  const calendar = program.command('calendar').description(ctx.msg('cli.calendar.description'));
  calendar
    .command('notice')
    .description(ctx.msg('cli.calendar.notice.description'))
    .argument('<file|->', ctx.msg('cli.calendar.arg.file'))
    .option('--json', ctx.msg('cli.calendar.opt.json'))
    .option('--into <ledger.xlsx>', ctx.msg('cli.calendar.opt.into'))
    .option('-o, --output <out.xlsx>', ctx.msg('cli.calendar.opt.output'))
    .option('--in-place', ctx.msg('cli.calendar.opt.inPlace'))
    .option('--replace', ctx.msg('cli.calendar.opt.replace'))
    .option('--today <date>', ctx.msg('cli.calendar.opt.today'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .option('--progress', ctx.msg('cli.calendar.opt.progress'))
    .addHelpText('after', ctx.msg('cli.calendar.helpAfter'))
    .action(async (file: string, opts: CalendarNoticeOptions) => {
      process.exitCode = await runCalendarNotice(file, opts, ctx);
    });
}
