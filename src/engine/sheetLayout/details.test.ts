/** `label：value` details typed above a ledger's header. */
import { detailDate, detailKind, fileDate, fileUnit, parseDetailText } from './details';
import type { Detail } from './details';

describe('label：value cells', () => {
  test('one pair, several pairs to a line, a bracketed line, a title before', () => {
    expect(parseDetailText('项目名称：XX高速公路第三合同段')).toEqual({
      prefix: '',
      pairs: [{ label: '项目名称', value: 'XX高速公路第三合同段' }],
    });
    expect(parseDetailText('填报人：王魁    填报时间：2019年6月25日')!.pairs).toEqual([
      { label: '填报人', value: '王魁' },
      { label: '填报时间', value: '2019年6月25日' },
    ]);
    expect(parseDetailText('（反馈时间：2024年3月5日）')!.pairs).toEqual([
      { label: '反馈时间', value: '2024年3月5日' },
    ]);
    expect(parseDetailText('XX公司巡察整改台账 填报单位:XX公司')).toEqual({
      prefix: 'XX公司巡察整改台账',
      pairs: [{ label: '填报单位', value: 'XX公司' }],
    });
    expect(parseDetailText('填报单位：')!.pairs).toEqual([{ label: '填报单位', value: '' }]);
  });

  test('a header with a note in brackets, a sentence, a long cell: no details', () => {
    for (const t of ['是否整改完成（是：否）', '问题描述', '2019年6月：检查', '1.整改：立即', 'x'.repeat(32_767)])
      expect(parseDetailText(t)).toBeNull();
  });

  test('kinds by label', () => {
    expect(detailKind('被检查单位')).toBe('inspectedUnit');
    expect(detailKind('项目名称')).toBe('project');
    expect(detailKind('填报 单位')).toBe('fillingUnit');
    expect(detailKind('反馈时间')).toBe('feedbackDate');
    expect(detailKind('排查日期')).toBe('inspectionDate');
    expect(detailKind('填报时间')).toBe('fillingDate');
    expect(detailKind('填报人')).toBe('person');
    expect(detailKind('巡察组')).toBe('other');
  });

  test('dates: typed, with a time, as a serial; not a month alone or a slip', () => {
    expect(detailDate('2019年6月25日')).toBe('2019-06-25');
    expect(detailDate('2019年 6月 25日')).toBe('2019-06-25');
    expect(detailDate('2019-06-25 10:30')).toBe('2019-06-25');
    expect(detailDate(43641)).toBe('2019-06-25');
    expect(detailDate(43641.5)).toBe('2019-06-25');
    expect(detailDate('2019年6月')).toBeNull();
    expect(detailDate(12)).toBeNull();
  });

  test("the file's date and unit, best first", () => {
    const d = (label: string, value: string, date?: string): Detail => ({
      label,
      value,
      kind: detailKind(label),
      row: 2,
      column: 1,
      ...(date ? { date } : {}),
    });
    const details = [
      d('填报时间', '2019年6月25日', '2019-06-25'),
      d('检查时间', '2019年6月1日', '2019-06-01'),
      d('项目名称', 'XX工程'),
      d('填报单位', 'XX局'),
    ];
    expect(fileDate(details)?.label).toBe('检查时间');
    expect(fileUnit(details)?.value).toBe('XX工程');
    expect(fileDate([d('反馈时间', '2024年3月5日', '2024-03-05'), ...details])?.date).toBe('2024-03-05');
    expect(fileUnit([d('填报单位', ''), d('单位', 'XX局')])?.value).toBe('XX局');
    // 单位：万元 over a table of amounts is the unit of measure, not the unit inspected.
    expect(fileUnit([d('单位', '万元')])).toBeUndefined();
  });
});
