/**
 * Rows written right below a list's table (an import appending rows, a file
 * writer that does not extend tables) are the list's: structuring resizes the
 * table over them, so every reader sees them. A remark after an empty row
 * stays outside.
 */
import { PROBLEMS, planStructure, readWorkbook, snapshotAfter } from '../../src/engine';
import { smallSnapshot } from './ledger/fixture';

test('the table grows over the rows below it, up to the first empty row', () => {
  const base = smallSnapshot();
  const problems = base.sheets[0];
  const extra = (id: string) =>
    PROBLEMS.columns.map((c) => (c.key === 'id' ? id : c.key === 'description' ? `问题${id}` : null));
  const values = [...problems.values, extra('P8'), extra('P9'), [], ['注：以上为第一轮巡察问题']];
  const withTable = {
    ...base,
    sheets: [
      { ...problems, values, tables: [{ name: 'Problems', ref: `A1:U${problems.values.length}` }] },
      ...base.sheets.slice(1),
    ],
  };
  expect(readWorkbook(withTable).problems.map((p) => p.id)).not.toContain('P8');
  const plan = planStructure(withTable, { lang: 'zh' }).plan;
  const table = plan.tables.find((t) => t.sheet === '问题清单')!;
  expect(table.ref).toBe(`A1:U${problems.values.length + 2}`);
  const after = snapshotAfter(withTable, plan);
  after.sheets[0] = { ...after.sheets[0], tables: [{ name: 'Problems', ref: table.ref }] };
  expect(readWorkbook(after).problems.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9']);
});
