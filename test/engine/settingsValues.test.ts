/** What `_settings` accepts for each setting, and what it refuses (the cell is then reported and the default kept). */
import { parseSetting } from '../../src/engine/rules/settings';

const accepted: [Parameters<typeof parseSetting>[0], unknown, unknown][] = [
  ['dueSoonDays', 7, 7],
  ['dueSoonDays', '14', 14],
  ['dueSoonDays', 0, 0],
  ['signWorkdays', '5', 5],
  ['maxExtensions', 99, 99],
  ['immediateLimit', ' 10个工作日 ', '10个工作日'],
  ['rollToWorkday', '否', false],
  ['rollToWorkday', ' YES ', true],
  ['rollToWorkday', true, true],
  ['rollToWorkday', 0, false],
  ['evidenceRequired', '是', true],
  ['lang', 'EN-us', 'en'],
  ['lang', '中文', 'zh'],
  ['protectPassword', 1234, '1234'],
  ['reportPeriod', '2个月', '2个月'],
  ['publicWithhold', null, ''],
  ['publicWithhold', 110, '110'],
  ['statusWords', '挂账=整改中；已闭环＝已销号', '挂账=整改中；已闭环＝已销号'],
];

const refused: [Parameters<typeof parseSetting>[0], unknown][] = [
  ['dueSoonDays', 7.5],
  ['dueSoonDays', 366],
  ['dueSoonDays', -1],
  ['dueSoonDays', '七'],
  ['signWorkdays', 0],
  ['signWorkdays', 61],
  ['maxExtensions', Infinity],
  ['immediateLimit', ''],
  ['immediateLimit', 10],
  ['rollToWorkday', '也许'],
  ['rollToWorkday', NaN],
  ['lang', 'fr'],
  ['lang', 1],
  ['reportPeriod', '长期坚持'],
  ['reportPeriod', '立行立改'],
  ['reportPeriod', '不久'],
  ['statusWords', '挂账'],
  ['statusWords', '挂账=整改中；已闭环='],
];

test.each(accepted)('%s accepts %p as %p', (key, raw, value) => {
  expect(parseSetting(key, raw)).toEqual({ ok: true, value });
});

test.each(refused)('%s refuses %p', (key, raw) => {
  expect(parseSetting(key, raw)).toEqual({ ok: false });
});
