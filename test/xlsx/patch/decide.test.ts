/** Whether a plan is patched or written through ExcelJS is decided from the plan alone, with the reason named. */
import { emptyPlan } from '../../../src/engine';
import { patchRefusal } from '../../../src/xlsx/patch';

test('the decision is made from the plan alone, and names what the patcher does not write', () => {
  expect(patchRefusal(emptyPlan())).toBeNull();
  const p = emptyPlan();
  p.sheets.push({ name: '_log', create: false, visibility: 'hidden', protect: { password: '' } });
  p.writes.push({ sheet: '问题清单', row: 2, column: 19, values: [['已逾期3天']] });
  expect(patchRefusal(p)).toBeNull();
  // A generated sheet rebuilt whole, its looks and rules and its chart (left out, as through ExcelJS) are patched.
  const rebuilt = { name: '整改台账', create: true, clear: true, widths: { 1: 5 }, freeze: { rows: 3, columns: 0 } };
  const rule = {
    sheet: '整改台账',
    range: 'A4:R9',
    formula: '=$K4="x"',
    fill: { background: '#FFC7CE', font: '#9C0006' },
  };
  const cf = { ...rule, priority: 1, id: 'r', replaces: ['"x"'] };
  const chart = {
    sheet: '统计',
    name: 'c',
    type: 'columnClustered' as const,
    dataRange: 'A1:B2',
    title: 't',
    anchor: 'D1',
  };
  expect(patchRefusal({ ...p, sheets: [rebuilt], conditionalFormats: [cf], charts: [chart] })).toBeNull();
  // Rules on a sheet kept are patched too (conditional.ts).
  expect(patchRefusal({ ...p, conditionalFormats: [{ ...cf, sheet: '问题清单' }] })).toBeNull();
  expect(patchRefusal({ ...p, sheets: [{ name: '_log', create: false, protect: { password: 'x' } }] })).toBe(
    'sheet _log: protection with a password',
  );
  expect(patchRefusal({ ...p, formulas: [{ sheet: 'a', address: 'A1', formula: '=1' }] })).toBe('formulas');
  expect(
    patchRefusal({ ...p, columnFormats: [{ sheet: 'a', column: 1, fromRow: 2, toRow: 3, numberFormat: '@' }] }),
  ).toBe('column formats');
  // Structure over existing sheets is patched; whether a table or a note is new only the file tells (structureOps).
  expect(patchRefusal({ ...p, tables: [{ sheet: 'a', name: 't', ref: 'A1:B2', headers: ['x', 'y'] }] })).toBeNull();
  expect(patchRefusal({ ...p, notes: [{ sheet: 'a', address: 'A1', text: 'n' }] })).toBeNull();
});
