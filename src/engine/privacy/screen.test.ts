/**
 * The public version's screen, rule by rule: what it withholds, what it leaves
 * (dates, amounts, problem IDs, a wrong check digit), the counts by rule, and
 * that a long hostile text is screened in linear time.
 */
import { SCREEN_RULES, makeScreen, isIdNumber, passesLuhn, splitWordList } from './index';
import { cpuNow } from '../../../test/helpers/cpuClock';

const screen = (text: string, opts = {}) => {
  const s = makeScreen(opts);
  return { text: s.screen(text), counts: s.counts };
};

describe('personal numbers', () => {
  test.each([
    ['请联系13800138000', '请联系***', 'mobile'],
    ['手机：138 0013 8000。', '手机：***。', 'mobile'],
    ['138-0013-8000', '***', 'mobile'],
    ['+86 13800138000', '+***', 'mobile'],
    ['８６１３８００１３８０００', '***', 'mobile'],
    ['电话（010）8765-4321', '电话***', 'landline'],
    ['0571-88888888转3', '***转3', 'landline'],
    ['0571-88888888-123', '***', 'landline'],
    ['057188888888', '***', 'landline'],
    ['联系电话：8765 4321', '联系电话：***', 'landline'],
    ['身份证110101199003074573号', '身份证***号', 'idNumber'],
    ['11010519491231002X', '***', 'idNumber'],
    ['110101 19900307 4573', '***', 'idNumber'],
    ['卡号6222 0212 3456 7899 004', '卡号***', 'bankCard'],
    ['4111111111111111', '***', 'bankCard'],
  ] as const)('%s → %s (%s)', (input, output, rule) => {
    const r = screen(input);
    expect(r.text).toBe(output);
    expect(r.counts[rule]).toBe(1);
    expect(SCREEN_RULES.reduce((n, k) => n + r.counts[k], 0)).toBe(1);
  });

  test.each([
    '2025-06-30',
    '2025年6月30日前完成',
    '问题编号 XC-2025-0001',
    '金额 1,234,567.89 元',
    '整改完成率 87.5%',
    '110101199003074578', // an 18-digit number whose check digit is wrong is no ID number
    '4111111111111112', // fails Luhn
    '12345678', // eight digits with no phone word before them
    '第3批共15项',
  ])('%s is left as it is', (input) => {
    expect(screen(input).text).toBe(input);
  });

  test('the checks themselves', () => {
    expect(isIdNumber('11010519491231002x')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  test.each([
    ['邮箱zhang.san@gov.cn。', '邮箱***。'],
    ['ZHANGSAN+xc@Example.COM', '***'],
    ['１３８００１３８０００＠１６３．ｃｏｍ', '***'],
  ])('%s → %s', (input, output) => {
    const r = screen(input);
    expect(r.text).toBe(output);
    expect(r.counts.email).toBe(1);
  });
  test.each(['张三@单位', 'a@b', '@gov.cn', 'user@localhost'])('%s is no address', (input) => {
    expect(screen(input).text).toBe(input);
  });
});

describe('names and words', () => {
  test('every occurrence of a name, longest first; Latin names only as whole words', () => {
    const r = screen('张三丰与张三、Li Ming 同去 Limited 公司', { names: ['张三', '张三丰', 'Li', 'Ming'] });
    expect(r.text).toBe('***与***、*** *** 同去 Limited 公司');
    expect(r.counts.name).toBe(4);
  });
  test('the user’s words, full width and case folded', () => {
    const r = screen('ＡＢＣ小区3号楼，abc小区', { words: splitWordList('abc小区，3号楼') });
    expect(r.text).toBe('******，***');
    expect(r.counts.word).toBe(3);
  });
  test('splitWordList reads commas, 、 and semicolons of either width, and lines', () => {
    expect(splitWordList(' 某某 、某路某号,x；y\nz;; ')).toEqual(['某某', '某路某号', 'x', 'y', 'z']);
  });
  test('a number is counted once, under the first rule that takes it', () => {
    const r = screen('13800138000', { words: ['138'], names: ['0013'] });
    expect(r.text).toBe('***');
    expect(r.counts).toMatchObject({ mobile: 1, word: 0, name: 0 });
  });
});

test('a long hostile text is screened in linear time', () => {
  const names = Array.from({ length: 3000 }, (_, i) => `王${String.fromCharCode(0x4e00 + i)}`);
  const hostile = [
    '@'.repeat(200000),
    'a.'.repeat(100000) + '@',
    '1 '.repeat(100000),
    '1-'.repeat(100000) + 'x',
    '王'.repeat(200000),
    ('a@b.' + 'c'.repeat(10)).repeat(20000),
  ];
  const s = makeScreen({ names, words: ['某某'] });
  const started = cpuNow();
  for (const text of hostile) s.screen(text);
  expect(cpuNow() - started).toBeLessThan(3000);
});
