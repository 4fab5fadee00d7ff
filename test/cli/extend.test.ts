/**
 * `rectify extend` on a demo ledger, as a clerk runs it: a request, the same request again (nothing written),
 * the approval (working deadline before → after), then 统计 agrees with an independent count that reads the
 * register too (test/helpers/count_ledger.py: openpyxl, not our code) — 已延期 apart from overdue while the
 * approved date is ahead, overdue once it has passed; a second request is over the limit for check.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../helpers/cli';
import { parseCheckReport } from '../helpers/checkReport';
import { readWorkbook } from '../../src/engine';
import { readSnapshot } from '../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'rl-extend-'));
const f = (name: string) => join(dir, name);
const TODAY = '2025-06-30';

const count = (file: string, today: string) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../helpers/count_ledger.py'), file, today], {
      encoding: 'utf8',
    }),
  );

test('request, repeat, approve: 已延期 counted apart, then overdue past the date granted; agrees with openpyxl', async () => {
  expect((await rectify('demo', f('d.xlsx'), '--today', TODAY, '--problems', '20')).code).toBe(0);
  const parsed = readWorkbook(await readSnapshot(f('d.xlsx')), { today: TODAY });
  const late = parsed.problems.find((p) => p.alert.kind === 'overdue' && p.status !== 'rejected')!;
  const id = late.id;
  const was = late.overallDeadline!;

  const asked = ['--problem', id, '--asked', '2025-06-20', '--until', '2025-07-20', '--reason', '需省厅批复'];
  const r1 = await rectify('extend', f('d.xlsx'), ...asked, '-o', f('e1.xlsx'), '--today', TODAY);
  expect([r1.code, r1.err]).toEqual([0, '']);
  expect(r1.out).toContain(
    `问题 ${id}：延期申请已登记（“延期申请”第 2 行），申请延至 2025-07-20，待审批；现行整改期限 ${was} → ${was}。`,
  );

  const again = await rectify('extend', f('e1.xlsx'), ...asked, '--in-place', '--today', TODAY);
  expect(again.code).toBe(0);
  expect(again.out).toContain('未重复登记');
  expect(again.out).toContain('_log 留痕 0 条');

  const ok = await rectify(
    'extend',
    f('e1.xlsx'),
    '--problem',
    id,
    '--approve',
    '--by',
    '王主任',
    '-o',
    f('e2.xlsx'),
    '--today',
    TODAY,
  );
  expect(ok.code).toBe(0);
  expect(ok.out).toContain(`现行整改期限 ${was} → 2025-07-20（原整改期限 ${was}）`);

  // 统计 as of today: the problem is 已延期, not overdue; the independent count says the same.
  const rep = await rectify('report', f('e2.xlsx'), '-o', f('r1.xlsx'), '--today', TODAY);
  expect(rep.code).toBe(0);
  expect(rep.out).toContain('另有 1 个问题经批准延期、未超过批准期限（已延期，不计入逾期）。');
  const c1 = count(f('r1.xlsx'), TODAY);
  expect([c1.extended, c1.extendedIds]).toEqual([1, [id]]);
  expect(c1.overdueIds).not.toContain(id);
  expect(c1.sheet.headline).toEqual(c1.headline);
  expect(c1.sheet.extended).toBe(1);
  expect(c1.sheet.unit).toEqual(c1.unit);

  // Past the date granted it is overdue like anything else.
  expect((await rectify('report', f('e2.xlsx'), '-o', f('r2.xlsx'), '--today', '2025-07-25')).code).toBe(0);
  const c2 = count(f('r2.xlsx'), '2025-07-25');
  expect(c2.extended).toBe(0);
  expect(c2.overdueIds).toContain(id);
  expect(c2.sheet.headline).toEqual(c2.headline);

  // A second request for the same problem is over the default limit of one: a warning, nothing else.
  const second = ['--problem', id, '--asked', '2025-07-10', '--until', '2025-08-31', '--reason', '仍需协调'];
  expect((await rectify('extend', f('e2.xlsx'), ...second, '-o', f('e3.xlsx'), '--today', TODAY)).code).toBe(0);
  const chk = await rectify('check', f('e3.xlsx'), '--json', '--today', TODAY);
  const report = parseCheckReport(chk.out);
  expect(chk.code).toBe(0);
  expect(report.findings.map((x) => [x.code, x.severity, x.sheet, x.cell])).toEqual([
    ['extension.tooMany', 'warning', '延期申请', 'A3'],
  ]);
});

test('bad input says where and writes nothing (exit 2)', async () => {
  expect((await rectify('demo', f('b.xlsx'), '--today', TODAY, '--problems', '20')).code).toBe(0);
  const cases: [string[], string][] = [
    [
      ['--problem', 'NOPE', '--asked', '2025-06-20', '--until', '2025-09-01', '--reason', 'x'],
      '没有问题编号为“NOPE”的问题',
    ],
    [['--problem', 'XC-2025-0001', '--approve'], '还没有“延期申请”表'],
    [['--problem', 'XC-2025-0001', '--asked', '2025-06-20'], '还需要 --until --reason'],
    [['--problem', 'XC-2025-0001', '--approve', '--refuse'], '请在登记申请'],
    [['--problem', 'XC-2025-0001', '--asked', '2025-06-20', '--until', '2025-02-30', '--reason', 'x'], '--until'],
  ];
  for (const [args, says] of cases) {
    const r = await rectify('extend', f('b.xlsx'), ...args, '-o', f('b2.xlsx'), '--today', TODAY);
    expect([r.code, r.err.includes(says)]).toEqual([2, true]);
  }
});
