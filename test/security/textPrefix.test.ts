/**
 * The pane's text-prefix rule (src/excel/text.ts) in linear time: the same answer as the former patterns on
 * short strings of the characters those patterns are about, and milliseconds on long runs of whitespace that
 * took the former patterns tens of seconds (a 整改期限 cell of 300 spaces and an "x": 33 s).
 */
import fc from 'fast-check';
import { needsTextPrefix } from '../../src/excel/text';
import { cpuNow } from '../helpers/cpuClock';

/** The patterns as they were: right, but with quantifiers overlapping on whitespace. The reference for short input. */
const FORMER = [
  /^[=+\-@']/,
  /^\s*[$¥€£]?\s*[(]?[\d.,\s]+[)]?\s*%?\s*$/,
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?\s*$/,
  /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/,
  /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*$/,
  /^\s*\d{1,2}\s*[-/]\s*[a-z]{3,}/i,
  /^\s*[a-z]{3,9}\s*[-/ ]\s*\d{1,4}/i,
  /^\s*\d{1,2}:\d{2}/,
  /^\s*(true|false)\s*$/i,
  /^\s*#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)\s*$/i,
  /^\s*\d+(\.\d+)?e[+-]?\d+\s*$/i,
];
const former = (s: string) => FORMER.some((re) => re.test(s));

const PIECES = [
  ' ',
  '\u3000',
  '1',
  '23',
  '2024',
  '.',
  ',',
  '(',
  ')',
  '%',
  '$',
  '¥',
  '-',
  '/',
  '年',
  '月',
  '日',
  ':',
  'Mar',
  'march',
  'e',
  'E+',
  'true',
  '#N/A',
  'x',
  '立行立改',
  '=',
  '@',
  "'",
];

test('the same strings get the apostrophe as before', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
      const s = parts.join('');
      // The former also prefixed a currency sign, bracket or % with only spaces beside it ("¥ "), which Excel
      // keeps as text: no number in it, nothing to protect.
      fc.pre(/[\d.,]/.test(s) || !/^[\s$¥€£()%]*$/.test(s) || s.trim() === '');
      // And a sign after leading spaces is now prefixed too (Excel reads " -5" as the number -5).
      expect(needsTextPrefix(s)).toBe(former(s) || /^\s+[=+\-@']/.test(s));
    }),
    { numRuns: 3000, seed: 20261207 },
  );
});

test.each([
  ['  12  ', true],
  ['( 1 )', true],
  ['50 %', true],
  ['2024年3月5日', true],
  ['March 5', true],
  ['10个工作日', false],
  ['XC-2026-001', false],
])('%j needs the prefix: %s', (s, expected) => {
  expect(needsTextPrefix(s)).toBe(expected);
});

test('a long run of whitespace is decided in milliseconds', () => {
  for (const body of [' ', '\u3000', '1 ', '1', '2024-3-5 ']) {
    const s = body.repeat(Math.ceil(32_767 / body.length)).slice(0, 32_766) + 'x';
    const started = cpuNow();
    needsTextPrefix(s);
    expect(cpuNow() - started).toBeLessThan(100);
  }
});
