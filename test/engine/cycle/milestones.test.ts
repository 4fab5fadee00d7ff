/**
 * 整改期满日 as a milestone, as of 2025-06-30 on the cycle ledger: every unit's
 * date with days left or passed in 督办清单 (a section, near or not), a
 * sentence in the unit's letter while its report is not in, a table in the
 * progress report, and the milestone colour (not the items' red or yellow) on
 * 督办清单's near/passed rows and on 整改报告's 整改期满日 cell.
 */
import {
  COLORS,
  buildLetters,
  buildProgressReport,
  letterText,
  planGeneratedSheets,
  planStructure,
  readWorkbook,
  reportMilestones,
} from '../../../src/engine';
import { TODAY, cycleSnapshot } from './fixture';

const data = () => readWorkbook(cycleSnapshot(), { today: TODAY });

test('each unit’s milestone: date, days left (negative passed), report in, highlighted when near or passed', () => {
  expect(reportMilestones(data()).map((m) => [m.unit, m.deadline, m.days, m.reportIn, m.highlight])).toEqual([
    ['市交通局', '2025-05-06', -55, false, true],
    ['市教育局', '2025-05-12', -49, true, false],
    ['市卫健委', '2025-05-15', -46, true, false],
    ['市民政局', '2025-05-20', -41, true, false],
    ['市住建局', '2025-07-01', 1, false, true],
  ]);
  // Far from the date: shown, not highlighted.
  const early = reportMilestones(readWorkbook(cycleSnapshot(), { today: '2025-06-01' }));
  expect(early.find((m) => m.unit === '市住建局')).toMatchObject({ days: 30, highlight: false });
});

test('督办清单 lists every unit’s 整改期满日 in its own section, coloured when near or passed and not in', () => {
  const g = planGeneratedSheets(data(), cycleSnapshot(), { now: '2025-06-30 09:00', only: ['supervision'] });
  const rows = g.plan.writes[0].values;
  const at = rows.findIndex((r) => String(r[0]).startsWith('整改期满日（'));
  expect(at).toBeGreaterThan(0);
  const section = rows.slice(at + 1).map((r) => [r[0], r[3], r[5], r[7], r[8]]);
  expect(section).toEqual([
    ['市交通局', '期满节点', '整改报告应于2025-05-06前报送', '已过55天，未报送', 55],
    ['市教育局', '期满节点', '整改报告应于2025-05-12前报送', '已报送', 49],
    ['市卫健委', '期满节点', '整改报告应于2025-05-15前报送', '已报送', 46],
    ['市民政局', '期满节点', '整改报告应于2025-05-20前报送', '已报送', 41],
    ['市住建局', '期满节点', '整改报告应于2025-07-01前报送', '还有1天', -1],
  ]);
  const [rule] = g.plan.conditionalFormats;
  expect(rule.fill).toEqual(COLORS.milestone);
  expect(rule.fill).not.toEqual(COLORS.overdue);
  expect(rule.fill).not.toEqual(COLORS.dueSoon);
  const first = at + 2;
  expect(rule.range).toBe(`A${first}:J${first + 4}`);
  expect(rule.formula).toBe(`=AND($D${first}="期满节点",$H${first}<>"已报送",$I${first}>=-7)`); // the due-soon days (7 by default) as a number
});

test('the unit’s letter says when its report is due and how many days are left or passed', () => {
  const letters = buildLetters(data(), {});
  const zj = letterText(
    letters.find((l) => l.unit === '市住建局')!,
    'zh',
  );
  expect(zj).toContain('你单位整改报告应于2025年7月1日前报送，还有1天。');
  const jt = letterText(
    letters.find((l) => l.unit === '市交通局')!,
    'zh',
  );
  expect(jt).toContain('你单位整改报告应于2025年5月6日前报送，已过55天仍未报送，请立即报送。');
  // A unit whose report is in gets no such sentence.
  const wj = letters.find((l) => l.unit === '市卫健委');
  expect(wj && letterText(wj, 'zh')).not.toContain('你单位整改报告应于');
});

test('the progress report has a milestones table', () => {
  const r = buildProgressReport(data(), cycleSnapshot(), {});
  const i = r.document.blocks.findIndex((b) => b.kind === 'heading' && b.text.includes('整改期满日节点'));
  expect(i).toBeGreaterThan(0);
  const tbl = r.document.blocks.slice(i).find((b) => b.kind === 'table');
  expect(tbl && tbl.kind === 'table' && tbl.table.rows.map((x) => x.join('|'))).toEqual([
    '市交通局|2025-05-06|已过55天，未报送',
    '市教育局|2025-05-12|已报送',
    '市卫健委|2025-05-15|已报送',
    '市民政局|2025-05-20|已报送',
    '市住建局|2025-07-01|还有1天',
  ]);
});

test('整改报告: the 整改期满日 cell has the milestone colour first, before the row’s red and yellow', () => {
  const { plan } = planStructure(cycleSnapshot(), { lang: 'zh' });
  const rules = plan.conditionalFormats.filter((c) => c.sheet === '整改报告');
  expect(rules.map((r) => [r.id, r.priority])).toEqual([
    ['reports.milestone', 1],
    ['reports.passed', 2],
    ['reports.overdue', 3],
    ['reports.dueSoon', 4],
  ]);
  expect(rules[0].range).toBe('D2:D6');
  expect(rules[0].formula).toBe(
    '=AND(NOT(OR($F2="通过",$F2="Passed")),NOT(ISNUMBER($E2)),ISNUMBER($D2),$D2-TODAY()<=RL_DueSoonDays)',
  );
  expect(rules[0].fill).toEqual(COLORS.milestone);
});
