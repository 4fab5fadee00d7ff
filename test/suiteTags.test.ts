/**
 * The suite's tags (scripts/testTags.js) are where they must be. `npm test` runs the whole suite in one time zone
 * and only the files tagged `@timezone` in a second one (scripts/run-tests.js), so a file whose results can depend
 * on the machine's zone and lacks the tag would be tested in one zone only. A file needs the tag when its text
 *  - reads local time: `new Date()` (now), `new Date(y, m, …)` or a date string without a zone, `Date.parse`,
 *    `getFullYear`…`getSeconds`, `getTimezoneOffset`, `toLocale…`, `localToday` / `localNow`, a file's
 *    `lastModified`, fake system time, or sets `TZ`;
 *  - is named for, or imports a module about, dates, deadlines, calendars, holidays, workdays or the clock;
 *  - runs the command line (`rectify(…)`, `cli/main`, `bin/rectify`) without ever passing `--today`, so the
 *    command's today is the machine's local date.
 * `@excelApiMinimum` is checked where it is decided, at run time (test/setup/excelApiGuard.ts).
 */
import { readFileSync } from 'fs';
import { join, relative } from 'path';

const tags = require('../scripts/testTags') as {
  hasTag: (file: string, name: string) => boolean;
  tagsOf: (file: string) => Map<string, string>;
  testFiles: (dir: string) => string[];
};

const root = join(__dirname, '..');

const LOCAL_TIME: [string, RegExp][] = [
  ['new Date() (now)', /new Date\(\s*\)/],
  ['new Date(y, m, …) in local time', /new Date\(\s*[\w.]+\s*,/],
  ['a date string without a zone', /new Date\(\s*['"`](?![^'"`]*(Z|[+-]\d\d:?\d\d)['"`])/],
  ['Date.parse', /Date\.parse\(/],
  ['a local-time getter', /\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(/],
  ['getTimezoneOffset', /getTimezoneOffset/],
  ['toLocale…', /\.toLocale\w*\(/],
  ['localToday / localNow', /\blocal(Today|Now)\b/],
  ["a file's lastModified", /\blastModified\b/],
  ['fake system time', /setSystemTime|useFakeTimers\(\s*\{[^}]*\bnow\b/],
  ['TZ', /\bTZ\b/],
];
const DATE_MODULE = /from\s+['"][^'"]*\b(dates?|deadlines?|calendar\w*|clock|holidays?|workdays?)(\/[^'"]*)?['"]/i;
const DATE_NAME = /(date|deadline|calendar|holiday|workday|clock|timeLimit|overdue)/i;
const RUNS_CLI = /\brectify\(|cli\/main['"]|bin\/rectify/;

/** Why a test file's results may depend on the time zone, or null. */
export function zoneReason(text: string, file = ''): string | null {
  if (DATE_NAME.test(file)) return 'named for dates';
  for (const [what, re] of LOCAL_TIME) if (re.test(text)) return what;
  const m = DATE_MODULE.exec(text);
  if (m) return `imports ${m[0].replace(/^from\s+/, '')}`;
  if (RUNS_CLI.test(text) && !/--today/.test(text)) return 'runs the command line without --today';
  return null;
}

const files = [...tags.testFiles(join(root, 'test')), ...tags.testFiles(join(root, 'src'))];

test('every test file whose results may depend on the time zone is tagged @timezone', () => {
  const missing = files
    .filter((f) => f !== __filename && !tags.hasTag(f, 'timezone'))
    .map((f) => [relative(root, f), zoneReason(readFileSync(f, 'utf8'), relative(root, f))])
    .filter(([, why]) => why !== null)
    .map(([f, why]) => `${f}: ${why}`);
  expect(missing).toEqual([]);
});

test('every tag says why', () => {
  const bare = files.flatMap((f) =>
    ['timezone', 'excelApiMinimum', 'uninstrumented']
      .filter((t) => tags.tagsOf(f).get(t) === '')
      .map((t) => `${relative(root, f)}: @${t}`),
  );
  expect(bare).toEqual([]);
});

test('every file tagged @timezone runs in a test environment that sets its project’s zone (test/setup/env)', () => {
  // jest's own `@jest-environment jsdom` sets no zone: the file would run in the users' zone in every project, and
  // its second zone would test nothing. An untagged file may name it (test/setup/env/zoned.js).
  const other = files
    .filter((f) => tags.hasTag(f, 'timezone'))
    .map((f) => [relative(root, f), tags.tagsOf(f).get('jest-environment')] as const)
    .filter(([, env]) => env !== undefined && env !== './test/setup/env/jsdom.js')
    .map(([f, env]) => `${f}: @jest-environment ${env}`);
  expect(other).toEqual([]);
});

test('the rule sees what it is meant to see', () => {
  expect(zoneReason('const d = new Date(2025, 5, 16);')).toBe('new Date(y, m, …) in local time');
  expect(zoneReason("new Date('2025-06-16')")).toBe('a date string without a zone');
  expect(zoneReason("new Date('2025-01-02T03:04:05Z')")).toBeNull();
  expect(zoneReason('new Date(Date.UTC(2025, 5, 30))')).toBeNull();
  expect(zoneReason('const t0 = Date.now();')).toBeNull();
  expect(zoneReason("import { addDays } from '../../src/engine/rules/dates';")).toMatch(/^imports/);
  expect(zoneReason("await rectify('check', file);")).toBe('runs the command line without --today');
  expect(zoneReason("await rectify('check', file, '--today', '2025-06-16');")).toBeNull();
  expect(zoneReason('', 'test/engine/deadline.test.ts')).toBe('named for dates');
});
