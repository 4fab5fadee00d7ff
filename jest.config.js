/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type errors are caught by `npm run typecheck`; here we only transpile, for speed.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  collectCoverageFrom: ['src/engine/**/*.ts'],
  coverageThreshold: { 'src/engine/': { lines: 90 } },
  testTimeout: 60000,
};
