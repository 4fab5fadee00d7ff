import {
  WorkCalendar,
  buildLetters,
  isGeneratedSheet,
  letterText,
  planGeneratedSheets,
  supervisionItems,
} from '../../../src/engine';
import { fromExcelSerial } from '../../../src/engine/rules/excelSerial';
import { TODAY, applyWrites, ledgerOf, sheet, smallSnapshot } from './fixture';

const opts = { now: '2025-06-30 10:00', user: 'tester' };

describe('generated sheets', () => {
  const snap = smallSnapshot();
  const data = ledgerOf(snap, { today: TODAY });
  const { plan, skipped } = planGeneratedSheets(data, snap, opts);
  const out = applyWrites(snap, plan);
  const get = (name: string) => out.sheets.find((s) => s.name === name)!.values;

  it('creates 整改台账, 统计 and 督办清单, marked, protected and cleared on rebuild', () => {
    expect(skipped).toEqual([]);
    expect(plan.sheets.map((s) => [s.name, s.create, s.clear, s.protect])).toEqual([
      ['整改台账', true, true, { password: '' }],
      ['统计', true, true, { password: '' }],
      ['督办清单', true, true, { password: '' }],
    ]);
    for (const name of ['整改台账', '统计', '督办清单']) {
      expect(String(get(name)[0][0])).toMatch(/^【自动生成】/);
      expect(isGeneratedSheet(get(name))).toBe(true);
    }
    expect(plan.log.map((e) => [e.sheet, e.newValue])).toEqual([
      ['整改台账', '重新生成 10 行'],
      ['统计', expect.stringMatching(/^重新生成 \d+ 行$/)],
      ['督办清单', expect.stringMatching(/^重新生成 \d+ 行$/)],
    ]);
  });

  it('整改台账 has one row per problem with leader, units, persons, measures, deadline, status, alert, rejections', () => {
    const rows = get('整改台账');
    expect(rows[2]).toContain('整改措施');
    const p1 = rows[3];
    // The twelve core columns (what prints), then the rest.
    expect(p1.slice(0, 9)).toEqual([
      1,
      'P1',
      '市住建局',
      '会议多文件多',
      '张局长',
      '办公室、督查科',
      '李明、赵强',
      '1. 精简会议\n2. 压缩发文',
      '1/2',
    ]);
    expect(fromExcelSerial(p1[9] as number)).toBe('2025-06-10');
    expect(p1.slice(10, 14)).toEqual(['整改中', '已逾期20天', '作风建设', '重大']);
    expect(p1.slice(15, 17)).toEqual([0, 0]); // 退回次数, 督办次数
    expect(rows[7][15]).toBe(1); // P5 sent back once
    expect(rows.length).toBe(3 + 7);
  });

  it('统计 shows the headline and the three groupings, and a chart over the unit rows', () => {
    const rows = get('统计');
    expect(rows[3].slice(0, 8)).toEqual(['分组', '问题数', '已整改', '已销号', '待审核', '未完成', '已逾期', '临期']);
    // P4 and P5 have a measure still open: not rectified (a problem is the sum of its measures).
    expect(rows[4].slice(0, 8)).toEqual(['发现问题', 7, 1, 1, 0, 6, 2, 1]);
    const unitTitle = rows.findIndex((r) => r[0] === '按责任单位');
    expect(rows[unitTitle + 2].slice(0, 8)).toEqual(['办公室', 3, 0, 0, 0, 3, 2, 1]);
    expect(plan.charts).toEqual([
      expect.objectContaining({
        sheet: '统计',
        type: 'columnClustered',
        dataRange: `A${unitTitle + 2}:H${unitTitle + 2 + 6}`,
      }),
    ]);
    const cat = rows.findIndex((r) => r[0] === '按问题类别');
    expect(rows[cat + 7].slice(0, 4)).toEqual(['合计', 7, 1, 1]);
  });

  it('督办清单 groups by unit with the reminder round', () => {
    const rows = get('督办清单');
    expect(rows[3][0]).toBe('■ 办公室：逾期 3 项，临期 1 项');
    expect(rows[4].slice(0, 6)).toEqual(['办公室', '李明', '张局长', '问题', 'P1', '会议多文件多']);
    expect(rows[4].slice(7, 10)).toEqual(['已逾期20天', 20, '已督办0次']);
    const p2 = rows.find((r) => r[4] === 'P2')!;
    expect(p2.slice(7, 10)).toEqual(['临期3天', -3, '已督办2次']);
  });

  it('rebuilds its own sheet but never clears a user sheet of the same name', () => {
    const again = planGeneratedSheets(data, out, opts);
    expect(again.plan.sheets.every((s) => !s.create && s.clear)).toBe(true);
    const mine = smallSnapshot();
    mine.sheets.push(sheet('整改台账', [['我的汇总表'], ['重要数据']]));
    const r = planGeneratedSheets(data, mine, opts);
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['统计', '督办清单']);
    expect(r.skipped[0].message).toContain('已有名为“整改台账”的工作表');
    expect(r.plan.writes.some((w) => w.sheet === '整改台账')).toBe(false);
  });

  it('uses the English names and texts in an English layout', () => {
    const en = ledgerOf(smallSnapshot(), { today: TODAY, lang: 'en' });
    const r = planGeneratedSheets(en, smallSnapshot(), opts);
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['Ledger', 'Statistics', 'Supervision']);
    expect(String(r.plan.writes[0].values[0][0])).toMatch(/^\[Generated\]/);
  });
});

describe('reminder letters (提醒督办函)', () => {
  const data = ledgerOf(smallSnapshot(), { today: TODAY });
  const letters = buildLetters(data, { calendar: new WorkCalendar(), issuer: '市住建局巡察整改办' });

  it('says the same reminder number in its title as its most-reminded item, and never lists finished work', () => {
    for (const l of letters) {
      const rounds = l.rows.map((r) => Number(/第(\d+)次督办/.exec(r[6])![1]));
      expect(l.round).toBe(Math.max(...rounds));
      for (const item of l.items) {
        const p = data.problems.find((x) => x.id === item.problemId)!;
        expect(['overdue', 'dueSoon']).toContain(item.alert);
        expect(p.state).toBe('open'); // as the sum of its measures: P5 (待审核, P5-1 open) is open
      }
    }
  });

  it('writes one letter per responsible unit with items', () => {
    expect(letters.map((l) => [l.unit, l.overdue, l.dueSoon, l.round])).toEqual([
      ['办公室', 3, 1, 3],
      ['财务科', 1, 0, 1],
      ['督查科', 1, 0, 1],
      ['研究室', 0, 1, 3],
    ]);
    expect(letters.reduce((n, l) => n + l.items.length, 0)).toBe(supervisionItems(data).length);
  });

  it('reads as a formal letter: title, addressee, items with deadlines and days overdue, report-back date, issuer', () => {
    const text = letterText(letters[0], 'zh');
    expect(text.split('\n').slice(0, 4)).toEqual(['巡察整改提醒督办函', '（第3次督办）', '', '办公室：']);
    expect(text).toContain(
      '截至2025年6月30日，你单位牵头负责的巡察反馈问题及整改措施中，有3项已超过整改期限、1项即将到期',
    );
    expect(text).toContain('1. 【P1】会议多文件多（责任人：李明；整改期限：2025-06-10；已逾期20天；第1次督办）');
    expect(text).toContain('临期3天');
    // 5 working days after Monday 2025-06-30 is Monday 2025-07-07.
    expect(letters[0].reportBy).toBe('2025-07-07');
    expect(text).toContain('请于2025年7月7日前将上述事项的整改进展情况及佐证材料书面报送市住建局巡察整改办');
    expect(text.trim().split('\n').slice(-2)).toEqual(['市住建局巡察整改办', '2025年6月30日']);
  });

  it('has an English version', () => {
    const en = ledgerOf(smallSnapshot(), { today: TODAY, lang: 'en' });
    const [l] = buildLetters(en, { calendar: new WorkCalendar() });
    const text = letterText(l, 'en');
    expect(text).toContain('To: 办公室');
    expect(text).toContain('by 7 July 2025');
    expect(text).toContain('Overdue 20 d');
  });
});
