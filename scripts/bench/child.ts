/**
 * Running a command of the bench in a fresh node: its wall time and its peak
 * memory (maxRSS of the child, written at exit by a preload), and a load that
 * keeps every core busy while a case runs.
 */
import { type ChildProcess, spawn, spawnSync } from 'child_process';
import { readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';

/** A preload that writes the process's peak resident memory (MB) to $BENCH_RSS_FILE when it ends. */
const RSS_PRELOAD = `
process.on('exit', () => {
  const f = process.env.BENCH_RSS_FILE;
  if (f) require('fs').writeFileSync(f, String(Math.round(process.resourceUsage().maxRSS / 1024)));
});
`;

export interface Measured {
  ms: number;
  /** Peak resident memory of the child, MB. */
  mb: number;
}

/** Runs `node <args>` in `root`; returns its time and peak memory. Exit 0 or 1 (findings, notices) is a run. */
export function measured(root: string, dir: string, args: string[]): Measured {
  const preload = join(dir, 'rss.js');
  writeFileSync(preload, RSS_PRELOAD);
  const rssFile = join(dir, 'rss.txt');
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', preload, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', BENCH_RSS_FILE: rssFile },
    maxBuffer: 64 << 20,
  });
  const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, mb: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * A busy machine, as CI machines are: one process per core, each spinning, for as long as `run` takes.
 * The spinners are ended when `run` returns or throws, and if the bench itself ends first.
 */
export async function underLoad<T>(run: () => Promise<T>): Promise<{ result: T; spinners: number }> {
  const n = Math.max(1, cpus().length);
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.on('exit', stop);
  try {
    for (let i = 0; i < n; i++) children.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    return { result: await run(), spinners: n };
  } finally {
    stop();
    process.off('exit', stop);
  }
}
