/**
 * The `rectify deadline` command as a user runs it: in-process through run()
 * for the many cases, and once through the real bin/rectify.js.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { execFileSync, spawnSync } from 'child_process';
import path from 'path';
import { rectify } from '../helpers/cli';

test('prints the deadline an official counts by hand', async () => {
  const r = await rectify('deadline', '--from', '2025-09-30', '--limit', '10个工作日');
  expect(r).toEqual({ code: 0, out: '2025-10-21\n', err: '' });
});

test('1 month from 31 January is 28 February', async () => {
  expect((await rectify('deadline', '--from', '2025-01-31', '--limit', '1个月')).out).toBe('2025-02-28\n');
});

test('--json says when the calendar does not cover the year', async () => {
  const r = await rectify('deadline', '--from', '2027-03-01', '--limit', '10个工作日', '--json');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ deadline: '2027-03-15', kind: 'workdays', calendarCovered: false, uncoveredYears: [2027] });
  expect(j.warning).toContain('2027');
});

test('--json gives a null deadline for 长期坚持', async () => {
  const j = JSON.parse((await rectify('deadline', '--from', '2025-03-01', '--limit', '长期坚持', '--json')).out);
  expect(j).toMatchObject({ deadline: null, kind: 'ongoing', calendarCovered: true });
});

test('a rolled deadline says why on stderr', async () => {
  const r = await rectify('deadline', '--from', '2025-09-26', '--limit', '5天');
  expect(r.out).toBe('2025-10-09\n');
  expect(r.err).toContain('2025-10-01');
  expect((await rectify('deadline', '--from', '2025-09-26', '--limit', '5天', '--no-roll')).out).toBe('2025-10-01\n');
});

test.each([
  [['deadline', '--from', '2025-02-30', '--limit', '10天'], '2025-02-30'],
  [['deadline', '--from', '2025-09-30', '--limit', '尽快'], '尽快'],
  [['deadline', '--limit', '10天'], '--from'],
  [['deadline', '--from', '2025-09-30'], '--limit'],
])('bad input %j: exit 2 and one line naming the problem', async (args, quoted) => {
  const r = await rectify(...args);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain(quoted);
});

test('English messages with --lang en', async () => {
  const r = await rectify('deadline', '--from', '2025-09-30', '--limit', 'soon', '--lang', 'en');
  expect(r.code).toBe(2);
  expect(r.err).toContain('Cannot read the time limit "soon"');
});

test('help exists in both languages', async () => {
  const zh = await rectify('--help');
  expect(zh.code).toBe(0);
  expect(zh.out).toContain('用法');
  expect(zh.out).toContain('deadline');
  const en = await rectify('deadline', '--help', '--lang', 'en');
  expect(en.out).toContain('Usage');
  expect(en.out).toContain('feedback date');
});

test('an unknown option is a usage error with exit 2', async () => {
  expect((await rectify('deadline', '--frm', '2025-01-01')).code).toBe(2);
});

test('the real bin works after the build (npm ci runs it)', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'rectify.js');
  expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  const out = execFileSync(process.execPath, [bin, 'deadline', '--from', '2024-02-08', '--limit', '5个工作日'], {
    encoding: 'utf8',
  });
  expect(out).toBe('2024-02-21\n');
  const bad = spawnSync(process.execPath, [bin, 'deadline', '--from', 'x', '--limit', '1天'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
});
