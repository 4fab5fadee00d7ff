#!/usr/bin/env node
/**
 * The README's test command (`npm test`): makes sure the Debian packages the
 * end-to-end tests use are there, builds the command line (unless fresh) and,
 * in the background, the add-in for the browser tests, then runs jest once: the
 * whole suite in Asia/Shanghai (the users' zone) and, since a deadline must not
 * depend on the machine's zone, the files tagged `@timezone` — those whose
 * results can depend on the zone (scripts/testTags.js; test/suiteTags.test.ts
 * fails for a file that reads local time without the tag) — again in
 * America/Los_Angeles, as projects of jest.config.js side by side in the same
 * workers (each project's environment sets the zone, test/setup/env). Ends
 * with one line "N passed, N failed".
 *
 * The whole run (no extra arguments) also measures coverage of src/engine and
 * fails under jest.config.js's threshold (90 % of lines). A coverage shortfall
 * counts as one failure in the summary line, so the line never says "0 failed"
 * for a failing run.
 *
 * Jest's default on this 2-core machine is one worker, in band; two workers
 * take both cores (docs/PERFORMANCE.md, "The test suite").
 *
 * Extra arguments go to jest (e.g. `npm test -- test/engine`; the second zone
 * then runs the tagged files among them).
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

if (run('bash', [path.join(__dirname, 'ensure-system-deps.sh')]) !== 0) process.exit(1);
// The whole suite: the browser tests' add-in builds (both Office.js modes, scripts/e2e-build.js) start now, in the
// background, beside the command line's build and the first test files; a test file that needs one waits for it.
const addinBuild =
  extra.length === 0 ? require('./e2e-build.js').buildInBackground(path.join(outDir, 'e2e-build.log')) : null;
// The command line (dist/node, which tests run as bin/rectify.js) is rebuilt unless it is newer than everything it
// is built from: `npm ci` has just built it (the `prepare` script), and a second build is 13 s of CPU for nothing.
const { stampIsFresh } = require('./bundle-size.js');
const cliInputs = [
  'src',
  'tsconfig.json',
  'tsconfig.cli.json',
  'package.json',
  'package-lock.json',
  'scripts/bundle-cli.js',
  'scripts/code-cache.js',
  'bin/load-bundle.js',
];
if (
  !stampIsFresh(path.join(root, 'dist', 'node', '.built'), cliInputs) &&
  run('npm', ['run', '--silent', 'build:cli']) !== 0
) {
  console.error('build:cli failed');
  process.exit(1);
}

const coverage = extra.length === 0 ? ['--coverage', '--coverageReporters=text-summary'] : [];
const workers = Math.max(2, require('os').availableParallelism());
let passed = 0;
let failed = 0;
let exit = 0;
// Named by this process, so two runs side by side (the load test in docs/PERFORMANCE.md) count their own.
const outputFile = path.join(outDir, `jest-${process.pid}.json`);
fs.rmSync(outputFile, { force: true });
console.log(
  `\n=== jest: the whole suite in Asia/Shanghai${coverage.length ? ' (coverage of src/engine)' : ''}, ` +
    'the files tagged @timezone in America/Los_Angeles ===',
);
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
    `--maxWorkers=${workers}`,
    ...coverage,
    ...extra,
  ],
  // The users' zone for jest.config.js (its first projects); each project's environment sets its own.
  { TZ: 'Asia/Shanghai' },
);
if (code !== 0) exit = 1;
if (fs.existsSync(outputFile)) {
  const results = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  passed += results.numPassedTests;
  // A file can fail with no test failing: it did not run, or a check after its tests threw
  // (test/setup/excelApiGuard.ts); each such file counts once.
  const fileOnly = results.testResults.filter(
    (r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  const f = results.numFailedTests + fileOnly;
  failed += f;
  // Every test passed but jest still failed: the coverage threshold (jest printed which).
  if (code !== 0 && f === 0) {
    console.error('jest failed although every test passed: coverage of src/engine is under the threshold');
    failed += 1;
  }
  // Kept under its usual name for a look at per-file times (the last of two side-by-side runs wins).
  fs.renameSync(outputFile, path.join(outDir, 'jest.json'));
} else {
  failed += 1;
}
// Every browser test waited for the add-in builds; were none of them to run, the builder is not left behind.
if (addinBuild && addinBuild.exitCode === null && addinBuild.signalCode === null) addinBuild.kill();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exit || (failed > 0 ? 1 : 0));
