import { buildLetters, computeStatistics, supervisionItems, supervisionGroups } from '../../../src/engine';
import { calendarSheetRows } from '../../../src/engine/schema/helperLayouts';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import { TODAY, ledgerOf, sheet, smallSnapshot } from './fixture';

const data = () => ledgerOf(smallSnapshot(), { today: TODAY });

describe('the ledger as readWorkbook reads it', () => {
  it('reads every row with its alert as of the date', () => {
    const d = data();
    expect(d.lang).toBe('zh');
    expect(d.problems.map((p) => [p.id, p.row, p.alert.kind, p.alert.days])).toEqual([
      ['P1', 2, 'overdue', 20],
      ['P2', 3, 'dueSoon', 3],
      ['P3', 4, 'closedOnTime', 0],
      // A problem is the sum of its measures: P4 (已销号) and P5 (待审核) each have a measure still open, so they
      // are open, against their latest deadline (P4-1's 06-01; P5's own 08-31, as late as P5-2's).
      ['P4', 5, 'overdue', 29],
      ['P5', 6, 'onTrack', 62],
      ['P6', 7, 'onTrack', 32],
      ['P7', 8, 'ongoing', 0],
    ]);
    expect(d.problems[5].deadline).toBe('2025-08-01');
    expect(d.tasks.find((x) => x.id === 'P5-1')?.alert).toEqual({ kind: 'overdue', days: 2 });
    expect(d.mappings.problems?.columns.status).toBe(11);
  });
});

describe('computeStatistics', () => {
  const s = computeStatistics(data());
  const byKey = (rows: typeof s.byUnit) => Object.fromEntries(rows.map((r) => [r.key, r]));

  it('gives the headline counts 发现 / 已整改 / 已销号 / 待审核, by the definitions of docs/STATUS.md', () => {
    // P4 and P5 have a measure still open: not rectified (test/engine/ledger/measures.test.ts finishes them).
    expect(s.total).toMatchObject({ total: 7, rectified: 1, closed: 1, pendingReview: 0, open: 6 });
    expect(s.total).toMatchObject({ overdue: 2, dueSoon: 1, onTrack: 2, ongoing: 1, unknown: 0 });
    expect(s.total).toMatchObject({ finishedOnTime: 1, finishedLate: 0, closedOnTime: 1, closedLate: 0 });
    expect(s.total.completionRate).toBeCloseTo(1 / 7); // rectified ÷ problems
    expect(s.total.closeRate).toBeCloseTo(1 / 7); // closed ÷ problems
    expect(s.total.onTimeRate).toBe(1); // P3 closed on time, of 1 rectified
  });

  it('counts a problem under each of its responsible units, and unassigned ones apart', () => {
    const u = byKey(s.byUnit);
    expect(u['办公室']).toMatchObject({
      total: 3,
      closed: 0,
      open: 3,
      overdue: 2,
      dueSoon: 1,
      closedOnTime: 0,
      onTimeRate: null,
    });
    expect(u['办公室'].completionRate).toBe(0);
    expect(u['财务科']).toMatchObject({ total: 1, rectified: 0, pendingReview: 0, open: 1, overdue: 0, onTrack: 1 });
    expect(u['督查科']).toMatchObject({ total: 1, overdue: 1, completionRate: 0, onTimeRate: null });
    expect(u['组织科']).toMatchObject({ total: 1, closed: 1, completionRate: 1, onTimeRate: 1 });
    expect(u['（未指定责任单位）']).toMatchObject({ total: 1, open: 1 });
    expect(s.byUnit[0].key).toBe('办公室'); // largest first
  });

  it('groups by category and severity in list order, blanks apart', () => {
    expect(s.byCategory.map((r) => [r.key, r.total])).toEqual([
      ['政治建设', 1],
      ['组织建设', 1],
      ['作风建设', 2],
      ['纪律建设', 2],
      ['（未填）', 1],
    ]);
    expect(s.bySeverity.map((r) => [r.key, r.total, r.closed])).toEqual([
      ['重大', 2, 0],
      ['一般', 4, 1],
      ['轻微', 1, 0],
    ]);
  });
});

describe('supervision list', () => {
  const items = supervisionItems(data());

  it('lists open overdue and due-soon problems and measures; a problem’s only measure once, as the problem', () => {
    expect(items.map((i) => `${i.unit}/${i.person}/${i.id}/${i.alert}/${i.days}`).sort()).toEqual(
      [
        '办公室/李明/P1/overdue/20',
        '办公室/李明/P1-1/overdue/20',
        '办公室/李明/P2/dueSoon/3',
        '办公室/王芳/P4/overdue/29', // 已销号 typed, P4-1 still open: open; P4-1, its only measure, is not listed again
        '财务科/孙丽/P5-1/overdue/2', // 待审核 typed with P5-1 open: P5 is open, and so P5-1 is chased
        '督查科/赵强/P1/overdue/20',
        '研究室/吴迪/P2-1/dueSoon/2',
      ].sort(),
    );
    expect(items.some((i) => i.id === 'P4-1')).toBe(false);
  });

  it('groups by unit with overdue first and carries the reminder round', () => {
    const groups = supervisionGroups(items);
    expect(groups.map((g) => g.unit)).toEqual(['办公室', '财务科', '督查科', '研究室']);
    const office = groups[0];
    expect(office.items.map((i) => i.id)).toEqual(['P1', 'P1-1', 'P2', 'P4']);
    expect([office.overdue, office.dueSoon]).toEqual([3, 1]);
    expect(office.items[2].reminders).toBe(2);
  });
});

describe('the ledger follows the workbook’s own _settings and _calendar (one reader)', () => {
  it('counts as due soon what the workbook’s threshold says, and dates letters on its calendar', () => {
    const snap = smallSnapshot();
    const before = computeStatistics(ledgerOf(snap)).total;
    expect(before.dueSoon).toBe(1);
    // 临期提醒天数 40: P6 (deadline in 32 days) is now due soon; a local day off on 2025-07-02.
    snap.sheets.push(
      sheet('_settings', [
        ['设置项', '值', '说明'],
        ['临期提醒天数', 40, ''],
      ]),
      sheet('_calendar', [...calendarSheetRows('zh'), [toExcelSerial('2025-07-02'), '休', '本地假日']]),
    );
    const data = ledgerOf(snap);
    expect(data.settings.dueSoonDays).toBe(40);
    expect(computeStatistics(data).total.dueSoon).toBe(2);
    expect(supervisionItems(data).some((i) => i.id === 'P6' && i.alert === 'dueSoon')).toBe(true);
    // Five working days after Monday 2025-06-30 would be 07-07; the local day off moves it to 07-08.
    expect(buildLetters(data, {})[0].reportBy).toBe('2025-07-08');
    expect(buildLetters(ledgerOf(smallSnapshot()), {})[0].reportBy).toBe('2025-07-07');
  });
});
