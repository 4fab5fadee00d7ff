/**
 * `rectify` — the command-line surface: the same engine as the add-in, on
 * .xlsx files. Each sub-command is a thin shell: parse options, run an engine
 * command on the file (cli/run.ts), print.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { Command, CommanderError } from 'commander';
import { Lang, parseLang } from '../engine';
import { type CliKey, tc } from '../i18n/cli';
import { CliContext, CliError, CliIO, EXIT_BAD_INPUT, EXIT_INTERNAL, makeContext, processIO } from './context';
import { registerCommands } from './commands';
import { commanderError, helpText } from './commanderText';
import { fileErrorMessage, isFileError } from './target';

/** The package version, found by walking up from this file (the same code runs from src/ and dist/node/). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

/** The language is needed before commander builds the help text, so it is read from argv first. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang | 'invalid' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value !== undefined) return parseLang(value) ?? 'invalid';
  }
  return parseLang(env.RECTIFY_LANG) ?? 'zh';
}

const HELP_TITLES: Record<string, CliKey> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

/** Commander writes its section titles in English; we show them in the user's language. */
function localizeHelpTitle(title: string, ctx: CliContext): string {
  const key = HELP_TITLES[title];
  return key ? ctx.msg(key) : title;
}

export function buildProgram(lang: Lang, io: CliIO): Command {
  const ctx = makeContext(lang, io);
  const program = new Command('rectify');
  program
    .description(ctx.msg('cli.description'))
    .version(packageVersion(), '-V, --version', ctx.msg('cli.help.version'))
    .helpOption('-h, --help', ctx.msg('cli.help.help'))
    .helpCommand('help [command]', ctx.msg('cli.help.help'))
    .configureHelp({ styleTitle: (title) => localizeHelpTitle(title, ctx), ...helpText(ctx) })
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .addHelpText('after', '\n' + ctx.msg('cli.helpFooter'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (str, write) => write(commanderError(str, ctx)),
    });
  registerCommands(program, ctx);
  return program;
}

/** `rectify import` for `rectify import --bogus x`: the program and the sub-commands named, for the help hint. */
function commandPath(program: Command, args: readonly string[]): string {
  const words = ['rectify'];
  let cmd = program;
  for (const a of args) {
    const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    words.push(sub.name());
    cmd = sub;
  }
  return words.join(' ');
}

/** Runs the CLI and resolves to the exit code (never calls process.exit, so tests can call it). */
export async function run(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const detected = langFromArgv(argv.slice(2));
  if (detected === 'invalid') {
    io.err(
      tc('zh', 'cli.badLang', { value: argv[argv.indexOf('--lang') + 1] ?? '' }) +
        ' / ' +
        tc('en', 'cli.badLang', { value: argv[argv.indexOf('--lang') + 1] ?? '' }) +
        '\n',
    );
    return EXIT_BAD_INPUT;
  }
  const program = buildProgram(detected, io);
  // Commands report findings through process.exitCode; start each run from a clean slate.
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message + '\n');
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors get 2 like any bad input, and say where the help is.
      if (e.exitCode === 0) return 0;
      if (e.code !== 'commander.help' && e.code !== 'commander.helpDisplayed')
        io.err(tc(detected, 'cli.cmd.seeHelp', { command: commandPath(program, argv.slice(2)) }) + '\n');
      return EXIT_BAD_INPUT;
    }
    // A file or folder the system refused (a report's .docx, the letters' folder…): what and where, not a defect.
    if (isFileError(e)) {
      io.err(fileErrorMessage(e, makeContext(detected, io)) + '\n');
      return EXIT_BAD_INPUT;
    }
    // A defect: one sentence in the user's language (files are written atomically, so nothing was half-written);
    // RECTIFY_DEBUG=1 shows the stack for whoever fixes it.
    const message = e instanceof Error ? e.message : String(e);
    io.err(tc(detected, 'cli.internalError', { message }) + '\n');
    if (process.env.RECTIFY_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return EXIT_INTERNAL;
  }
}
