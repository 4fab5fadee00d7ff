/**
 * The workbook core of the engine on plain data: readWorkbook, planStructure,
 * planRefresh, checkWorkbook, summarize and the demo generator.
 */
import {
  CHECK_CODES,
  CellValue,
  EngineError,
  checkWorkbook,
  planRefresh,
  planStructure,
  readWorkbook,
} from '../../src/engine';
import { isValidPhone } from '../../src/engine/rules/phone';
import { cellText } from '../../src/engine/read/rowReader';
import { looksLikeAlert } from '../../src/engine/rules/alertText';
import { UNPLANTABLE_CODES, generateDemo } from '../../src/demo';
import { summarize } from '../../src/engine/ledger/summary';
import { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { type Plan, snapshotAfter } from '../../src/engine/core/plan';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  name,
  visibility: 'visible',
  values,
  formulas: {},
  tables: [],
  merges: [],
  ...extra,
});
const wb = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({
  sheets,
  user: 'tester',
  readAt: '2025-06-30T08:00:00Z',
});
const S = (iso: string) => toExcelSerial(iso);

/** A plan's value writes applied to the snapshot in place; sheets the plan creates are added by the test itself. */
function applyWritesToSnapshot(snap: WorkbookSnapshot, plan: Plan): void {
  snap.sheets = snapshotAfter(snap, { ...plan, sheets: [] }).sheets;
}

/** A hand-made ledger with legacy headers in their own order and an extra column. */
function legacyLedger(): WorkbookSnapshot {
  return wb(
    sheet('问题清单', [
      ['序号', '问题简述', '被巡视单位', '反馈时间', '整改时限', '整改期限', '整改情况', '自定义列', '预警'],
      ['P1', '制度不健全', '市教育局', S('2025-09-30'), '10个工作日', null, '整改中', 'x', null],
      ['P2', '台账不规范', '市民政局', S('2025-03-01'), null, S('2025-04-15'), '整改中', null, null],
      ['P3', '长期问题', '市水利局', S('2025-03-01'), '长期坚持', null, '整改中', null, null],
      [null, null, null, null, null, null, null, null, null],
      ['P4', '已整改', '市商务局', S('2025-01-10'), '30天', S('2025-02-10'), '已销号', null, '按期销号'],
    ]),
    sheet('责任清单', [
      ['问题编号', '牵头领导', '责任单位', '责任人'],
      ['P1', '王建国', '办公室', '李敏'],
    ]),
    sheet('任务清单', [
      ['任务编号', '问题编号', '整改措施', '完成状态', '完成时限'],
      ['P1-1', 'P1', '修订制度', '进行中', '1个月'],
    ]),
  );
}

describe('readWorkbook', () => {
  test('maps legacy headers in any order, keeps extra columns, types every record', () => {
    const p = readWorkbook(legacyLedger(), { today: '2025-10-10' });
    const m = p.mappings.problems!;
    expect(m.columns).toMatchObject({
      id: 1,
      description: 2,
      inspectedUnit: 3,
      feedbackDate: 4,
      timeLimit: 5,
      deadline: 6,
      status: 7,
      alert: 9,
    });
    expect(m.extra).toEqual([{ column: 8, header: '自定义列' }]);
    expect(p.problems.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    const [p1, p2, p3, p4] = p.problems;
    expect(p1).toMatchObject({
      id: 'P1',
      feedbackDate: '2025-09-30',
      status: 'inProgress',
      deadline: '2025-10-21',
      deadlineTyped: false,
      calendarCovered: true,
    });
    // A problem is the sum of its measures: P1 runs against its measure P1-1's deadline (1个月 → 10-30), the later one.
    expect(p1.overallDeadline).toBe('2025-10-30');
    expect(p1.alert).toEqual({ kind: 'onTrack', days: 20 });
    expect(p2).toMatchObject({ deadline: '2025-04-15', deadlineTyped: true, computedDeadline: undefined });
    expect(p2.alert.kind).toBe('overdue');
    expect(p3).toMatchObject({ deadline: null, deadlineTyped: false });
    expect(p3.alert.kind).toBe('ongoing');
    expect(p4.status).toBe('closed');
    expect(cellText(p4, 'id')).toBe('P4');
    expect(p.tasks[0]).toMatchObject({ id: 'P1-1', problemId: 'P1', status: 'inProgress', deadline: '2025-10-30' });
    expect(p.missing).toEqual([]);
    expect(p.lang).toBe('zh');
  });

  test('finds English sheets and reports what it cannot read as issues, not exceptions', () => {
    const snap = wb(
      sheet('Problems', [
        ['Problem ID', 'Feedback date', 'Time limit', 'Status', 'Category'],
        ['E1', 'yesterday', '3月', 'Closed', 'Nonsense'],
        ['E2', { error: '#N/A' }, '10 working days', 'In progress', 'Political'],
      ]),
    );
    const p = readWorkbook(snap, { today: '2025-06-30' });
    expect(p.lang).toBe('en');
    expect(p.missing).toEqual(['responsibilities', 'tasks']);
    expect(p.issues.map((i) => [i.code, i.row, i.column])).toEqual(
      expect.arrayContaining([
        ['date.invalid', 2, 2],
        ['list.invalid', 2, 5],
        ['date.invalid', 3, 2],
      ]),
    );
    expect(p.problems[0].deadline).toBeUndefined();
  });

  test('merged header cells stop the read with a located error', () => {
    const snap = wb(sheet('问题清单', [['问题编号', null, '反馈日期']], { merges: ['A1:B1'] }));
    expect(() => readWorkbook(snap)).toThrow(EngineError);
    try {
      readWorkbook(snap);
    } catch (e) {
      expect((e as EngineError).code).toBe('workbook.mergedHeader');
      expect((e as EngineError).params).toMatchObject({ sheet: '问题清单', range: 'A1:B1' });
    }
  });
});

describe('planStructure', () => {
  test('an empty workbook gets the whole layout', () => {
    const plan = planStructure(wb(), { lang: 'zh' }).plan;
    expect(plan.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['问题清单', 'visible'],
      ['责任清单', 'visible'],
      ['任务清单', 'visible'],
      ['移交清单', 'visible'],
      ['整改报告', 'visible'],
      ['_lists', 'hidden'],
      ['_settings', 'hidden'],
      ['_calendar', 'hidden'],
      ['_log', 'hidden'],
    ]);
    expect(plan.tables.map((t) => [t.name, t.ref])).toEqual([
      ['Problems', 'A1:U2'],
      ['Responsibilities', 'A1:G2'],
      ['Tasks', 'A1:L2'],
      ['Clues', 'A1:Q2'],
      ['UnitReports', 'A1:N2'],
    ]);
    expect(plan.validations.every((v) => v.listFormula.startsWith("='_lists'!$"))).toBe(true);
    // 问题清单 4 (with 已延期), 任务清单 3; 移交清单 4 (with 超期未签收); 整改报告 4 (with the 整改期满日 milestone).
    // No 延期申请: init does not create it.
    expect(plan.conditionalFormats).toHaveLength(15);
    expect(plan.conditionalFormats.every((c) => /TODAY\(\)|OR\(/.test(c.formula))).toBe(true);
    expect(plan.names).toEqual([{ name: 'RL_DueSoonDays', ref: "='_settings'!$B$2" }]);
    expect(plan.notes.length).toBe(21 + 7 + 12 + 17 + 14);
    expect(plan.sheets.find((s) => s.name === '_log')!.protect).toEqual({ password: '' });
  });

  test('English layout on request', () => {
    const plan = planStructure(wb(), { lang: 'en' }).plan;
    expect(plan.sheets.slice(0, 3).map((s) => s.name)).toEqual(['Problems', 'Responsibilities', 'Tasks']);
    expect(plan.writes.find((w) => w.sheet === 'Problems')!.values[0][0]).toBe('Problem ID');
  });

  test('existing data: missing columns go right of everything used, values untouched, second run writes nothing', () => {
    const snap = legacyLedger();
    // a stray value far right, without a header: new columns must go past it
    snap.sheets[0].values[3][11] = '备忘';
    const { plan, info } = planStructure(snap, { lang: 'en' });
    const added = info.addedColumns.filter((c) => c.sheet === '问题清单');
    expect(added[0].column).toBe(13);
    expect(added.map((c) => c.header)).toContain('问题类别'); // the workbook's own language wins
    // only header cells are written on the list sheets: row 1, at or right of the new columns, or blank headers
    for (const w of plan.writes.filter((w) => ['问题清单', '责任清单', '任务清单'].includes(w.sheet))) {
      expect(w.row).toBe(1);
    }
    const table = plan.tables.find((t) => t.sheet === '问题清单')!;
    expect(table.ref).toBe(`A1:${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[12 + added.length - 1]}6`);
    expect(new Set(table.headers).size).toBe(table.headers.length);
    expect(table.headers).toContain('列10'); // the blank header between the old edge and the new columns
    // apply the values, then plan again: nothing left to write
    applyWritesToSnapshot(snap, plan);
    for (const s of plan.sheets.filter((s) => s.create))
      snap.sheets.push(sheet(s.name, [], { visibility: s.visibility ?? 'visible' }));
    applyWritesToSnapshot(snap, plan);
    for (const t of plan.tables) snap.sheets.find((s) => s.name === t.sheet)!.tables.push({ name: t.name, ref: t.ref });
    const again = planStructure(snap, { lang: 'en' }).plan;
    expect(again.writes).toEqual([]);
    expect(again.tables).toEqual([]); // tables already over their rows are left as they are
  });
});

describe('planRefresh', () => {
  test('writes only changed computed cells, keeps typed deadlines, logs old → new, guards with expect', () => {
    const snap = legacyLedger();
    const plan = planRefresh(snap, readWorkbook(snap, { today: '2025-10-10' }));
    const cells = plan.log.map((l) => `${l.sheet}!${l.address}`);
    // A changed deadline is logged cell by cell; the alert texts as one summary row over their range.
    expect(cells).toEqual(['问题清单!F2', '问题清单!I2:I6']);
    expect(plan.log[1].newValue).toBe('预警更新 4 处');
    const alertWrites = plan.writes.filter((w) => w.column === 9).flatMap((w) => w.values.map((_, i) => w.row + i));
    expect(alertWrites).toEqual([2, 3, 4, 6]);
    expect(cells).not.toContain('问题清单!F3'); // typed by hand on an empty limit: the user's
    expect(cells).not.toContain('问题清单!F6'); // already right (30 days from 01-10 lands on a Sunday: 02-10)
    const f2 = plan.log.find((l) => l.address === 'F2' && l.sheet === '问题清单')!;
    expect(f2).toMatchObject({ oldValue: null, newValue: '2025-10-21' });
    expect(plan.expect!.length).toBeGreaterThanOrEqual(plan.log.length);
    applyWritesToSnapshot(snap, plan);
    expect(planRefresh(snap, readWorkbook(snap, { today: '2025-10-10' })).writes).toEqual([]);
    expect(planRefresh(snap, readWorkbook(snap, { today: '2025-10-11' })).log.map((l) => l.address)).toEqual(['I3:I3']);
  });
});

describe('demo', () => {
  const today = '2025-06-30';

  test('is deterministic and passes check with no findings, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const a = generateDemo({ problems: 120, today, seed: 3, lang });
      const b = generateDemo({ problems: 120, today, seed: 3, lang });
      expect(a.snapshot.sheets).toEqual(b.snapshot.sheets);
      const r = checkWorkbook(a.snapshot, { today, lang });
      expect(r.findings).toEqual([]);
      expect(r.summary).toMatchObject({ errors: 0, warnings: 0, problems: 120 });
    }
    expect(generateDemo({ problems: 50, today, seed: 4 }).snapshot).not.toEqual(
      generateDemo({ problems: 50, today, seed: 5 }).snapshot,
    );
  });

  test('has every status and every alert', () => {
    const demo = generateDemo({ problems: 60, today, seed: 1 });
    const p = readWorkbook(demo.snapshot, { today });
    expect(new Set(p.problems.map((r) => r.status))).toEqual(
      new Set(['notStarted', 'inProgress', 'pendingReview', 'closed', 'rejected']),
    );
    expect(new Set(p.problems.map((r) => r.alert.kind))).toEqual(
      new Set(['overdue', 'dueSoon', 'onTrack', 'closedOnTime', 'closedLate', 'ongoing', 'pendingOnTime']),
    );
    expect(p.tasks.length / p.problems.length).toBeGreaterThan(3);
    expect(p.problems.filter((r) => r.kind === 'immediate').length).toBeGreaterThan(0);
  });

  test('--mistakes plants exactly one violation of every rule, found at its cell and nothing else', () => {
    for (const lang of ['zh', 'en'] as const) {
      const demo = generateDemo({ problems: 40, today, seed: 2, lang, mistakes: true });
      const plantable = CHECK_CODES.filter((c) => !UNPLANTABLE_CODES.includes(c));
      expect(demo.mistakes.map((m) => m.code).sort()).toEqual([...plantable].sort());
      // the renamed header is applied after structuring; emulate it on the snapshot
      for (const r of demo.renames)
        demo.snapshot.sheets.find((s) => s.name === r.sheet)!.values[r.row - 1][r.column - 1] = r.text;
      const found = checkWorkbook(demo.snapshot, { today, lang })
        .findings.map((f) => `${f.code}|${f.sheet}|${f.cell}`)
        .sort();
      expect(found).toEqual(demo.mistakes.map((m) => `${m.code}|${m.sheet}|${m.cell}`).sort());
    }
  });

  test('summarize agrees with a count done by hand', () => {
    const demo = generateDemo({ problems: 200, today, seed: 9 });
    const parsed = readWorkbook(demo.snapshot, { today });
    const s = summarize(parsed);
    const rows = demo.snapshot.sheets[0].values.slice(1);
    const header = demo.snapshot.sheets[0].values[0];
    const col = (h: string) => header.indexOf(h);
    const closed = rows.filter((r) => r[col('整改状态')] === '已销号').length;
    const rectified = rows.filter((r) => ['已销号', '待审核'].includes(r[col('整改状态')] as string)).length;
    const overdue = rows.filter(
      (r) =>
        !['已销号', '待审核'].includes(r[col('整改状态')] as string) &&
        typeof r[col('整改期限')] === 'number' &&
        (r[col('整改期限')] as number) < S(today),
    ).length;
    expect(s.problems.total).toBe(200);
    expect(s.problems.closed).toBe(closed);
    expect(s.problems.overdue).toBe(overdue);
    expect(s.problems.rectified).toBe(rectified);
    expect(s.problems.completionRate).toBeCloseTo(rectified / 200);
    expect(s.problems.closeRate).toBeCloseTo(closed / 200);
    expect(s.tasks.total).toBe(parsed.tasks.length);
  });
});

describe('rules', () => {
  test('phones', () => {
    for (const ok of [
      '13812345678',
      '138 1234 5678',
      '+8613812345678',
      '010-12345678',
      '0571-88886666',
      '88886666',
      '4008001234',
      '13812345678、010-12345678',
    ])
      expect([ok, isValidPhone(ok)]).toEqual([ok, true]);
    for (const bad of ['12345', '1381234567', 'abc', '23812345678', '010-123'])
      expect([bad, isValidPhone(bad)]).toEqual([bad, false]);
  });

  test('alert texts of both languages are recognised', () => {
    for (const ok of [
      '已逾期3天',
      '临期5天',
      '今日到期',
      '正常',
      '按期销号',
      '逾期销号（逾期2天）',
      'Overdue 4 d',
      'Due in 2 d',
      'Ongoing',
    ])
      expect([ok, looksLikeAlert(ok)]).toEqual([ok, true]);
    expect(looksLikeAlert('已完成了')).toBe(false);
  });
});
