/**
 * Each project of jest.config.js runs in its own time zone (test/setup/env), several zones in one worker one file
 * after another: the zone this file sees — Date's offsets, Intl's zone, a child process's — is its project's.
 *
 * @timezone it checks the zone it runs in, in each zone
 */
import { execFileSync } from 'child_process';

// The project's zone: the sandbox's process.env is copied from the worker's once the environment has set it.
const zone = process.env.TZ!;
const OFFSETS: Record<string, [number, number]> = {
  // [1 January, 1 July] in minutes, as getTimezoneOffset gives them (UTC − local).
  'Asia/Shanghai': [-480, -480],
  'America/Los_Angeles': [480, 420],
};

test('Date and Intl follow the project’s zone', () => {
  expect(Object.keys(OFFSETS)).toContain(zone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  expect([new Date(2025, 0, 1).getTimezoneOffset(), new Date(2025, 6, 1).getTimezoneOffset()]).toEqual(OFFSETS[zone]);
});

test('a child process the test starts runs in the same zone, with or without an env of its own', () => {
  const script = 'process.stdout.write(Intl.DateTimeFormat().resolvedOptions().timeZone)';
  expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe(zone);
  expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env } })).toBe(zone);
});
