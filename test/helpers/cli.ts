import { run } from '../../src/cli/main';

/** What one command printed and the exit code it ended with. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the command line in-process, as `rectify <args>` would run (src/cli/main.ts `run`), and collects what it
 * prints. A command reports findings through process.exitCode; it is cleared afterwards, or jest would end the test
 * file with the last command's code.
 */
export async function rectify(...args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  try {
    const code = await run(['node', 'rectify', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    process.exitCode = undefined;
  }
}
