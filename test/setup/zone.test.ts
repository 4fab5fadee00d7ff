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

test('after a file, the worker gets its own zone back, so a file in jest’s own environment runs in the users’ zone', async () => {
  const zoned = require('./env/zoned') as (
    base: new (config: never) => object,
  ) => new (config: unknown, context: unknown) => { teardown(): Promise<void> };
  let baseOptions: unknown;
  const Env = zoned(
    class {
      constructor(config: { projectConfig: { testEnvironmentOptions: unknown } }) {
        baseOptions = config.projectConfig.testEnvironmentOptions;
      }
      async teardown(): Promise<void> {}
    },
  );
  const config = (timeZone: string) => ({ projectConfig: { testEnvironmentOptions: { timeZone, url: 'x' } } });
  const saved = process.env.TZ;
  try {
    for (const workers of ['Asia/Shanghai', undefined]) {
      if (workers === undefined) delete process.env.TZ;
      else process.env.TZ = workers;
      const env = new Env(config('America/Los_Angeles'), {});
      expect([process.env.TZ, baseOptions]).toEqual(['America/Los_Angeles', { url: 'x' }]);
      await env.teardown();
      expect(process.env.TZ).toBe(workers);
    }
  } finally {
    process.env.TZ = saved;
  }
});
