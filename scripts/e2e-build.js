/**
 * The production add-in as the browser tests need it, built once per mode and reused: `webpack --env e2e` (the
 * production pane and ribbon, lightly minified — webpack.config.js says why —, plus the fake host bundle) into
 * test-output/e2e-addin, and with `--env localOffice` (Office.js from the add-in's own origin) into
 * test-output/e2e-addin-local. A build is reused while it is newer than everything it is built from (`npm test`
 * runs the suite twice, in two time zones); whoever builds a mode holds its lock directory, and a test file that
 * needs the mode meanwhile waits for it.
 *
 * The two modes emit the same scripts (only the pages' office.js reference, their CSP and the office-js/ copy
 * differ), and the two builds share webpack's persistent cache (webpack.config.js): the second build reuses the
 * first one's modules and emitted scripts and takes seconds, not another minute.
 *
 * `node scripts/e2e-build.js` builds both modes. `npm test` (scripts/run-tests.js) takes both locks at its start and
 * runs this in the background (`--locked`) while the command line is built and the first test files run, so no test
 * file builds the pane itself and none waits for a whole build on a worker.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { stampIsFresh } = require('./bundle-size.js');

const root = path.resolve(__dirname, '..');
const MODES = ['cdn', 'local'];
const INPUTS = [
  'src',
  'assets',
  'test/fakeExcel',
  'webpack.config.js',
  'manifest.xml',
  'package.json',
  'package-lock.json',
];
/** A lock without its holder's process id and older than this was left by a run that was killed. */
const STALE_MS = 600_000;
/** How long a test file waits for another process's build: a loaded machine has taken 8 minutes for one. */
const WAIT_MS = 1_800_000;

function buildDir(mode) {
  return path.join(root, 'test-output', mode === 'local' ? 'e2e-addin-local' : 'e2e-addin');
}

const stampOf = (mode) => path.join(buildDir(mode), '.built');
const lockOf = (mode) => `${buildDir(mode)}.lock`;
const isFresh = (mode) => stampIsFresh(stampOf(mode), INPUTS);

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** True when the lock was taken; false when someone else holds it. */
function tryLock(mode, pid = process.pid) {
  const lock = lockOf(mode);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  try {
    fs.mkdirSync(lock);
  } catch {
    // Left by a killed run: its holder is gone, or it has no holder and is older than any build.
    let holder = NaN;
    try {
      holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      /* being written, or an older run's lock without one: judged by age */
    }
    let age = 0;
    try {
      age = Date.now() - fs.statSync(lock).mtimeMs;
    } catch {
      return tryLock(mode, pid); // released meanwhile
    }
    if (holder > 0 ? !alive(holder) : age > STALE_MS) {
      fs.rmSync(lock, { recursive: true, force: true });
      return tryLock(mode, pid);
    }
    return false;
  }
  fs.writeFileSync(path.join(lock, 'pid'), String(pid));
  return true;
}

/** Hands a lock taken by this process to another (the background builder). */
function handLock(mode, pid) {
  try {
    fs.writeFileSync(path.join(lockOf(mode), 'pid'), String(pid));
  } catch {
    /* already released: the builder ended */
  }
}

function unlock(mode) {
  fs.rmSync(lockOf(mode), { recursive: true, force: true });
}

/** Runs webpack for `mode`; the caller holds the lock. */
function runWebpack(mode) {
  const args = [require.resolve('webpack-cli/bin/cli.js'), '--env', 'e2e'];
  if (mode === 'local') args.push('--env', 'localOffice');
  const build = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RL_LOCAL_OFFICE: '' },
    maxBuffer: 64 << 20,
  });
  if (build.status !== 0)
    throw new Error(`webpack ${args.slice(1).join(' ')} failed:\n${build.stdout}\n${build.stderr}`);
  fs.writeFileSync(stampOf(mode), new Date().toISOString());
}

/** Builds the add-in in `mode` unless a fresh build is there (waiting for whoever is building it); its folder. */
function built(mode) {
  const out = buildDir(mode);
  if (isFresh(mode)) return out;
  for (let waited = 0; !tryLock(mode); waited += 500) {
    if (waited > WAIT_MS) throw new Error(`${lockOf(mode)} held for over ${WAIT_MS / 60000} minutes`);
    sleep(500);
  }
  try {
    if (!isFresh(mode)) runWebpack(mode);
    return out;
  } finally {
    unlock(mode);
  }
}

/**
 * For `npm test`: takes the lock of every mode not freshly built and starts a process that builds them, one after
 * the other, releasing each lock when its build is written (or failed: a test that then needs the mode builds it and
 * reports webpack's error). Returns that process, or null when every mode is fresh or being built by another run.
 */
function buildInBackground(logFile) {
  const modes = MODES.filter((m) => !isFresh(m) && tryLock(m));
  if (modes.length === 0) return null;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, [path.join(__dirname, 'e2e-build.js'), '--locked', ...modes], {
    cwd: root,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  for (const m of modes) handLock(m, child.pid);
  return child;
}

module.exports = { MODES, INPUTS, buildDir, built, buildInBackground };

if (require.main === module) {
  const locked = process.argv[2] === '--locked';
  const modes = locked ? process.argv.slice(3) : MODES;
  let failed = false;
  for (const mode of modes) {
    try {
      if (locked) {
        try {
          const t0 = Date.now();
          runWebpack(mode);
          console.log(`${mode}: built in ${Date.now() - t0} ms`);
        } finally {
          unlock(mode);
        }
      } else built(mode);
    } catch (e) {
      console.error(e.message);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
