import { readFileSync } from 'fs';
import { Command } from 'commander';
import {
  CalendarOverride,
  WorkCalendar,
  DEFAULT_SETTINGS,
  deadlineFromText,
  attempt,
  t,
  isMessageKey,
} from '../../engine';
import { parseDateValue } from '../../engine/rules/parseDate';
import { CliContext, CliError } from '../context';

interface DeadlineOptions {
  from?: string;
  limit?: string;
  json?: boolean;
  roll: boolean;
  calendar?: string;
}

/** Reads `date,休|班,note` lines (the same three columns as the _calendar sheet). */
export function readCalendarCsv(file: string, ctx: CliContext): CalendarOverride[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(ctx.msg('cli.readError', { file, reason: (e as Error).message }));
  }
  const rows: CalendarOverride[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [dateText = '', typeText = '', note = ''] = line.split(',').map((c) => c.trim());
    const date = attempt(() => parseDateValue(dateText));
    if (!date.ok) {
      throw new CliError(ctx.msg('calendar.badRow', { row: i + 1, reason: t(ctx.lang, date.code, date.params) }));
    }
    const type = /^(休|off|holiday)$/i.test(typeText) ? 'off' : /^(班|work|workday)$/i.test(typeText) ? 'work' : null;
    if (!type) {
      throw new CliError(
        ctx.msg('calendar.badRow', { row: i + 1, reason: ctx.msg('calendar.badType', { value: typeText }) }),
      );
    }
    rows.push({ date: date.value, type, note: note || undefined });
  });
  return rows;
}

export function registerDeadline(program: Command, ctx: CliContext): void {
  program
    .command('deadline')
    .description(ctx.msg('cli.deadline.description'))
    .option('--from <date>', ctx.msg('cli.opt.from'))
    .option('--limit <text>', ctx.msg('cli.opt.limit'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--no-roll', ctx.msg('cli.opt.noRoll'))
    .option('--calendar <file.csv>', ctx.msg('cli.opt.calendar'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action((opts: DeadlineOptions) => {
      if (!opts.from) throw new CliError(ctx.msg('cli.missingOption', { option: '--from' }));
      if (opts.limit === undefined) throw new CliError(ctx.msg('cli.missingOption', { option: '--limit' }));
      const from = attempt(() => parseDateValue(opts.from));
      if (!from.ok) throw new CliError(ctx.msg(from.code, from.params));
      const calendar = new WorkCalendar(opts.calendar ? readCalendarCsv(opts.calendar, ctx) : []);
      const r = deadlineFromText(from.value, opts.limit, calendar, {
        ...DEFAULT_SETTINGS,
        rollToWorkday: opts.roll,
      });
      if (!r.ok) throw new CliError(isMessageKey(r.code) ? ctx.msg(r.code, r.params) : r.code);
      const d = r.value;
      const warning = d.calendarCovered ? null : ctx.msg('calendar.uncovered', { years: d.uncoveredYears.join(', ') });
      if (opts.json) {
        ctx.io.out(
          JSON.stringify({
            from: from.value,
            limit: opts.limit,
            deadline: d.deadline,
            kind: d.kind,
            counted: d.counted,
            calendarCovered: d.calendarCovered,
            uncoveredYears: d.uncoveredYears,
            rolledFrom: d.rolledFrom,
            warning,
          }) + '\n',
        );
        return;
      }
      ctx.io.out((d.deadline ?? ctx.msg('deadline.none')) + '\n');
      if (d.rolledFrom && d.deadline)
        ctx.io.err(ctx.msg('deadline.rolled', { from: d.rolledFrom, to: d.deadline }) + '\n');
      if (warning) ctx.io.err(`${ctx.msg('cli.flag.uncovered')}: ${warning}\n`);
    });
}
