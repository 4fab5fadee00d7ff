/**
 * A unit's report due and not in is chased like an overdue problem: it is in
 * 督办清单 under the inspected unit and in that unit's reminder letter, and
 * a report sent back is chased by its 重报期限; recording the letter counts
 * reminders on problems only.
 */
import { buildLetters, letterText, planRecordReminders, readWorkbook, supervisionItems } from '../../../src/engine';
import { TODAY, cycleSnapshot } from './fixture';

test('overdue and due-soon reports are chased under their unit, and are in its letter', () => {
  const data = readWorkbook(cycleSnapshot(), { today: TODAY });
  const reports = supervisionItems(data).filter((i) => i.type === 'report');
  expect(reports.map((i) => [i.unit, i.deadline, i.alert, i.days])).toEqual([
    ['市交通局', '2025-05-06', 'overdue', 55],
    ['市卫健委', '2025-06-04', 'overdue', 26],
    ['市住建局', '2025-07-01', 'dueSoon', 1],
  ]);
  const letter = buildLetters(data, {}).find((l) => l.unit === '市卫健委')!;
  const text = letterText(letter, 'zh');
  expect(text).toContain('整改报告被打回重写（第1次），须按期重新报送');
  expect(text).toContain('打回重写，逾期未报26天');
  const plan = planRecordReminders(
    data,
    cycleSnapshot(),
    letter.items.map((i) => i.problemId),
  );
  expect(plan.ok && plan.value.writes).toEqual([]);
});
