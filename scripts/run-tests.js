#!/usr/bin/env node
/**
 * The README's test command (`npm test`): builds the command line, makes sure
 * the Debian packages the end-to-end tests use are there, then runs the whole
 * jest suite twice — under TZ=America/Los_Angeles and TZ=Asia/Shanghai, since
 * a deadline must not depend on the machine's time zone — and ends with one
 * line "N passed, N failed" summed over both runs.
 *
 * The second run (whole suite only) also measures coverage of src/engine and
 * fails under jest.config.js's threshold (90 % of lines); once is enough, the
 * code is the same in both zones. A coverage shortfall counts as one failure
 * in the summary line, so the line never says "0 failed" for a failing run.
 *
 * Extra arguments go to jest (e.g. `npm test -- test/engine`).
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const extra = process.argv.slice(2);
const outDir = path.join(root, 'test-output');
fs.mkdirSync(outDir, { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

if (run('npm', ['run', '--silent', 'build:cli']) !== 0) {
  console.error('build:cli failed');
  process.exit(1);
}
if (run('bash', [path.join(__dirname, 'ensure-system-deps.sh')]) !== 0) process.exit(1);

const zones = ['America/Los_Angeles', 'Asia/Shanghai'];
let passed = 0;
let failed = 0;
let exit = 0;
const coverage = extra.length === 0 ? ['--coverage', '--coverageReporters=text-summary'] : [];
zones.forEach((tz, i) => {
  const outputFile = path.join(outDir, `jest-${tz.replace('/', '_')}.json`);
  fs.rmSync(outputFile, { force: true });
  const withCoverage = i === zones.length - 1 ? coverage : [];
  console.log(`\n=== jest, TZ=${tz}${withCoverage.length ? ', coverage of src/engine' : ''} ===`);
  const code = run(
    process.execPath,
    // --forceExit: once every result is written, jest ends even if a test left a handle open. One run on
    // 2026-12-07 (a fresh clone, TZ=Asia/Shanghai, coverage) finished all 1,035 tests, wrote its results and then
    // waited idle for ever on such a handle (no socket, file or child: a timer); CI would hang to its limit.
    [
      require.resolve('jest/bin/jest'),
      '--json',
      `--outputFile=${outputFile}`,
      '--forceExit',
      ...withCoverage,
      ...extra,
    ],
    { TZ: tz },
  );
  if (code !== 0) exit = 1;
  if (fs.existsSync(outputFile)) {
    const results = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
    passed += results.numPassedTests;
    const f = results.numFailedTests + results.numRuntimeErrorTestSuites;
    failed += f;
    // Every test passed but jest still failed: the coverage threshold (jest printed which).
    if (code !== 0 && f === 0) {
      console.error('jest failed although every test passed: coverage of src/engine is under the threshold');
      failed += 1;
    }
  } else {
    failed += 1;
  }
});
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exit || (failed > 0 ? 1 : 0));
