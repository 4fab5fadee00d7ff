/**
 * A problem is the sum of its measures (docs/STATUS.md, "A problem and its
 * measures"): rectified only when every measure is done, due by the latest
 * measure deadline, 待审核 only when all measures are done and the review is
 * pending — and 统计, the pane's summary, 督办清单, the letters and the
 * progress report all say so, from the one rule (rules/status.ts
 * problemAsSum, applied by the reader). A problem whose one measure repeats it
 * is listed once, so a letter's count is the problems' count.
 */
import {
  type CellValue,
  buildLetters,
  buildProgressReport,
  computeStatistics,
  documentText,
  letterText,
  planGeneratedSheets,
  problemAsSum,
  summarize,
  supervisionItems,
} from '../../../src/engine';
import { PROBLEMS } from '../../../src/engine/schema/problems';
import { RESPONSIBILITIES } from '../../../src/engine/schema/responsibilities';
import { TASKS } from '../../../src/engine/schema/tasks';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import type { WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { TODAY, ledgerOf, sheet, smallSnapshot } from './fixture';

const d = (iso: string) => toExcelSerial(iso);
const row = (cols: { key: string }[], rec: Record<string, CellValue>) =>
  cols.map((c) => (c.key in rec ? rec[c.key] : null));

type Measure = { status: string; deadline: string; doneOn?: string; unit?: string };

/** A ledger of problems (all fed back 2025-05-01, 市住建局) with their measures and one responsible unit each. */
function ledger(
  problems: { id: string; status: string; deadline?: string; text?: string; unit?: string; measures: Measure[] }[],
): WorkbookSnapshot {
  const P = [PROBLEMS.columns.map((c) => c.header.zh)];
  const R = [RESPONSIBILITIES.columns.map((c) => c.header.zh)];
  const T = [TASKS.columns.map((c) => c.header.zh)];
  for (const p of problems) {
    const text = p.text ?? `问题${p.id}`;
    P.push(
      row(PROBLEMS.columns, {
        id: p.id,
        inspectedUnit: '市住建局',
        description: text,
        feedbackDate: d('2025-05-01'),
        deadline: p.deadline ? d(p.deadline) : null,
        status: p.status,
        completedOn: p.status === '待审核' ? d('2025-06-20') : null,
      }) as string[],
    );
    R.push(row(RESPONSIBILITIES.columns, { problemId: p.id, unit: p.unit ?? '办公室', person: '李明' }) as string[]);
    p.measures.forEach((m, k) =>
      T.push(
        row(TASKS.columns, {
          id: `${p.id}-${k + 1}`,
          problemId: p.id,
          // One measure per problem repeats the problem, as legacy ledgers (and their import) have it.
          measure: p.measures.length === 1 ? text : `措施${k + 1}`,
          deadline: d(m.deadline),
          unit: m.unit ?? null,
          status: m.status,
          doneOn: m.doneOn ? d(m.doneOn) : null,
        }) as string[],
      ),
    );
  }
  const sheets = [sheet('问题清单', P), sheet('责任清单', R), sheet('任务清单', T)];
  return { sheets, user: 't', readAt: `${TODAY}T09:00:00Z` };
}

describe('the rule', () => {
  test('problemAsSum: open while a measure is open, due by the latest deadline, the problem’s own 长期坚持 kept', () => {
    const done = { state: 'closed' as const, deadline: '2025-06-10' };
    const open = { state: 'open' as const, deadline: '2025-07-31' };
    expect(problemAsSum({ state: 'pendingReview', deadline: '2025-06-30' }, [done, open])).toEqual({
      state: 'open',
      deadline: '2025-07-31',
      measures: 2,
      measuresDone: 1,
    });
    expect(problemAsSum({ state: 'pendingReview', deadline: '2025-06-30' }, [done])).toMatchObject({
      state: 'pendingReview',
      deadline: '2025-06-30',
    });
    expect(problemAsSum({ state: 'closed', deadline: undefined }, [done, open])).toMatchObject({
      state: 'open',
      deadline: '2025-07-31', // no deadline of its own (no feedback date): its measures'
    });
    expect(problemAsSum({ state: 'open', deadline: null }, [open]).deadline).toBeNull();
    expect(problemAsSum({ state: 'open', deadline: '2025-06-30' }, []).state).toBe('open');
  });
});

describe('待审核 with two of three measures still open (the case that was counted 已整改)', () => {
  const snap = () =>
    ledger([
      {
        id: 'A-01',
        status: '待审核',
        deadline: '2025-06-30',
        measures: [
          { status: '已完成', deadline: '2025-06-10', doneOn: '2025-06-09' },
          { status: '进行中', deadline: '2025-06-20' },
          { status: '未开始', deadline: '2025-07-15' },
        ],
      },
      {
        id: 'A-02',
        status: '整改中',
        deadline: '2025-08-31',
        measures: [{ status: '进行中', deadline: '2025-08-31' }],
      },
    ]);

  test('is open in 统计, the pane’s summary and the progress report, and its open measure is chased', () => {
    const data = ledgerOf(snap());
    const a = data.problems[0];
    expect([a.state, a.overallDeadline, a.alert.kind, a.measuresDone, a.measures]).toEqual([
      'open',
      '2025-07-15', // the latest measure's deadline, later than its own 06-30
      'onTrack',
      1,
      3,
    ]);
    const stats = computeStatistics(data).total;
    expect(stats).toMatchObject({ total: 2, rectified: 0, pendingReview: 0, open: 2 });
    expect(summarize(data).problems).toMatchObject({ rectified: 0, pendingReview: 0, open: 2 });
    const report = buildProgressReport(data, snap());
    expect(report.problems).toMatchObject({ rectified: 0, open: 2 });
    expect(documentText(report.document)).toContain('已整改0个（其中已销号0个、待审核0个）');
    expect(supervisionItems(data).map((i) => [i.id, i.alert, i.days])).toEqual([['A-01-2', 'overdue', 10]]);
    // 整改台账 shows the measures done and the deadline the problem runs against.
    const ledgerRows = planGeneratedSheets(data, snap(), { now: '2025-06-30 09:00', only: ['ledger'] }).plan.writes[0]
      .values;
    expect(ledgerRows[3].slice(8, 10)).toEqual(['1/3', d('2025-07-15')]);
  });

  test('once every measure is done it is 待审核, counted rectified, and chased no more', () => {
    const s = snap();
    const tasks = s.sheets[2].values;
    for (const r of tasks.slice(1)) {
      r[TASKS.columns.findIndex((c) => c.key === 'status')] = '已完成';
      r[TASKS.columns.findIndex((c) => c.key === 'doneOn')] = d('2025-06-20');
    }
    const data = ledgerOf(s);
    expect(data.problems.map((p) => [p.state, p.alert.kind])).toEqual([
      ['pendingReview', 'pendingOnTime'],
      ['open', 'onTrack'], // 整改中 typed: done measures do not hand a problem in for review
    ]);
    expect(computeStatistics(data).total).toMatchObject({ rectified: 1, pendingReview: 1, open: 1 });
    expect(supervisionItems(data)).toEqual([]);
  });
});

test('the small ledger’s P4 and P5, their last measure finished, are closed late and in review again', () => {
  const s = smallSnapshot();
  const tasks = s.sheets[2].values;
  const status = TASKS.columns.findIndex((c) => c.key === 'status');
  const doneOn = TASKS.columns.findIndex((c) => c.key === 'doneOn');
  for (const r of tasks.filter((x) => x[0] === 'P4-1' || x[0] === 'P5-1')) {
    r[status] = '已完成';
    r[doneOn] = d('2025-06-04');
  }
  const data = ledgerOf(s);
  const kinds = Object.fromEntries(data.problems.map((p) => [p.id, p.alert.kind]));
  expect([kinds.P4, kinds.P5]).toEqual(['closedLate', 'pendingOnTime']);
  expect(computeStatistics(data).total).toMatchObject({ rectified: 3, closed: 2, pendingReview: 1, closedLate: 1 });
});

describe('a problem with one identical measure is listed once', () => {
  // Five overdue problems, each with the one measure that repeats it (the legacy layout): the letter said 10项.
  const problems = ['B-01', 'B-02', 'B-03', 'B-04', 'B-05'].map((id) => ({
    id,
    status: '整改中',
    deadline: '2025-06-15',
    measures: [{ status: '进行中', deadline: '2025-06-15' }],
  }));

  test('in 督办清单 and in the letter, whose count is the statistics’ count', () => {
    const data = ledgerOf(ledger(problems));
    const stats = computeStatistics(data).total;
    expect(stats.overdue).toBe(5);
    const items = supervisionItems(data);
    expect(items.map((i) => [i.type, i.id])).toEqual(problems.map((p) => ['problem', p.id]));
    const [letter] = buildLetters(data, {});
    expect(letter.rows).toHaveLength(5);
    expect(letterText(letter, 'zh')).toContain('有5项已超过整改期限、0项即将到期');
    const sup = planGeneratedSheets(data, ledger(problems), { now: '2025-06-30 09:00', only: ['supervision'] });
    const rows = sup.plan.writes[0].values;
    expect(rows.filter((r) => r[3] === '问题' || r[3] === '措施').map((r) => r[4])).toEqual(problems.map((p) => p.id));
  });

  test('a measure under another unit, or one of several, is still listed beside its problem', () => {
    const data = ledgerOf(
      ledger([
        {
          id: 'C-01',
          status: '整改中',
          deadline: '2025-06-15',
          measures: [{ status: '进行中', deadline: '2025-06-15', unit: '督查科' }],
        },
        {
          id: 'C-02',
          status: '整改中',
          deadline: '2025-06-15',
          measures: [
            { status: '进行中', deadline: '2025-06-15' },
            { status: '进行中', deadline: '2025-06-12' },
          ],
        },
      ]),
    );
    expect(supervisionItems(data).map((i) => `${i.unit}/${i.id}`)).toEqual([
      '办公室/C-02-2',
      '办公室/C-01',
      '办公室/C-02',
      '办公室/C-02-1',
      '督查科/C-01-1', // its unit's letter names it
    ]);
  });
});
