/** Whether a plan is patched or written through ExcelJS is decided from the plan alone, with the reason named. */
import { emptyPlan } from '../../../src/engine';
import { patchRefusal } from '../../../src/xlsx/patch';

test('the decision is made from the plan alone, and names what the patcher does not write', () => {
  expect(patchRefusal(emptyPlan())).toBeNull();
  const p = emptyPlan();
  p.sheets.push({ name: '_log', create: false, visibility: 'hidden', protect: { password: '' } });
  p.writes.push({ sheet: '问题清单', row: 2, column: 19, values: [['已逾期3天']] });
  expect(patchRefusal(p)).toBeNull();
  expect(patchRefusal({ ...p, sheets: [{ name: '整改台账', create: true, clear: true }] })).toBe(
    'sheet 整改台账: clear',
  );
  expect(patchRefusal({ ...p, sheets: [{ name: '_log', create: false, protect: { password: 'x' } }] })).toBe(
    'sheet _log: protection with a password',
  );
  expect(patchRefusal({ ...p, tables: [{ sheet: 'a', name: 't', ref: 'A1:B2', headers: ['x', 'y'] }] })).toBe('tables');
  expect(patchRefusal({ ...p, notes: [{ sheet: 'a', address: 'A1', text: 'n' }] })).toBe('notes');
});
