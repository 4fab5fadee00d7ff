/**
 * A plan that creates a sheet with cells, number formats, a list validation,
 * a rule, a frozen pane and widths, applied to our demo both ways: patched
 * (the sheet written whole, rebuild.ts) and through ExcelJS, the two files
 * read the same, values, formats, validations, rules and looks alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { emptyPlan } from '../../../src/engine';
import { applyPlan } from '../../../src/xlsx/apply';
import { loadWorkbookFile } from '../../../src/xlsx/file';
import { patchWorkbook } from '../../../src/xlsx/patch';
import { differences, seen, writeDemo } from './helpers';
import { looks } from './reportHelpers';

jest.setTimeout(30_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rl-patch-rebuild-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a new sheet with a validation, a rule and its looks: patched as ExcelJS writes it', async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo, 5);
  const plan = emptyPlan();
  plan.sheets.push({
    name: '延期申请',
    create: true,
    visibility: 'visible',
    protect: { password: '' },
    freeze: { rows: 1, columns: 1 },
    widths: { 1: 14, 2: 9, 3: 30 },
    tabColor: '#70AD47',
    wrapBlock: { first: 2, last: 3, columns: 3 },
  });
  plan.writes.push({
    sheet: '延期申请',
    row: 1,
    column: 1,
    values: [
      ['问题编号', '申请日期', '理由'],
      ['XC-001', 45900, '因汛期施工暂停，申请延期至十月底完成整改并报送材料'],
      ['XC-002', 45901, '短'],
    ],
    numberFormats: [null, 'yyyy-mm-dd', null],
  });
  plan.validations.push({
    sheet: '延期申请',
    range: 'D2:D3',
    listFormula: '批准,不批准',
    allowBlank: true,
    errorTitle: '不在列表中',
    errorMessage: '请选择',
  });
  plan.conditionalFormats.push({
    sheet: '延期申请',
    range: 'A2:D3',
    formula: '=$D2="不批准"',
    fill: { background: '#FFC7CE', font: '#9C0006' },
    priority: 1,
    id: 'x',
    replaces: ['"不批准"'],
  });
  const patched = join(dir, 'patched.xlsx');
  writeFileSync(patched, patchWorkbook(readFileSync(demo), plan).bytes);
  const whole = join(dir, 'whole.xlsx');
  const wb = await loadWorkbookFile(demo);
  await applyPlan(wb, plan);
  await wb.xlsx.writeFile(whole);
  const cells = await seen(patched);
  expect(differences(cells, await seen(whole))).toEqual([]);
  expect(cells.get('延期申请#validations')).toContain('批准,不批准');
  expect(cells.get('延期申请!B2')).toContain('yyyy-mm-dd');
  const shown = await looks(patched);
  expect(differences(shown, await looks(whole))).toEqual([]);
  expect(shown.get('延期申请#freeze')).toBe('1,1');
  expect(Number(shown.get('延期申请#height2'))).toBeGreaterThan(15);
});
