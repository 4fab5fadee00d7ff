/**
 * `rectify spotcheck` on .xlsx files: a draw into 抽查清单 (the same seed
 * twice gives the same rows), conclusions typed by ExcelJS as a person
 * would, --apply reopening the findings once, and the 统计 sheet's 抽查发现
 * agreeing with an independent count (test/helpers/count_ledger.py, openpyxl
 * over the raw cells). Bad options exit 2 with a sentence.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rectify } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'spotcheck-cli-'));
const f = (name: string) => join(dir, name);
const TODAY = '2026-12-07';

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  expect((await rectify('demo', f('demo.xlsx'), '--today', TODAY, '--problems', '40')).code).toBe(0);
});

test('draw, type conclusions, apply once; 统计 counts 抽查发现 as the independent count does', async () => {
  const draw = await rectify(
    'spotcheck',
    f('demo.xlsx'),
    '--ratio',
    '20%',
    '--seed',
    '7',
    '--by',
    '李四',
    '--today',
    TODAY,
    '-o',
    f('a.xlsx'),
  );
  expect(draw.code).toBe(0);
  expect(draw.out).toContain('抽查批次：2026-12-07 种子7 比例20%');
  const again = await rectify(
    'spotcheck',
    f('demo.xlsx'),
    '--ratio',
    '0.2',
    '--seed',
    '7',
    '--today',
    TODAY,
    '--json',
    '-o',
    f('b.xlsx'),
  );
  const json = JSON.parse(again.out);
  const rows = await sheetRows(f('a.xlsx'), '抽查清单');
  expect(rows.slice(1).map((r) => r[1])).toEqual(json.units.flatMap((u: { drawn: string[] }) => u.drawn));
  // The office types its conclusions, in a sheet with its dropdown.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('a.xlsx'));
  const ws = wb.getWorksheet('抽查清单')!;
  const dv = ws.getCell('I2').dataValidation;
  expect([dv.type, dv.formulae]).toEqual(['list', ['"属实,不属实,反弹"']]);
  ws.getCell('I2').value = '不属实';
  ws.getCell('J2').value = '整改材料与实际不符';
  ws.getCell('I3').value = '反弹';
  ws.getCell('J3').value = '问题再次出现';
  ws.getCell('I4').value = '属实';
  await wb.xlsx.writeFile(f('a.xlsx'));
  const applied = await rectify('spotcheck', f('a.xlsx'), '--apply', '--today', TODAY, '--in-place');
  expect(applied.code).toBe(0);
  expect(applied.out).toContain(`退回重改：${rows[1][1]}`);
  expect(applied.out).toContain('抽查不属实：整改材料与实际不符');
  expect(applied.out).toContain(`维持销号：${rows[3][1]}`);
  const twice = await rectify('spotcheck', f('a.xlsx'), '--apply', '--today', TODAY, '--in-place');
  expect([twice.code, twice.out.trim()]).toEqual([0, '“抽查清单”中没有待执行的结论（已处理的行不再执行）。']);
  const problems = await sheetRows(f('a.xlsx'), '问题清单');
  const h = problems[0] as string[];
  const row = problems.find((r) => r[h.indexOf('问题编号')] === rows[1][1])!;
  expect([row[h.indexOf('整改状态')], row[h.indexOf('退回原因')]]).toEqual([
    '退回重改',
    '抽查不属实：整改材料与实际不符',
  ]);
  expect((await rectify('report', f('a.xlsx'), '--today', TODAY, '-o', f('r.xlsx'))).code).toBe(0);
  const count = JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, '../helpers/count_ledger.py'), f('r.xlsx'), TODAY], {
      encoding: 'utf8',
    }),
  );
  expect(count.spot.total).toBe(2);
  expect(count.sheet.spot.total).toBe(count.spot.total);
  expect(count.sheet.spot.unit).toEqual(count.spot.unit);
});

test('bad options exit 2 with a sentence, nothing written', async () => {
  const bad = [
    [['--ratio', '150%', '--seed', '1'], '--ratio “150%”'],
    [['--ratio', '10', '--seed', '1'], '--ratio “10”'],
    [['--ratio', '10%', '--seed', '-3'], '--seed “-3”'],
    [['--ratio', '10%'], '抽取需要 --ratio'],
    [['--apply', '--seed', '1'], '--seed 只用于抽取'],
  ] as const;
  for (const [args, text] of bad) {
    const r = await rectify('spotcheck', f('demo.xlsx'), ...args, '-o', f('x.xlsx'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(text)]);
  }
});
