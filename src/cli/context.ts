/**
 * What every `rectify` sub-command shares: the language, output streams and
 * the exit-code convention (0 ok, 1 findings, 2 bad input or unreadable file).
 */
import { userInfo } from 'os';
import { IsoDate, Lang, MessageParams, attempt } from '../engine';
import { localToday } from '../engine/rules/clock';
import { parseDateValue } from '../engine/rules/parseDate';
import { type CliKey, tc } from '../i18n/cli';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
/** Something we did not foresee (a defect): said in one sentence, not a stack trace. */
export const EXIT_INTERNAL = 70;

/** A failure the user can fix; printed as one line, exit code 2 unless told otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface CliContext {
  lang: Lang;
  io: CliIO;
  msg: (key: CliKey, params?: MessageParams) => string;
}

export function makeContext(lang: Lang, io: CliIO): CliContext {
  return { lang, io, msg: (key, params) => tc(lang, key, params) };
}

/** Who is running the command, for _log: the OS user. */
export function osUser(): string {
  try {
    return userInfo().username || process.env.USER || 'rectify';
  } catch {
    return process.env.USER || process.env.USERNAME || 'rectify';
  }
}

/** `--today D`: the as-of date; the user's local date when absent. */
export function parseTodayOption(text: string | undefined, ctx: CliContext): IsoDate {
  if (!text) return localToday();
  const r = attempt(() => parseDateValue(text));
  if (!r.ok) throw new CliError(ctx.msg('cli.badToday', { reason: ctx.msg(r.code, r.params) }));
  return r.value;
}

/** A date option such as `--date`: undefined when absent, a clear error naming the option when unreadable. */
export function parseDateOption(name: string, text: string | undefined, ctx: CliContext): IsoDate | undefined {
  if (text === undefined) return undefined;
  const r = attempt(() => parseDateValue(text));
  if (!r.ok) throw new CliError(`${name}: ${ctx.msg(r.code, r.params)}`);
  return r.value;
}
