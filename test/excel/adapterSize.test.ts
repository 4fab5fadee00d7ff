/**
 * The Office.js adapter at ledger size on the fake Excel host: reads and
 * writes cost a fixed number of round trips plus one per payload chunk, and
 * no request or response goes over Excel on the web's limit.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { applyPlan, newStats, readSnapshot } from '../../src/excel';
import { emptyPlan } from '../../src/engine/core/plan';
import type { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { FakeExcel, FakeWorkbook, PAYLOAD_LIMIT } from '../fakeExcel';

function read(host: FakeExcel, stats = newStats()): Promise<WorkbookSnapshot> {
  return host.run((ctx) => readSnapshot(ctx, { stats, user: 'tester', now: () => new Date('2025-01-02T03:04:05Z') }));
}

/** A ledger-sized workbook: `problems` rows of 17 columns with realistic Chinese text, 5 tasks each. */
function bigWorkbook(problems: number): FakeWorkbook {
  const desc = '党委理论学习中心组学习制度落实不到位，专题研讨流于形式，会议记录不完整，整改措施针对性不强。';
  const p: unknown[][] = [
    [
      '问题编号',
      '巡察轮次',
      '被巡察单位',
      '问题类别',
      '问题描述',
      '问题等级',
      '整改类型',
      '反馈日期',
      '整改时限',
      '整改期限',
      '整改状态',
      '完成日期',
      '销号日期',
      '审核人',
      '整改成效',
      '预警',
      '备注',
    ],
  ];
  const t: unknown[][] = [
    [
      '任务编号',
      '问题编号',
      '整改措施',
      '责任单位',
      '责任人',
      '完成时限',
      '计划完成日期',
      '进展情况',
      '完成状态',
      '实际完成日期',
      '佐证材料',
      '预警',
    ],
  ];
  for (let i = 1; i <= problems; i++) {
    const id = `XC-2024-${String(i).padStart(5, '0')}`;
    p.push([
      id,
      '十三届市委第一轮',
      `第${i % 40}党支部`,
      '政治建设',
      desc,
      '一般',
      '限期整改',
      45356,
      '3个月',
      45448,
      '整改中',
      '',
      '',
      '',
      '',
      '临期 5 天',
      '',
    ]);
    for (let k = 1; k <= 5; k++) {
      t.push([
        `${id}-${k}`,
        id,
        `${desc}措施${k}`,
        `第${i % 40}党支部`,
        '张三',
        '1个月',
        45387,
        '正在推进',
        '进行中',
        '',
        '会议记录',
        '',
      ]);
    }
  }
  return FakeWorkbook.from({ 问题清单: p, 任务清单: t });
}

describe('round trips and payload at ledger size', () => {
  async function measure(problems: number) {
    const host = new FakeExcel(bigWorkbook(problems));
    const readStats = newStats();
    const snapshot = await read(host, readStats);
    // Refresh-like plan: one changed column (deadline) and alert over every problem row.
    const plan = emptyPlan();
    plan.writes.push({
      sheet: '问题清单',
      row: 2,
      column: 16,
      values: Array.from({ length: problems }, (_, i) => [i % 3 ? '已逾期 3 天' : '临期 2 天']),
    });
    const writeStats = newStats();
    host.resetCounters();
    await host.run((ctx) => applyPlan(ctx, plan, { snapshot, stats: writeStats }));
    return { host, snapshot, readStats, writeStats };
  }

  test('fixed syncs are the same at 100 and 10,000 problems; only payload chunks grow; nothing over 5 MB', async () => {
    const small = await measure(100);
    const large = await measure(10_000);
    for (const m of [small, large]) {
      expect(m.readStats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(m.host.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(m.host.syncs.length).toBe(m.writeStats.syncs);
    }
    const fixedRead = (m: typeof small) => m.readStats.syncs - m.readStats.readChunks;
    const fixedWrite = (m: typeof small) => m.writeStats.syncs - m.writeStats.writeChunks;
    expect(fixedRead(small)).toBe(2);
    expect(fixedRead(large)).toBe(2);
    expect(fixedWrite(small)).toBe(1);
    expect(fixedWrite(large)).toBe(1);
    expect(small.readStats.readChunks).toBe(1);
    expect(small.writeStats.writeChunks).toBe(1);
    // 10,000 problems + 50,000 tasks is ~17 MB of values+formulas: it has to come in several responses.
    expect(large.readStats.readChunks).toBeGreaterThan(1);
    expect(large.readStats.readChunks).toBeLessThan(20);
    expect(large.writeStats.writeChunks).toBe(1);
    // Everything was read, exactly.
    expect(large.snapshot.sheets[1].values.length).toBe(50_001);
    expect(large.snapshot.sheets[1].values[50_000][0]).toBe('XC-2024-10000-5');
    expect(large.host.workbook.sheet('问题清单')!.valueAt(10_001, 16)).toBe('临期 2 天');
  }, 120000);

  test('a write larger than one request is split into chunks under the budget', async () => {
    const host = new FakeExcel(FakeWorkbook.from({ S: [['x']] }));
    const snapshot = await read(host);
    const long = '很长的整改措施说明'.repeat(40);
    const plan = emptyPlan();
    plan.writes.push({
      sheet: 'S',
      row: 2,
      column: 1,
      values: Array.from({ length: 20_000 }, (_, i) => [`${i}`, long]),
    });
    const stats = newStats();
    host.resetCounters();
    await host.run((ctx) => applyPlan(ctx, plan, { snapshot, stats }));
    expect(stats.writeChunks).toBeGreaterThan(1);
    expect(host.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.workbook.sheet('S')!.valueAt(20_001, 1)).toBe('19999');
    expect(host.workbook.sheet('S')!.valueAt(20_001, 2)).toBe(long);
  });
});
