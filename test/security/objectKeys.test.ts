/**
 * Keys that come from a file are plain words: columns headed like JavaScript object members (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`) import as extra columns like any other header — each value in
 * its own column, an empty cell where a file lacks the column — and re-importing changes nothing.
 */
import { type CellValue, type LegacySource, type WorkbookSnapshot, importCommand, runCommand } from '../../src/engine';
import { ENV, memoryPort } from '../helpers/memoryPort';

const MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

function source(file: string, rows: CellValue[][]): LegacySource {
  return {
    file,
    snapshot: {
      user: 't',
      readAt: '2025-06-30T00:00:00Z',
      sheets: [{ name: '台账', visibility: 'visible', values: rows, formulas: {}, tables: [], merges: [] }],
    },
  };
}

const withMembers = source('甲.xlsx', [
  ['问题编号', '问题描述', '被巡察单位', '反馈日期', '整改状态', ...MEMBERS],
  ['A-1', '问题一', '市局', '2025-05-06', '整改中', 'a', 'b', 'c', 'd', 'e'],
  ['A-2', '问题二', '市局', '2025-05-07', '整改中', 'f', 'g', 'h', 'i', 'j'],
]);
const without = source('乙.xlsx', [
  ['问题编号', '问题描述', '被巡察单位', '反馈日期', '整改状态'],
  ['B-1', '问题三', '区局', '2025-05-08', '整改中'],
]);

test('columns named like object members are imported as extra columns, value for value', async () => {
  const port = memoryPort({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' } as WorkbookSnapshot);
  await runCommand(port, importCommand([withMembers, without], { lang: 'zh' }), ENV);
  const sheet = port.snapshot.sheets.find((s) => s.name === '问题清单')!;
  const header = sheet.values[0];
  const column = (name: string) => header.indexOf(name);
  for (const name of MEMBERS) expect(column(name)).toBeGreaterThan(0);
  const cells = (row: number) => MEMBERS.map((name) => sheet.values[row][column(name)] ?? null);
  expect(cells(1)).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(cells(2)).toEqual(['f', 'g', 'h', 'i', 'j']);
  expect(cells(3)).toEqual([null, null, null, null, null]);

  const again = await runCommand(port, importCommand([withMembers, without], { lang: 'zh' }), ENV);
  expect(again.applied).toBeNull();
});

test('with a measures column too, no member of Object reaches a cell (ExcelJS could not write the file)', async () => {
  const withMeasures = source('丙.xlsx', [
    ['序号', '被巡察单位', '问题描述', '整改措施', '责任单位', ...MEMBERS],
    [1, '市局', '问题一', '措施一', '办公室', 'a', 'b', 'c', 'd', 'e'],
    [2, '市局', '问题二', '措施二', '办公室', 'f', 'g', 'h', 'i', 'j'],
  ]);
  const port = memoryPort({ sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' } as WorkbookSnapshot);
  const r = await runCommand(
    port,
    importCommand([withMeasures], { lang: 'zh', defaults: { feedbackDate: '2025-05-01' } }),
    ENV,
  );
  expect(r.applied).not.toBeNull();
  const odd = port.snapshot.sheets.flatMap((s) =>
    s.values.flatMap((row, i) =>
      row.flatMap((v, j) =>
        typeof v === 'function' || (v !== null && typeof v === 'object' && !('error' in v))
          ? [`${s.name}!${i + 1}:${j + 1}`]
          : [],
      ),
    ),
  );
  expect(odd).toEqual([]);
  const tasks = port.snapshot.sheets.find((s) => s.name === '任务清单')!;
  expect(tasks.values.length).toBe(3);
});
