/**
 * One jest run, several projects (one worker runs files of any of them):
 *
 *   newest ExcelApi           every test, at the newest ExcelApi the fake Excel host models, in the users' zone
 *                             (Asia/Shanghai), coverage of src/engine counted;
 *   newest ExcelApi, uncounted  the files tagged `@uninstrumented`: the same, without coverage counters;
 *   ExcelApi <minimum>        the add-in suites whose outcome depends on the level, again at the minimum the
 *                             manifest declares (<Set Name="ExcelApi" MinVersion="…"/>), so what an older Excel
 *                             lacks is tested where it matters (test/fakeExcel/api.ts reads the level from the
 *                             FAKE_EXCEL_API global);
 *   … America/Los_Angeles     the files tagged `@timezone` again in another zone (both levels where also tagged
 *                             `@excelApiMinimum`): a deadline must not move with the zone.
 *
 * Which suites: those tagged in their first comment (scripts/testTags.js). The newest project checks the
 * `@excelApiMinimum` tags: a file that, on a host at the default level, uses a member or asks `isSetSupported` for a
 * version above the minimum, and is untagged, fails there (test/setup/excelApiGuard.ts). A suite that never does
 * behaves the same at both levels, so running it twice would only repeat it. test/suiteTags.test.ts checks the
 * `@timezone` tags.
 *
 * The zone is set by each project's test environment (test/setup/env: the worker's TZ, before the file's sandbox is
 * made). The users' zone is Asia/Shanghai, or TZ when the caller sets one (a check in a third zone).
 */
const { readFileSync } = require('fs');
const { join } = require('path');
const { hasTag, testFiles } = require('./scripts/testTags');

const manifest = readFileSync(join(__dirname, 'manifest.xml'), 'utf8');
const minimum = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(manifest)?.[1];
if (!minimum) throw new Error('manifest.xml declares no ExcelApi minimum');

const files = [join(__dirname, 'test'), join(__dirname, 'src')].flatMap(testFiles);
const tagged = (tag) => files.filter((f) => hasTag(f, tag));
// Absolute paths are globs that match only themselves; none → a pattern nothing matches.
const only = (list) => (list.length ? list : ['<rootDir>/none-tagged/*.test.ts']);
const usersZone = process.env.TZ || 'Asia/Shanghai';
// The zone the workers start in (they inherit this process's environment): a file in jest's own environment, which
// sets no zone, runs in the users' zone too (test/setup/env/zoned.js gives each worker this zone back after a file).
process.env.TZ = usersZone;
const otherZone = 'America/Los_Angeles';

const project = (name, timeZone, testMatch, more) => ({
  displayName: name,
  testEnvironment: '<rootDir>/test/setup/env/node.js',
  testEnvironmentOptions: { timeZone },
  // src: a capability folder keeps its tests beside its code (src/engine/calendarNotice).
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch,
  transform: {
    // Transpile only, file by file (tsconfig.json has isolatedModules): types are checked by `npm run typecheck`.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  ...more,
});
const newest = {
  globals: { MANIFEST_EXCEL_API: minimum },
  setupFilesAfterEnv: ['<rootDir>/test/setup/paneWaits.ts', '<rootDir>/test/setup/excelApiGuard.ts'],
};
const atMinimum = { globals: { FAKE_EXCEL_API: minimum }, setupFilesAfterEnv: ['<rootDir>/test/setup/paneWaits.ts'] };
// Coverage is of src/engine, counted once, in the users' zone at the newest level. Not instrumented: the minimum
// project (src/engine does not know the ExcelApi level; the adapter, src/excel, degrades: these files reach the same
// engine lines in the newest project), the second zone (the same files in the first), and the files tagged
// `@uninstrumented` — the engine at scale, whose lines smaller tests reach and where Babel's counters cost most
// (docs/PERFORMANCE.md, "The test suite").
const uncounted = { coveragePathIgnorePatterns: ['.'] };
const both = (tag) => tagged('timezone').filter((f) => hasTag(f, tag));

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    project('newest ExcelApi', usersZone, ['**/*.test.ts', '**/*.test.tsx'], {
      ...newest,
      testPathIgnorePatterns: ['/node_modules/', ...tagged('uninstrumented')],
    }),
    project('newest ExcelApi, uninstrumented', usersZone, only(tagged('uninstrumented')), { ...newest, ...uncounted }),
    project(`ExcelApi ${minimum} (manifest minimum)`, usersZone, only(tagged('excelApiMinimum')), {
      ...atMinimum,
      ...uncounted,
    }),
    project(`newest ExcelApi, ${otherZone}`, otherZone, only(tagged('timezone')), { ...newest, ...uncounted }),
    project(`ExcelApi ${minimum}, ${otherZone}`, otherZone, only(both('excelApiMinimum')), {
      ...atMinimum,
      ...uncounted,
    }),
  ],
  // Files tagged `@uninstrumented` first when jest knows no durations yet (a fresh clone).
  testSequencer: '<rootDir>/test/setup/sequencer.js',
  collectCoverageFrom: ['src/engine/**/*.ts', '!src/**/*.test.ts'],
  // Babel's (the default), not V8's: V8's counts every script of the process, React, Fluent UI and jsdom included,
  // and a pane test ran 4-5 times slower under it and failed its waits (NoticePaste); Babel instruments only the
  // files measured, src/engine (docs/PERFORMANCE.md, "The test suite").
  coverageProvider: 'babel',
  coverageThreshold: { 'src/engine/': { lines: 90 } },
  // Wall time, so only a stop for a test that hangs: a pane test of 5 s of work ran past 60 s at a load average of
  // 17-31 on the 2 cores (NoticePaste, docs/PERFORMANCE.md). The pane's waits give up sooner (test/setup/paneWaits.ts).
  testTimeout: 180000,
};
