/**
 * Two projects: every test at the newest ExcelApi the fake Excel host models,
 * and the add-in suites whose outcome depends on the level again at the
 * minimum the manifest declares (<Set Name="ExcelApi" MinVersion="…"/>), so
 * what an older Excel lacks is tested where it matters (test/fakeExcel/api.ts
 * reads the level from the FAKE_EXCEL_API global).
 *
 * Which suites: those tagged `@excelApiMinimum` in their first comment
 * (scripts/testTags.js). The newest project checks the tags: a file that, on a
 * host at the default level, uses a member or asks `isSetSupported` for a
 * version above the minimum, and is untagged, fails there
 * (test/setup/excelApiGuard.ts). A suite that never does behaves the same at
 * both levels, so running it twice would only repeat it.
 */
const { readFileSync } = require('fs');
const { join } = require('path');
const { hasTag, testFiles } = require('./scripts/testTags');

const manifest = readFileSync(join(__dirname, 'manifest.xml'), 'utf8');
const minimum = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(manifest)?.[1];
if (!minimum) throw new Error('manifest.xml declares no ExcelApi minimum');

const atMinimum = [join(__dirname, 'test'), join(__dirname, 'src')]
  .flatMap(testFiles)
  .filter((f) => hasTag(f, 'excelApiMinimum'));

const project = {
  testEnvironment: 'node',
  // src: a capability folder keeps its tests beside its code (src/engine/calendarNotice).
  roots: ['<rootDir>/test', '<rootDir>/src'],
  transform: {
    // Transpile only, file by file (tsconfig.json has isolatedModules): types are checked by `npm run typecheck`.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...project,
      displayName: 'newest ExcelApi',
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      globals: { MANIFEST_EXCEL_API: minimum },
      setupFilesAfterEnv: ['<rootDir>/test/setup/paneWaits.ts', '<rootDir>/test/setup/excelApiGuard.ts'],
    },
    {
      ...project,
      displayName: `ExcelApi ${minimum} (manifest minimum)`,
      // Absolute paths are globs that match only themselves; none tagged → a pattern nothing matches.
      testMatch: atMinimum.length ? atMinimum : ['<rootDir>/none-tagged/*.test.ts'],
      globals: { FAKE_EXCEL_API: minimum },
      setupFilesAfterEnv: ['<rootDir>/test/setup/paneWaits.ts'],
      // Coverage is of src/engine, which does not know the ExcelApi level (the adapter, src/excel, degrades): these
      // files reach the same engine lines in the newest project. Not instrumenting them here spares Babel's counters
      // in the engine-heavy suites (docs/PERFORMANCE.md, "The test suite").
      coveragePathIgnorePatterns: ['.'],
    },
  ],
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
