/**
 * `rectify clue` and `rectify unit-report` through the command line, on the
 * demo: signing for and finishing a clue write its row and log who did it; a
 * report sent back twice shows 打回次数 2 and is due again by the limit given
 * the second time, counted from the second review by the official calendar;
 * wrong requests are refused with a sentence and write nothing.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type CellValue, checkLog, fromExcelSerial } from '../../../src/engine';
import { rectify } from '../../helpers/cli';
import { readSnapshot } from '../../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'cycle-cli-'));
const f = (name: string) => join(dir, name);

/** A sheet's rows by its first column's value, as {header: value}. */
async function rowsOf(file: string, sheet: string): Promise<Map<string, Record<string, CellValue>>> {
  const s = (await readSnapshot(file)).sheets.find((x) => x.name === sheet)!;
  const header = s.values[0].map(String);
  return new Map(
    s.values.slice(1).map((r) => [String(r[0]), Object.fromEntries(header.map((h, i) => [h, r[i] ?? null]))]),
  );
}

async function logRows(file: string): Promise<CellValue[][]> {
  return (await readSnapshot(file)).sheets.find((x) => x.name === '_log')!.values.slice(1);
}

const date = (v: CellValue) => (typeof v === 'number' ? fromExcelSerial(v) : v);

beforeAll(async () => {
  expect((await rectify('demo', f('demo.xlsx'), '--today', '2025-06-30')).code).toBe(0);
});

test('a clue is signed for, then finished; both logged under the action and the user', async () => {
  const sign = await rectify(
    'clue',
    'sign',
    f('demo.xlsx'),
    '--id',
    'XS-2025-001',
    '--signer',
    '纪委接收人',
    '--date',
    '2025-06-30',
    '-o',
    f('s.xlsx'),
    '--today',
    '2025-06-30',
  );
  expect([sign.code, sign.err]).toEqual([0, '']);
  expect(sign.out).toContain('线索 XS-2025-001 已于 2025-06-30 由 纪委接收人 签收，转为办理中');
  let clue = (await rowsOf(f('s.xlsx'), '移交清单')).get('XS-2025-001')!;
  expect([date(clue['签收日期']), clue['签收人'], clue['状态'], clue['预警']]).toEqual([
    '2025-06-30',
    '纪委接收人',
    '办理中',
    '办理中',
  ]);

  const fin = await rectify(
    'clue',
    'finish',
    f('s.xlsx'),
    '--id',
    'XS-2025-001',
    '--result',
    '谈话提醒',
    '-o',
    f('f.xlsx'),
    '--today',
    '2025-06-30',
  );
  expect(fin.code).toBe(0);
  clue = (await rowsOf(f('f.xlsx'), '移交清单')).get('XS-2025-001')!;
  expect([date(clue['办结日期']), clue['办理结果'], clue['状态'], clue['预警']]).toEqual([
    '2025-06-30',
    '谈话提醒',
    '已办结',
    '按时办结',
  ]);
  const log = await logRows(f('f.xlsx'));
  const actions = log.filter((r) => r[3] === '移交清单').map((r) => [r[2], r[4], r[6]]);
  expect(actions).toEqual([
    ['签收线索', 'G2', '45838'], // dates are logged as their serial number, like close-out's (docs/LOG.md)
    ['签收线索', 'H2', '纪委接收人'],
    ['签收线索', 'N2', '办理中'],
    ['签收线索', 'P2', '办理中'],
    ['办结线索', 'L2', '45838'],
    ['办结线索', 'N2', '已办结'],
    ['办结线索', 'M2', '谈话提醒'],
    ['办结线索', 'P2', '按时办结'],
  ]);
  expect(checkLog(await readSnapshot(f('f.xlsx')), 'zh')).toEqual([]);

  // Finishing again, or signing what is signed, is refused in words; nothing is written.
  const again = await rectify(
    'clue',
    'finish',
    f('f.xlsx'),
    '--id',
    'XS-2025-001',
    '-o',
    f('g.xlsx'),
    '--today',
    '2025-06-30',
  );
  expect([again.code, again.err.trim()]).toEqual([2, '线索 XS-2025-001（第 2 行）已于 2025-06-30 办结，无需再操作。']);
  const none = await rectify('clue', 'sign', f('f.xlsx'), '--id', 'XS-9', '--signer', 'x', '-o', f('g.xlsx'));
  expect(none.err).toContain('“移交清单”中没有线索编号为“XS-9”的线索');
});

test('a report sent back twice shows 打回次数 2, due again by the second limit from the second review', async () => {
  const unit = '市交通运输局'; // in review in the demo
  const step = async (from: string, to: string, today: string, ...args: string[]) => {
    const r = await rectify('unit-report', ...args, f(from), '--unit', unit, '-o', f(to), '--today', today);
    expect([args[0], r.code, r.err]).toEqual([args[0], 0, '']);
    return r.out;
  };
  expect(
    await step('demo.xlsx', 'u1.xlsx', '2025-06-30', 'reject', '--reason', '整改措施空泛', '--limit', '10个工作日'),
  ).toContain('须于 2025-07-14 前重新报送');
  await step('u1.xlsx', 'u2.xlsx', '2025-07-10', 'submit');
  const out = await step(
    'u2.xlsx',
    'u3.xlsx',
    '2025-07-15',
    'reject',
    '--reason',
    '佐证不足',
    '--limit',
    '5个工作日',
    '--reviewer',
    '王审',
  );
  expect(out).toContain('（第 2 次）');
  const r = (await rowsOf(f('u3.xlsx'), '整改报告')).get(unit)!;
  expect([
    r['打回次数'],
    r['审核结果'],
    date(r['审核日期']),
    r['重报时限'],
    date(r['重报期限']),
    r['打回原因'],
    r['审核人'],
  ]).toEqual([
    2,
    '打回重写',
    '2025-07-15',
    '5个工作日',
    '2025-07-22', // Tue 15 July + 5 working days
    '佐证不足',
    '王审',
  ]);
  expect(r['预警']).toBe('打回重写，临期7天');
  const actions = (await logRows(f('u3.xlsx'))).filter((x) => x[3] === '整改报告').map((x) => x[2]);
  expect([...new Set(actions)]).toEqual(['打回重写', '报送整改报告']);
  // Passing what is not in review is refused.
  const pass = await rectify(
    'unit-report',
    'pass',
    f('u3.xlsx'),
    '--unit',
    unit,
    '-o',
    f('u4.xlsx'),
    '--today',
    '2025-07-16',
  );
  expect(pass.code).toBe(2);
  expect(pass.err).toContain('尚未报送（或打回后尚未重新报送），不能审核');
});
