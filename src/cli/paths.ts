/**
 * Where a command's output may land. An output is refused when it is any of
 * the inputs under another name — a link, `./`, `..`, a hard link: the same
 * real file (device and inode), not only the same path text. `--in-place` on a
 * link writes the file the link points to, and says so. A document output
 * (.docx) must be named .docx, so a ledger can never be replaced by a letter
 * through a mistyped `-o`.
 */
import { lstatSync, realpathSync, statSync } from 'fs';
import { extname, resolve } from 'path';
import { type CliContext, CliError } from './context';

/** Whether two paths name the same existing file (links followed), or the same path. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one of them does not exist (a dangling link included): it cannot be the other
  }
}

/** Refuses an output that is one of the inputs, by whatever name. */
export function refuseInputAsOutput(output: string, inputs: readonly string[], ctx: CliContext): void {
  if (inputs.some((input) => sameFile(output, input))) throw new CliError(ctx.msg('xlsx.sameFile'));
}

/** The file `--in-place` writes: the input itself, or the file a link (or a chain of links) points to. */
export function inPlaceTarget(file: string): string {
  const abs = resolve(file);
  try {
    if (lstatSync(abs).isSymbolicLink()) return realpathSync(abs);
  } catch {
    /* missing: reading it reports that, in its own words */
  }
  return abs;
}

/** A document output (.docx): named .docx, and none of the inputs. */
export function documentOutput(output: string, inputs: readonly string[], ctx: CliContext): string {
  const out = resolve(output);
  if (extname(out).toLowerCase() !== '.docx') throw new CliError(ctx.msg('cli.output.notDocx', { file: out }));
  refuseInputAsOutput(out, inputs, ctx);
  return out;
}
