// Lint = office-addin-lint's own rule set (eslint-plugin-office-addins
// "recommended": no sync in loops, load before read, typescript-eslint and
// Prettier). We run ESLint directly rather than the `office-addin-lint`
// wrapper because the wrapper reports usage data (office-addin-usage-data):
// no telemetry in this project. Same rules, no phone-home.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

const recommended = officeAddins.configs.recommended.map((c) =>
  // The plugin's rules are declared for .ts/.js; the task pane is .tsx too.
  c.files ? { ...c, files: ['**/*.{js,mjs,cjs,ts,tsx,cts,mts}'] } : c,
);

export default [
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-output/**', 'docs/**'] },
  ...recommended,
  { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeScript itself reports undefined names (and knows jest/node/Office globals).
      'no-undef': 'off',
    },
  },
  {
    files: ['bin/**/*.js', '*.config.js', '.ci/**/*.js', 'test/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
