/**
 * Properties every deadline must have, whatever the input.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { execFileSync } from 'child_process';
import { join } from 'path';
import fc from 'fast-check';
import { WorkCalendar, computeDeadline, addDays, DEFAULT_SETTINGS, builtInYears } from '../../src/engine';

const cal = new WorkCalendar();
// Feedback dates across the covered years 2004–2026 and a little beyond.
const dayNumber = fc.integer({ min: 12418, max: 21000 }); // 2004-01-01 .. 2027-06-30
const iso = dayNumber.map((n) => addDays('1970-01-01', n));

function deadlineOf(from: string, limit: Parameters<typeof computeDeadline>[1], roll = true): string {
  const r = computeDeadline(from, limit, cal, { ...DEFAULT_SETTINGS, rollToWorkday: roll });
  if (!r.ok || !r.value.deadline) throw new Error('no deadline');
  return r.value.deadline;
}

test('the calendar covers 2004–2026 (chinese-days data)', () => {
  const years = builtInYears();
  expect(years[0]).toBe(2004);
  expect(years).toContain(2026);
  expect(years).not.toContain(2027);
});

test('property: a working-day deadline is a working day, strictly after the feedback date', () => {
  fc.assert(
    fc.property(iso, fc.integer({ min: 1, max: 60 }), (from, n) => {
      const d = deadlineOf(from, { kind: 'workdays', count: n });
      return cal.isWorkday(d) && d > from;
    }),
    { numRuns: 500 },
  );
});

test('property: exactly n working days lie in (feedback, deadline]', () => {
  fc.assert(
    fc.property(iso, fc.integer({ min: 1, max: 40 }), (from, n) => {
      const d = deadlineOf(from, { kind: 'workdays', count: n });
      let count = 0;
      for (let day = addDays(from, 1); day <= d; day = addDays(day, 1)) if (cal.isWorkday(day)) count++;
      return count === n;
    }),
    { numRuns: 300 },
  );
});

test('property: more days never gives an earlier date (working days, calendar days, months)', () => {
  fc.assert(
    fc.property(
      iso,
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom('workdays', 'days', 'weeks', 'months'),
      fc.boolean(),
      (from, n, extra, kind, roll) => {
        const a = deadlineOf(from, { kind, count: n } as never, roll);
        const b = deadlineOf(from, { kind, count: n + extra } as never, roll);
        return a <= b;
      },
    ),
    { numRuns: 500 },
  );
});

test('property: with roll-over, calendar-type deadlines land on working days', () => {
  fc.assert(
    fc.property(iso, fc.integer({ min: 1, max: 400 }), fc.constantFrom('days', 'weeks', 'months'), (from, n, kind) => {
      return cal.isWorkday(deadlineOf(from, { kind, count: n } as never, true));
    }),
    { numRuns: 300 },
  );
});

// The zone is the process's: setting process.env.TZ inside a test file changes nothing (jest gives the file a copy
// of the environment), so each zone is a child process of its own, computing with the compiled engine (dist/node,
// built by `npm test` before jest) the same sampled deadlines as this process.
test('property: the result does not depend on the machine’s time zone', () => {
  const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  const cases = fc.sample(
    fc.tuple(iso, fc.integer({ min: 1, max: 30 }), fc.constantFrom('workdays', 'days', 'months')),
    { numRuns: 200, seed: 20261208 },
  );
  const here = cases.map(([from, n, kind]) => deadlineOf(from, { kind, count: n } as never));
  const engine = join(__dirname, '..', '..', 'dist', 'node', 'engine', 'index.js');
  const script = `
    const { WorkCalendar, computeDeadline, DEFAULT_SETTINGS } = require(${JSON.stringify(engine)});
    const cal = new WorkCalendar();
    const cases = JSON.parse(process.argv[1]);
    const out = cases.map(([from, count, kind]) => {
      const r = computeDeadline(from, { kind, count }, cal, { ...DEFAULT_SETTINGS, rollToWorkday: true });
      return r.ok ? r.value.deadline : null;
    });
    process.stdout.write(JSON.stringify([Intl.DateTimeFormat().resolvedOptions().timeZone, out]));`;
  for (const zone of zones) {
    const [seen, there] = JSON.parse(
      execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], {
        encoding: 'utf8',
        env: { ...process.env, TZ: zone },
      }),
    ) as [string, string[]];
    expect([seen, there]).toEqual([zone, here]);
  }
});
