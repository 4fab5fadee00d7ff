/**
 * Two projects: every test at the newest ExcelApi the fake Excel host models,
 * and the add-in's pane, ribbon and command suites (test/excel, test/taskpane)
 * again at the minimum the manifest declares (<Set Name="ExcelApi"
 * MinVersion="…"/>), so what an older Excel lacks is tested where it matters
 * (test/fakeExcel/api.ts reads the level from the FAKE_EXCEL_API global).
 */
const { readFileSync } = require('fs');
const { join } = require('path');

const manifest = readFileSync(join(__dirname, 'manifest.xml'), 'utf8');
const minimum = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(manifest)?.[1];
if (!minimum) throw new Error('manifest.xml declares no ExcelApi minimum');

const project = {
  testEnvironment: 'node',
  // src: a capability folder keeps its tests beside its code (src/engine/calendarNotice).
  roots: ['<rootDir>/test', '<rootDir>/src'],
  transform: {
    // Type errors are caught by `npm run typecheck`; here we only transpile, for speed.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...project, displayName: 'newest ExcelApi', testMatch: ['**/*.test.ts', '**/*.test.tsx'] },
    {
      ...project,
      displayName: `ExcelApi ${minimum} (manifest minimum)`,
      testMatch: ['<rootDir>/test/excel/**/*.test.ts', '<rootDir>/test/taskpane/**/*.test.{ts,tsx}'],
      globals: { FAKE_EXCEL_API: minimum },
    },
  ],
  collectCoverageFrom: ['src/engine/**/*.ts', '!src/**/*.test.ts'],
  coverageThreshold: { 'src/engine/': { lines: 90 } },
  testTimeout: 60000,
};
