/**
 * Reading 移交清单 and 整改报告: the computed dates (签收期限, 办理期限,
 * 整改期满日, 重报期限) by the official calendar, each row's alert, and the
 * three clue ledgers partitioning the clues at every date.
 */
import {
  CLUE_LEDGERS,
  checkWorkbook,
  clueAlertText,
  cluesAt,
  planRefresh,
  readWorkbook,
  reportAlertText,
  tallyClues,
  tallyReports,
} from '../../../src/engine';
import { applyWrites } from '../ledger/fixture';
import { TODAY, cycleSnapshot } from './fixture';

const parsed = () => readWorkbook(cycleSnapshot(), { today: TODAY });

test('clues: sign-by and deadlines from the transfer date, and their alerts', () => {
  const p = parsed();
  const by = (id: string) => p.clues.find((c) => c.id === id)!;
  expect(by('C1').signBy).toBe('2025-07-01'); // Thu 26 June + 3 working days
  expect(by('C3').deadline).toBe('2025-06-06');
  expect(p.clues.map((c) => [c.id, clueAlertText(c.alert, 'zh')])).toEqual([
    ['C1', '待签收'],
    ['C2', '超期未签收11天'],
    ['C3', '办理超时24天'],
    ['C4', '按时办结'],
    ['C5', '超时办结（超时14天）'],
    ['C6', '办理临期3天'],
    ['C7', '办理中'],
  ]);
});

test('reports: the period from the feedback date (else the unit’s in 问题清单), sent back twice, resubmitted', () => {
  const p = parsed();
  expect(
    p.reports.map((r) => [r.unit, r.deadline, r.resubmit.deadline ?? null, reportAlertText(r.alert, 'zh')]),
  ).toEqual([
    ['市住建局', '2025-07-01', null, '临期1天'],
    ['市交通局', '2025-05-06', null, '逾期未报55天'],
    ['市教育局', '2025-05-12', null, '已通过'],
    ['市卫健委', '2025-05-15', '2025-06-04', '打回重写，逾期未报26天'],
    ['市民政局', '2025-05-20', '2025-06-13', '已重新报送，待审核20天'],
  ]);
  expect(tallyReports(p.reports, TODAY)).toMatchObject({ units: 5, due: 4, passed: 1, sentBackDue: 2, overdue: 2 });
});

test('the three ledgers partition the clues at every date, and a clue never leaves them', () => {
  const p = parsed();
  let before = new Set<string>();
  for (const date of [
    '2025-03-31',
    '2025-04-01',
    '2025-05-06',
    '2025-05-20',
    '2025-06-06',
    '2025-06-07',
    TODAY,
    '2025-12-31',
  ]) {
    const at = cluesAt(p.clues, date);
    const ids = new Set(at.map((x) => x.clue.id));
    for (const id of before) expect([date, id, ids.has(id)]).toEqual([date, id, true]);
    before = ids;
    const f = tallyClues(p.clues, date);
    expect(f.handling + f.onTime + f.overdue).toBe(f.total);
    expect(f.total).toBe(at.length);
  }
  expect(tallyClues(p.clues, TODAY)).toMatchObject({
    total: 7,
    handling: 4,
    onTime: 1,
    overdue: 2,
    awaiting: 2,
    signLate: 1,
  });
  expect(CLUE_LEDGERS.map((l) => l.id)).toEqual(['cluesHandling', 'cluesOnTime', 'cluesOverdue']);
});

test('refresh writes the computed dates and alerts; check is then clean', () => {
  const snap = cycleSnapshot();
  const p = readWorkbook(snap, { today: TODAY });
  const after = applyWrites(snap, planRefresh(snap, p));
  const clues = after.sheets.find((s) => s.name === '移交清单')!.values;
  expect(clues[1][8]).toBe(45839); // 签收期限 2025-07-01
  expect(clues[3][15]).toBe('办理超时24天');
  const r = checkWorkbook(after, { today: TODAY, lang: 'zh' });
  const cycle = r.findings.filter((f) => f.sheet === '移交清单' || f.sheet === '整改报告');
  expect(cycle).toEqual([]);
  expect(r.summary).toMatchObject({ clues: 7, reports: 5 });
});
