/** Section headings, totals and footnotes as people type them. */
import { isFootnoteStart, isOutlineNumber, isTotalLabel, parseHeading, plainHeading } from './headings';
import { cpuNow } from '../../../test/helpers/cpuClock';

describe('section headings in every style', () => {
  test.each([
    ['一、党的领导方面', 'cn', '党的领导方面', undefined],
    ['一、党的领导方面（共5项）', 'cn', '党的领导方面', 5],
    ['二、全面从严治党方面(共12个问题)', 'cn', '全面从严治党方面', 12],
    ['（一）落实主体责任不到位', 'cnParen', '落实主体责任不到位', undefined],
    ['(三) 选人用人 （3项）', 'cnParen', '选人用人', 3],
    ['第一部分 巡察反馈问题', 'part', '巡察反馈问题', undefined],
    ['第二部分：审计发现问题 共4项', 'part', '审计发现问题', 4],
    ['第十一章 其他', 'part', '其他', undefined],
    ['一是党的领导弱化', 'shi', '党的领导弱化', undefined],
    ['1.制度建设方面', 'num', '制度建设方面', undefined],
    ['2、作风方面（共2项）', 'num', '作风方面', 2],
    ['（1）财务管理', 'numParen', '财务管理', undefined],
  ])('%s', (text, style, title, count) => {
    const h = parseHeading(text)!;
    expect(h).not.toBeNull();
    expect(h.style).toBe(style);
    expect(h.title).toBe(title);
    expect(h.count).toBe(count);
  });

  test.each(['2019.6.25', '1.5万元未入账', '三重一大制度执行不严', '一、', '合计', 'ID-1', ''])(
    '%s is no heading',
    (text) => expect(parseHeading(text)).toBeNull(),
  );

  test('a paragraph is no heading, and a long cell costs no more than a short one', () => {
    expect(parseHeading('一、' + '很长'.repeat(100))).toBeNull();
    const long = '一、' + 'x'.repeat(32_765);
    const t0 = cpuNow();
    for (let i = 0; i < 1000; i++) parseHeading(long);
    expect(cpuNow() - t0).toBeLessThan(500);
  });

  test('a heading without a number keeps its text, without its count', () => {
    expect(plainHeading('党的建设方面（共3项）')).toEqual({ style: 'plain', title: '党的建设方面', count: 3 });
    expect(plainHeading('其他问题')).toEqual({ style: 'plain', title: '其他问题' });
  });

  test('an outline number alone in the 序号 cell', () => {
    for (const t of ['一', '十二', '（一）', '(三)', '四、']) expect(isOutlineNumber(t)).toBe(true);
    for (const t of ['1', '一是', 'A', '', '一二三四五六七']) expect(isOutlineNumber(t)).toBe(false);
  });
});

describe('totals and footnotes', () => {
  test('total labels', () => {
    for (const t of ['小计', '合计', '合  计', '总计：38项', '共计', 'Total']) expect(isTotalLabel(t)).toBe(true);
    for (const t of ['合计发放补贴超标准，涉及金额较大的问题', '小', 'totally', '计划'])
      expect(isTotalLabel(t)).toBe(false);
  });

  test('footnote first lines', () => {
    for (const t of [
      '说明：1.本表每月5日前报送',
      '注：隐患级别分一般和重大',
      '注1：以上',
      '填写要求：',
      '填表说明',
      '备注: 无',
      '注 1.本表',
    ])
      expect(isFootnoteStart(t)).toBe(true);
    for (const t of ['说明书未归档', '注意安全帽佩戴不规范', '备注栏填写不全', '问题描述'])
      expect(isFootnoteStart(t)).toBe(false);
  });
});
