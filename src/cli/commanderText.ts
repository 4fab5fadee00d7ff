/**
 * Commander's own words in the user's language: the help's `[options]` and
 * `[command]`, `(default: …)` after an option, and its error messages
 * (unknown option, missing argument…), which it writes in English whatever
 * the rest of the output says. The section titles are main.ts's. Each error
 * is recognised by the fixed text commander 14 writes (lib/command.js), with
 * indexOf, no pattern; one it does not know is shown as commander wrote it.
 */
import type { Argument, Help, HelpConfiguration, Option } from 'commander';
import { listSeparator } from '../engine';
import type { CliContext } from './context';

type Extra = { info: string[] };

/** commander's `choices: …, default: …` in the user's language (values as commander shows them). */
function extraInfo(
  ctx: CliContext,
  item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string; description?: string },
  showDefault: boolean,
): Extra {
  const info: string[] = [];
  if (item.argChoices)
    info.push(ctx.msg('cli.help.choices', { values: item.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  if (item.defaultValue !== undefined && showDefault && !saysItsDefault(item))
    info.push(
      ctx.msg('cli.help.default', { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }),
    );
  return { info };
}

/**
 * No "(default: …)" where it would say nothing: an empty list (an option given any number of times), or a
 * description that already states its default in its own words ("默认 5", "default 5").
 */
function saysItsDefault(item: { defaultValue?: unknown; description?: string }): boolean {
  if (Array.isArray(item.defaultValue) && item.defaultValue.length === 0) return true;
  const d = (item.description ?? '').toLowerCase();
  return d.includes('默认') || d.includes('default');
}

function withExtra(ctx: CliContext, description: string, { info }: Extra): string {
  if (!info.length) return description;
  const extra = ctx.msg('cli.help.extra', { info: info.join(ctx.lang === 'zh' ? '，' : ', ') });
  if (!description) return extra;
  return ctx.lang === 'zh' ? `${description}${extra}` : `${description} ${extra}`;
}

/** What main.ts gives commander's configureHelp, besides the section titles. */
export function helpText(
  ctx: CliContext,
): Pick<
  HelpConfiguration,
  'styleOptionText' | 'styleSubcommandText' | 'styleArgumentText' | 'optionDescription' | 'argumentDescription'
> {
  return {
    // Usage lines and command terms: the words commander adds itself.
    styleOptionText: (str: string) => (str === '[options]' ? ctx.msg('cli.help.optionsWord') : str),
    styleSubcommandText: (str: string) => (str === '[command]' ? ctx.msg('cli.help.commandWord') : str),
    // `help [command]`: commander styles the word as an argument there.
    styleArgumentText: (str: string) => (str === '[command]' ? ctx.msg('cli.help.commandWord') : str),
    optionDescription(this: Help, option: Option): string {
      // As commander decides what to show (lib/help.js), in our words.
      const showDefault =
        option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      const extra = extraInfo(ctx, option, showDefault);
      if (option.presetArg !== undefined && option.optional)
        extra.info.push(ctx.msg('cli.help.preset', { value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) extra.info.push(ctx.msg('cli.help.env', { name: option.envVar }));
      return withExtra(ctx, option.description, extra);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return withExtra(ctx, argument.description, extraInfo(ctx, argument, true));
    },
  };
}

/** The quoted values of a message, in order: `option '-o <x>' argument 'y'` → ['-o <x>', 'y']. */
function quoted(text: string): string[] {
  const out: string[] = [];
  let at = text.indexOf("'");
  while (at >= 0) {
    const end = text.indexOf("'", at + 1);
    if (end < 0) break;
    out.push(text.slice(at + 1, end));
    at = text.indexOf("'", end + 1);
  }
  return out;
}

/** `option '-x'` or `environment variable 'X'` as our words. */
function subject(ctx: CliContext, text: string): string {
  const [value = ''] = quoted(text);
  return text.startsWith('environment variable')
    ? ctx.msg('cli.cmd.envVar', { name: value })
    : ctx.msg('cli.cmd.option', { flags: value });
}

/** Commander's "(Did you mean …?)" line, as ours. */
function suggestion(ctx: CliContext, line: string): string {
  const one = '(Did you mean one of ';
  const sep = listSeparator(ctx.lang);
  if (line.startsWith(one)) {
    const names = line.slice(one.length, -2).split(', ').join(sep);
    return ctx.msg('cli.cmd.didYouMeanOneOf', { names });
  }
  return ctx.msg('cli.cmd.didYouMean', { names: line.slice('(Did you mean '.length, -2) });
}

/** The number after `word` in the text ('Expected 1 argument but got 3.' → 1 for 'Expected '). */
function numberAfter(text: string, word: string): string {
  const at = text.indexOf(word);
  if (at < 0) return '';
  let end = at + word.length;
  while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
  return text.slice(at + word.length, end);
}

function mainMessage(ctx: CliContext, text: string): string | null {
  const q = quoted(text);
  if (text.startsWith('error: missing required argument ')) return ctx.msg('cli.cmd.missingArgument', { name: q[0] });
  if (text.startsWith('error: required option ')) return ctx.msg('cli.cmd.requiredOption', { flags: q[0] });
  if (text.startsWith('error: unknown option ')) return ctx.msg('cli.cmd.unknownOption', { flag: q[0] });
  if (text.startsWith('error: unknown command ')) return ctx.msg('cli.cmd.unknownCommand', { name: q[0] });
  if (text.startsWith('error: option ') && text.endsWith(' argument missing'))
    return ctx.msg('cli.cmd.optionNoValue', { flags: q[0] });
  if (text.startsWith('error: option ') && text.includes(' is invalid.'))
    return (
      ctx.msg('cli.cmd.invalidOptionValue', { flags: q[0], value: q[1] }) +
      text.slice(text.indexOf(' is invalid.') + 12)
    );
  if (text.startsWith('error: command-argument value '))
    return (
      ctx.msg('cli.cmd.invalidArgument', { value: q[0], name: q[1] }) +
      text.slice(text.lastIndexOf(`'${q[1]}'.`) + q[1].length + 3)
    );
  if (text.startsWith('error: too many arguments')) {
    const counts = { expected: numberAfter(text, 'Expected '), received: numberAfter(text, 'but got ') };
    return text.startsWith("error: too many arguments for '")
      ? ctx.msg('cli.cmd.tooManyArgumentsFor', { command: q[0], ...counts })
      : ctx.msg('cli.cmd.tooManyArguments', counts);
  }
  const conflict = text.indexOf(' cannot be used with ');
  if (text.startsWith('error: ') && conflict > 0) {
    const a = subject(ctx, text.slice(7, conflict));
    return ctx.msg('cli.cmd.conflict', { a, b: subject(ctx, text.slice(conflict + 21)) });
  }
  return null;
}

/** A commander error message (ending in a newline) in the user's language; unknown ones as commander wrote them. */
export function commanderError(text: string, ctx: CliContext): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const main = mainMessage(ctx, lines[0]);
  if (main === null) return text;
  const rest = lines.slice(1).map((l) => (l.startsWith('(Did you mean ') && l.endsWith('?)') ? suggestion(ctx, l) : l));
  return [main, ...rest].join('\n') + '\n';
}
