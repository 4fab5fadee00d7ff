/**
 * The production add-in as the tests need it, built once per mode and reused: `webpack --env e2e` (the production
 * pane and ribbon plus the fake host bundle) into test-output/e2e-addin, and with `--env localOffice` (Office.js
 * from the add-in's own origin) into test-output/e2e-addin-local. A build is reused while it is newer than
 * everything it is built from (`npm test` runs the suite twice, in two time zones); test files that need the
 * same build at the same time wait for each other on a lock directory.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export type OfficeJsMode = 'cdn' | 'local';

export const root = path.resolve(__dirname, '..', '..');

const INPUTS = [
  'src',
  'assets',
  'test/fakeExcel',
  'webpack.config.js',
  'manifest.xml',
  'package.json',
  'package-lock.json',
];

export function buildDir(mode: OfficeJsMode): string {
  return path.join(root, 'test-output', mode === 'local' ? 'e2e-addin-local' : 'e2e-addin');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the add-in in `mode` unless a fresh build is there; returns its folder. */
export function built(mode: OfficeJsMode): string {
  const out = buildDir(mode);
  const stamp = path.join(out, '.built');
  const { stampIsFresh } = require('../../scripts/bundle-size.js') as {
    stampIsFresh(stamp: string, inputs: string[]): boolean;
  };
  if (stampIsFresh(stamp, INPUTS)) return out;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const lock = `${out}.lock`;
  for (let waited = 0; ; waited += 500) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building this mode; a lock older than 10 minutes was left by a killed run.
      if (waited > 600_000 || Date.now() - fs.statSync(lock).mtimeMs > 600_000) fs.rmSync(lock, { recursive: true });
      sleep(500);
    }
  }
  try {
    if (stampIsFresh(stamp, INPUTS)) return out;
    const args = [require.resolve('webpack-cli/bin/cli.js'), '--env', 'e2e'];
    if (mode === 'local') args.push('--env', 'localOffice');
    const build = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, RL_LOCAL_OFFICE: '' },
    });
    if (build.status !== 0)
      throw new Error(`webpack ${args.slice(1).join(' ')} failed:\n${build.stdout}\n${build.stderr}`);
    fs.writeFileSync(stamp, new Date().toISOString());
    return out;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** The <script> elements of a built page, in document order: external (src) or inline (text). */
export function scriptsOf(html: string): { src: string | null; text: string }[] {
  const out: { src: string | null; text: string }[] = [];
  // The production HTML is minified: attribute quotes are optional.
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    out.push({ src: src ? (src[1] ?? src[2] ?? src[3]) : null, text: m[2] });
  }
  return out;
}
