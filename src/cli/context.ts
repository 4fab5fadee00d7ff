/**
 * What every `rectify` sub-command shares: the language, output streams and
 * the exit-code convention (0 ok, 1 findings, 2 bad input or unreadable file).
 */
import { Lang, MessageKey, MessageParams, t } from '../engine';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

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
  msg: (key: MessageKey, params?: MessageParams) => string;
}

export function makeContext(lang: Lang, io: CliIO): CliContext {
  return { lang, io, msg: (key, params) => t(lang, key, params) };
}
