/**
 * 回收 in memory: packages distributed from a demo ledger, edited as a unit would (and as it should not), and
 * collected through the runner. Fixed dates; every assertion is something the office sees.
 */
import { generateDemo } from '../../demo';
import { ENV, memoryPort } from '../../../test/helpers/memoryPort';
import type { CellValue } from '../core/cells';
import { snapshotAfter } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { readWorkbook } from '../read/readWorkbook';
import { rawValues } from '../read/rowReader';
import { runCommand } from '../run/runner';
import { collectCommand } from './collect';
import { distributeCommand } from './distribute';
import { STAMP_SHEET } from './stamp';
import { supervisionItems } from '../ledger/supervision';

const UNIT = '办公室';

/** The demo with its first 整改报告 row owed by UNIT (the demo's reports are the inspected units'). */
function ledger(): WorkbookSnapshot {
  const s = generateDemo({ today: ENV.today, problems: 40, seed: 7 }).snapshot;
  findSheet(s, '整改报告')!.values[1][0] = UNIT;
  return s;
}

async function setup() {
  const port = memoryPort(ledger());
  const d = await runCommand(port, distributeCommand({ newLedgerId: 'L-1', due: '2025-07-10', contact: '' }), ENV);
  const pkg = (unit: string) => {
    const p = d.result.packages.find((x) => x.unit === unit)!;
    return snapshotAfter(null, p.plan);
  };
  return { port, d, pkg };
}

/** Sets a cell of a package sheet by header and identity. */
function set(s: WorkbookSnapshot, sheet: string, id: string, header: string, v: CellValue): string {
  const sh = findSheet(s, sheet)!;
  const col = sh.values[0].indexOf(header);
  const row = sh.values.findIndex((r, i) => i > 0 && r[0] === id);
  if (col < 0 || row < 0) throw new Error(`${sheet} ${id} ${header}`);
  sh.values[row][col] = v;
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

const firstId = (s: WorkbookSnapshot, sheet: string) => String(findSheet(s, sheet)!.values[1][0]);
const later = { ...ENV, today: '2025-07-05', now: '2025-07-05 10:00:00' };

describe('collect', () => {
  it('takes what the unit typed, refuses office cells, and a second time changes nothing', async () => {
    const { port, pkg } = await setup();
    const p = pkg(UNIT);
    const sheet = findSheet(p, '任务清单')!;
    const task = String(sheet.values.find((r, i) => i > 0 && r[sheet.values[0].indexOf('完成状态')] !== '已完成')![0]);
    const problem = firstId(p, '问题清单');
    set(p, '任务清单', task, '进展情况', '已完成全部整改');
    set(p, '任务清单', task, '完成状态', 'Done');
    set(p, '任务清单', task, '实际完成日期', '2025/7/1');
    set(p, '整改报告', UNIT, '报送日期', 45839);
    const tampered = set(p, '任务清单', task, '整改措施', '改过的措施');
    set(p, '问题清单', problem, '申请延期期限', '2025-09-30');
    set(p, '问题清单', problem, '延期理由', '需招标');
    const before = port.snapshot;
    const t0 = readWorkbook(before, { today: ENV.today }).tasks.find((x) => x.id === task)!;
    const out = await runCommand(port, collectCommand([{ file: 'a.xlsx', snapshot: p }]), later);
    const r = out.result.packages[0];
    expect(r.status).toBe('merged');
    expect(r.changes.map((c) => [c.column, c.new])).toEqual([
      ['进展情况', '已完成全部整改'],
      ['完成状态', '已完成'],
      ['实际完成日期', '2025-07-01'],
      ['报送日期', '2025-07-01'],
    ]);
    expect(r.refused).toEqual([
      expect.objectContaining({ reason: 'office', sheet: '任务清单', cell: tampered, id: task, new: '改过的措施' }),
    ]);
    expect(r.requests).toEqual([
      { problemId: problem, unit: UNIT, askedOn: '2025-07-05', reason: '需招标', until: '2025-09-30' },
    ]);
    const data = readWorkbook(port.snapshot, { today: later.today });
    const t = data.tasks.find((x) => x.id === task)!;
    expect([t.progress, t.statusText, t.doneOn]).toEqual(['已完成全部整改', '已完成', '2025-07-01']);
    expect(data.reports.find((x) => x.unit === UNIT)!.submittedOn).toBe('2025-07-01');
    expect(data.extensions.map((e) => e.problemId)).toEqual([problem]);
    // nothing else of the lists changed
    const old = readWorkbook(before, { today: later.today });
    // only the measure's problem follows it (status, 完成日期), by the rule rectify record applies
    const followed = new Set(out.result.follows.map((c) => c.id));
    expect([...followed]).toEqual(out.result.follows.length ? [t0.problemId] : []);
    expect(data.problems.filter((x) => !followed.has(x.id)).map(rawValues)).toEqual(
      old.problems.filter((x) => !followed.has(x.id)).map(rawValues),
    );
    expect(data.tasks.filter((x) => x.id !== task).map(rawValues)).toEqual(
      old.tasks.filter((x) => x.id !== task).map(rawValues),
    );
    const returns = out.result.returns;
    expect(returns.find((s) => s.unit === UNIT)!.returned).toEqual({ date: '2025-07-05', round: 1, file: 'a.xlsx' });
    expect(returns.filter((s) => !s.returned)).toHaveLength(returns.length - 1);
    expect(findSheet(port.snapshot, '回收情况')!.values[0][0]).toBe('单位');
    // again: a no-op
    const again = await runCommand(port, collectCommand([{ file: 'a.xlsx', snapshot: p }]), later);
    expect(again.result.packages[0].status).toBe('alreadyCollected');
    expect(again.logged).toBe(0);
  });

  it('reports a conflict, rows added, deleted, reordered and another unit’s; refuses bad words and dates', async () => {
    const { port, pkg, d } = await setup();
    const p = pkg(UNIT);
    const tasks = findSheet(p, '任务清单')!;
    const [a, b, c] = [1, 2, 3].map((i) => String(tasks.values[i][0]));
    // The office changes a's progress after sending; the unit too.
    const data = readWorkbook(port.snapshot, { today: ENV.today });
    const rec = data.tasks.find((x) => x.id === a)!;
    const col = data.mappings.tasks!.columns.progress!;
    findSheet(port.snapshot, '任务清单')!.values[rec.row - 1][col - 1] = '办公室补记';
    set(p, '任务清单', a, '进展情况', '单位填写');
    set(p, '任务清单', b, '完成状态', '差不多了');
    set(p, '任务清单', c, '实际完成日期', '下周');
    // rows: swap b and c, delete the last, add one new and one of another unit
    [tasks.values[2], tasks.values[3]] = [tasks.values[3], tasks.values[2]];
    const last = String(tasks.values.pop()![0]);
    const otherUnit = d.result.packages.find((x) => x.unit !== UNIT && !x.stamp.rows.some((r) => r.key === a))!;
    const foreign = otherUnit.stamp.rows.find(
      (r) => r.sheet === 'tasks' && !p.sheets.some((s) => s.values.some((v) => v[0] === r.key)),
    )!.key;
    tasks.values.push([...tasks.values[1]].map((v, i) => (i === 0 ? 'NEW-1' : v)));
    tasks.values.push([...tasks.values[1]].map((v, i) => (i === 0 ? foreign : v)));
    const out = await runCommand(port, collectCommand([{ file: 'b.xlsx', snapshot: p }]), later);
    const r = out.result.packages[0];
    expect(r.refused.map((x) => [x.reason, x.id])).toEqual([
      ['conflict', a],
      ['date', c],
      ['status', b],
    ]);
    expect(r.changes).toEqual([]);
    expect(r.deleted).toEqual([`任务清单:${last}`]);
    expect(r.added).toEqual(['任务清单:NEW-1']);
    expect(r.foreign).toEqual([`任务清单:${foreign}`]);
    expect(r.reordered).toEqual(['任务清单']);
    expect(readWorkbook(port.snapshot, { today: ENV.today }).tasks.find((x) => x.id === a)!.progress).toBe(
      '办公室补记',
    );
  });

  it('refuses another ledger’s package and an older round; falls back on 填报说明 when the stamp is lost', async () => {
    const { port, pkg } = await setup();
    const first = pkg(UNIT);
    const task = firstId(first, '任务清单');
    set(first, '任务清单', task, '进展情况', '第一轮');
    // Round 2, collected first; then round 1 comes late.
    const d2 = await runCommand(port, distributeCommand({ newLedgerId: 'x', due: '', contact: '' }), ENV);
    const second = snapshotAfter(null, d2.result.packages.find((x) => x.unit === UNIT)!.plan);
    set(second, '任务清单', task, '进展情况', '第二轮');
    const r2 = await runCommand(port, collectCommand([{ file: 'r2.xlsx', snapshot: second }]), later);
    expect(r2.result.packages[0].status).toBe('merged');
    const r1 = await runCommand(port, collectCommand([{ file: 'r1.xlsx', snapshot: first }]), later);
    expect(r1.result.packages[0].status).toBe('olderRound');
    // Another ledger
    const other = memoryPort(ledger());
    const od = await runCommand(other, distributeCommand({ newLedgerId: 'L-OTHER', due: '', contact: '' }), ENV);
    const foreign = snapshotAfter(null, od.result.packages[0].plan);
    const r3 = await runCommand(port, collectCommand([{ file: 'o.xlsx', snapshot: foreign }]), later);
    expect(r3.result.packages[0].status).toBe('otherLedger');
    expect(r3.logged).toBe(0);
    // Stamp lost: matched by the unit on 填报说明 and IDs, round 2, with a warning
    const lost = snapshotAfter(null, d2.result.packages.find((x) => x.unit === UNIT)!.plan);
    lost.sheets = lost.sheets.filter((s) => s.name !== STAMP_SHEET);
    set(lost, '任务清单', task, '进展情况', '第二轮又改');
    const tampered = set(lost, '任务清单', task, '整改措施', '无标记时改的措施');
    const r4 = await runCommand(port, collectCommand([{ file: 'lost.xlsx', snapshot: lost }]), later);
    const rep = r4.result.packages[0];
    expect([rep.status, rep.round, rep.stampLost, rep.warnings.length]).toEqual(['merged', 2, true, 1]);
    expect(rep.changes.map((c) => [c.old, c.new])).toEqual([['第二轮', '第二轮又改']]);
    // Without the stamp's cell hashes, the changed office cell is found against the ledger's value.
    expect(rep.refused.map((c) => [c.reason, c.cell, c.new])).toEqual([['office', tampered, '无标记时改的措施']]);
  });

  it('chases, in 督办清单 and the letters, the units whose package is not back by its due date', async () => {
    const { port, pkg, d } = await setup();
    await runCommand(port, collectCommand([{ file: 'a.xlsx', snapshot: pkg(UNIT) }]), later);
    const items = (today: string) =>
      supervisionItems(readWorkbook(port.snapshot, { today })).filter((i) => i.type === 'package');
    expect(items('2025-07-10')).toEqual([]);
    const late = items('2025-07-13');
    expect(late.map((i) => i.unit).sort()).toEqual(
      d.result.packages
        .map((p) => p.unit)
        .filter((u) => u !== UNIT)
        .sort(),
    );
    expect(late[0]).toEqual(
      expect.objectContaining({ deadline: '2025-07-10', days: 3, alert: 'overdue', id: '第1轮下发' }),
    );
  });
});
