/**
 * 销号抽查 on the demo ledger as of 2026-12-07: the ratio as people write it;
 * the same seed draws the same problems whatever the row order, another seed
 * others; ceil(ratio × closed) per unit, at least one; the first draw creates
 * 抽查清单, a second does not draw the problems still waiting; applying the
 * conclusions reopens 不属实 / 反弹 as 退回重改 with the reason, once; a bad
 * conclusion is named at its cell and nothing is written; statistics count
 * 抽查发现.
 */
import { generateDemo } from '../../demo';
import { ENV, memoryPort } from '../../../test/helpers/memoryPort';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { identityText } from '../core/text';
import { computeStatistics } from '../ledger/stats';
import { readWorkbook } from '../read/readWorkbook';
import { runCommand } from '../run/runner';
import { structureCommand } from '../run/commands';
import { planStructure } from '../plans/structure';
import { spotApplyCommand, spotDrawCommand } from './command';
import { drawSample } from './draw';
import { mulberry32 } from './prng';
import { parseRatio, sampleSize } from './ratio';

const TODAY = '2026-12-07';
const env = { ...ENV, today: TODAY, now: '2026-12-07 09:00:00' };
const demo = (): WorkbookSnapshot => generateDemo({ today: TODAY, problems: 120, seed: 5 }).snapshot;
const read = (s: WorkbookSnapshot) => readWorkbook(s, { today: TODAY });
const ids = (s: WorkbookSnapshot, seed: number, ratio = 1000) =>
  drawSample(read(s), { ratio, seed }).strata.flatMap((x) => x.drawn.map((p) => p.id));

test('the ratio as written: 10%, 10％, 0.1, .1, 12.5%; anything else is refused', () => {
  expect(['10%', '10％', '0.1', '.1', ' 10 % ', '１０％'].map(parseRatio)).toEqual([
    1000, 1000, 1000, 1000, 1000, 1000,
  ]);
  expect(parseRatio('12.5%')).toBe(1250);
  expect(parseRatio('100%')).toBe(10000);
  for (const bad of ['0', '0%', '10', '150%', '-10%', 'ten', '', '1/10'])
    expect([bad, parseRatio(bad)]).toEqual([bad, null]);
  // ceil in whole numbers: 10% of 30 is 3 (a float would say 3.0000000000000004 → 4); at least 1.
  expect([sampleSize(1000, 30), sampleSize(1000, 31), sampleSize(1000, 1), sampleSize(1000, 0)]).toEqual([3, 4, 1, 0]);
});

test('mulberry32 gives the same sequence for a seed', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  const xs = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(xs);
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(mulberry32(8)()).not.toBe(xs[0]);
});

test('same seed, same sample, whatever the row order; another seed, another sample', () => {
  const s = demo();
  const first = ids(s, 7);
  expect(first.length).toBeGreaterThan(3);
  expect(ids(s, 7)).toEqual(first);
  // The problem rows upside down: the same problems are drawn.
  const m = read(s).mappings.problems!;
  const sheet = findSheet(s, m.sheet)!;
  const body = sheet.values.slice(m.headerRow).reverse();
  sheet.values = [...sheet.values.slice(0, m.headerRow), ...body];
  expect(ids(s, 7)).toEqual(first);
  expect(ids(s, 8)).not.toEqual(first);
});

test('stratified by unit: ceil(ratio × closed) from each unit with closed problems, all of them closed', () => {
  const data = read(demo());
  const draw = drawSample(data, { ratio: 1000, seed: 7 });
  const closed = new Map<string, number>();
  for (const p of data.problems)
    if (p.status === 'closed')
      closed.set(identityText(p.inspectedUnit), (closed.get(identityText(p.inspectedUnit)) ?? 0) + 1);
  expect(draw.strata.map((x) => identityText(x.unit)).sort()).toEqual([...closed.keys()].sort());
  for (const st of draw.strata) {
    expect(st.drawn).toHaveLength(Math.ceil(st.closed / 10));
    expect(st.drawn.every((p) => p.status === 'closed' && p.inspectedUnit.trim() === st.unit)).toBe(true);
  }
});

test('draw into 抽查清单, apply the conclusions once; statistics count 抽查发现', async () => {
  const port = memoryPort(demo());
  const drawn = await runCommand(port, spotDrawCommand({ ratio: 1000, seed: 7, by: '李抽查' }), env);
  expect(drawn.result.created).toBe(true);
  expect(drawn.result.batch).toBe('2026-12-07 种子7 比例10%');
  const sheet = findSheet(port.snapshot, '抽查清单')!;
  expect(sheet.values[0]).toEqual([
    '抽查批次',
    '问题编号',
    '被巡察单位',
    '问题描述',
    '销号日期',
    '审核人',
    '抽查日期',
    '抽查人',
    '结论',
    '说明',
    '处理',
  ]);
  expect(sheet.values).toHaveLength(1 + drawn.result.drawn);
  expect(sheet.values[1].slice(0, 2)).toEqual(['2026-12-07 种子7 比例10%', drawn.result.strata[0].drawn[0].id]);
  expect(sheet.values[1][7]).toBe('李抽查');
  // A second draw with the same seed: the problems waiting for a conclusion are not drawn again.
  const again = await runCommand(port, spotDrawCommand({ ratio: 1000, seed: 7 }), env);
  const firstIds = new Set(sheet.values.slice(1).map((r) => r[1]));
  const secondIds = again.result.strata.flatMap((x) => x.drawn.map((p) => p.id));
  expect(secondIds.some((id) => firstIds.has(id))).toBe(false);
  // The office's conclusions on the first three rows.
  const rows = findSheet(port.snapshot, '抽查清单')!.values;
  rows[1][8] = '不属实';
  rows[1][9] = '台账整改材料与现场不符';
  rows[2][8] = '反弹';
  rows[2][9] = '问题再次出现';
  rows[3][8] = '属实';
  const [a, b, c] = [rows[1][1], rows[2][1], rows[3][1]] as string[];
  const applied = await runCommand(port, spotApplyCommand(), env);
  expect(applied.result.errors).toEqual([]);
  expect(applied.result.reopened.map((r) => [r.id, r.text])).toEqual([
    [a, '抽查不属实：台账整改材料与现场不符'],
    [b, '抽查反弹：问题再次出现'],
  ]);
  expect(applied.result.confirmed.map((r) => r.id)).toEqual([c]);
  const data = read(port.snapshot);
  const p = (id: string) => data.problems.find((x) => x.id === id)!;
  expect([p(a).statusText, p(a).rejectReason, p(b).statusText, p(c).statusText]).toEqual([
    '退回重改',
    '抽查不属实：台账整改材料与现场不符',
    '退回重改',
    '已销号',
  ]);
  const after = findSheet(port.snapshot, '抽查清单')!.values;
  expect([after[1][10], after[2][10], after[3][10]]).toEqual([
    '已退回重改（2026-12-07）',
    '已退回重改（2026-12-07）',
    '维持销号（2026-12-07）',
  ]);
  // Applying twice changes nothing.
  const twice = await runCommand(port, spotApplyCommand(), env);
  expect(twice.applied).toBeNull();
  expect(twice.result.reopened).toEqual([]);
  // 抽查发现: two problems, in the total and under their units.
  const stats = computeStatistics(data);
  expect(stats.total.spotFound).toBe(2);
  expect(stats.byUnit.reduce((n, r) => n + r.spotFound, 0)).toBeGreaterThanOrEqual(2);
});

test('a conclusion outside the list, or a finding without 说明, is named at its cell and nothing is written', async () => {
  const port = memoryPort(demo());
  await runCommand(port, spotDrawCommand({ ratio: 1000, seed: 3 }), env);
  const rows = findSheet(port.snapshot, '抽查清单')!.values;
  rows[1][8] = '基本属实';
  rows[2][8] = '不属实';
  const out = await runCommand(port, spotApplyCommand(), env);
  expect(out.applied).toBeNull();
  expect(out.result.errors).toEqual([
    '抽查清单 I2（第2行）：结论“基本属实”不是 属实 / 不属实 / 反弹 之一，请从下拉列表选择。',
    `抽查清单 J3（第3行）：问题 ${rows[2][1]} 的结论要求退回重改，请在“说明”中写明核查发现的情况（写入退回原因）。`,
  ]);
});

test('structure maps 抽查清单 when present (dropdown over its rows, no rows written); init never creates it', async () => {
  const port = memoryPort(demo());
  expect(planStructure(port.snapshot, { lang: 'zh' }).plan.sheets.some((x) => x.name === '抽查清单')).toBe(false);
  const drawn = await runCommand(port, spotDrawCommand({ ratio: 1000, seed: 7 }), env);
  expect(drawn.applied?.plan.validations.map((v) => v.listFormula)).toEqual(['属实,不属实,反弹']);
  const { plan } = planStructure(port.snapshot, { lang: 'zh' });
  const dropdown = plan.validations.find((v) => v.sheet === '抽查清单')!;
  expect(dropdown).toMatchObject({ listFormula: '属实,不属实,反弹', range: `I2:I${1 + drawn.result.drawn}` });
  expect(plan.writes.filter((w) => w.sheet === '抽查清单')).toEqual([]);
  const again = await runCommand(port, structureCommand(), env);
  expect(again.applied?.plan.writes.filter((w) => w.sheet === '抽查清单') ?? []).toEqual([]);
});
