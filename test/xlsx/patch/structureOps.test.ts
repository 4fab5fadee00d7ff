/**
 * The patcher's structure operations on XML as other writers leave it: which
 * validations a list validation replaces, which rules a plan's colours
 * replace and the priorities they all end with, a defined name set or added,
 * a note added beside the sheet's others, and what the patcher leaves to
 * ExcelJS (a validation partly over the range, a new table, a note on a sheet
 * without notes), named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type ConditionalFormatOp, type ValidationOp, emptyPlan } from '../../../src/engine';
import { applyPlan } from '../../../src/xlsx/apply';
import { loadWorkbookFile } from '../../../src/xlsx/file';
import { PatchUnsupported, patchWorkbook } from '../../../src/xlsx/patch';
import { writeConditionalFormats } from '../../../src/xlsx/patch/conditional';
import { patchNames } from '../../../src/xlsx/patch/names';
import { Styles } from '../../../src/xlsx/patch/styles';
import { patchValidations } from '../../../src/xlsx/patch/validations';
import { differences, python, structureSeen, writeDemo } from './helpers';

const list = (range: string): ValidationOp => ({
  sheet: 's',
  range,
  listFormula: "='_lists'!$A$2:$A$4",
  allowBlank: true,
  errorTitle: '不在列表中',
  errorMessage: '请选择 <列表> 中的值',
  prompt: '选择',
});

const MARGINS = '<pageMargins left="0.7"/></worksheet>';
const validation = (sqref: string) =>
  `<dataValidation type="list" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation>`;

test('a list validation replaces those inside its range, keeps the others, and goes where the schema puts it', () => {
  const tail = `<dataValidations count="2">${validation('D2:D9')}${validation('E2:E9 G2')}</dataValidations>${MARGINS}`;
  const out = patchValidations(tail, [list('D2:D20')]);
  expect(out).toBe(
    `<dataValidations count="2">${validation('E2:E9 G2')}<dataValidation type="list" allowBlank="1" ` +
      `showInputMessage="1" prompt="选择" showErrorMessage="1" errorStyle="stop" errorTitle="不在列表中" ` +
      `error="请选择 &lt;列表&gt; 中的值" sqref="D2:D20"><formula1>'_lists'!$A$2:$A$4</formula1></dataValidation>` +
      `</dataValidations>${MARGINS}`,
  );
  // None yet: added before the margins (after the rules, CT_Worksheet's order).
  const none = patchValidations(`<conditionalFormatting sqref="A1"/>${MARGINS}`, [list('D2:D3')]);
  expect(none).toMatch(
    /^<conditionalFormatting sqref="A1"\/><dataValidations count="1"><dataValidation .*<pageMargins/,
  );
  // Partly over the range: ExcelJS would split it cell by cell; left to it.
  expect(() => patchValidations(tail, [list('D5:D20')])).toThrow(PatchUnsupported);
});

const STYLES =
  '<styleSheet><fonts count="1"><font/></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/></styleSheet>';

const colour = (formula: string, priority: number, range = 'A2:C9'): ConditionalFormatOp => ({
  sheet: 's',
  range,
  formula,
  fill: { background: '#FFC7CE', font: '#9C0006' },
  priority,
  id: formula,
  replaces: ['RL_DueSoonDays', '$C2="已销号"'],
});

test('our earlier rules are replaced, the user’s kept and numbered after ours, each with its fill', () => {
  const rule = (f: string, p: number, dxf = 0) =>
    `<cfRule type="expression" dxfId="${dxf}" priority="${p}"><formula>${f}</formula></cfRule>`;
  const tail =
    `<conditionalFormatting sqref="A2:C5">${rule('$C2=&quot;已销号&quot;', 1)}${rule('$A2&gt;5', 2)}</conditionalFormatting>` +
    `<conditionalFormatting sqref="B2:B5"><cfRule type="cellIs" dxfId="0" priority="3" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>` +
    MARGINS;
  const styles = new Styles(STYLES);
  const out = writeConditionalFormats(
    tail,
    [colour('=$C2-TODAY()<=RL_DueSoonDays', 2), colour('=$C2="已销号"', 1)],
    styles,
  );
  expect(out).toBe(
    `<conditionalFormatting sqref="A2:C9">${rule('$C2=&quot;已销号&quot;', 1, 1)}${rule('$C2-TODAY()&lt;=RL_DueSoonDays', 2, 1)}</conditionalFormatting>` +
      `<conditionalFormatting sqref="A2:C5">${rule('$A2&gt;5', 3)}</conditionalFormatting>` +
      `<conditionalFormatting sqref="B2:B5"><cfRule type="cellIs" dxfId="0" priority="4" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>` +
      MARGINS,
  );
  // One new differential format for the one fill, after the file's own.
  expect(styles.text()).toContain(
    '<dxfs count="2"><dxf><font><b/></font></dxf><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
  );
});

test('a defined name is set, left when it already points there, or added where the schema puts it', () => {
  const wb = (names: string) => `<workbook><sheets><sheet name="a"/></sheets>${names}<calcPr/></workbook>`;
  const op = { name: 'RL_DueSoonDays', ref: "='_settings'!$B$2" };
  const same = wb(
    `<definedNames><definedName name="RL_DueSoonDays">&apos;_settings&apos;!$B$2</definedName></definedNames>`,
  );
  expect(patchNames(same, [op])).toBe(same);
  const other = wb(`<definedNames><definedName name="rl_duesoondays">Sheet1!$A$1</definedName></definedNames>`);
  expect(patchNames(other, [op])).toBe(
    wb(`<definedNames><definedName name="RL_DueSoonDays">'_settings'!$B$2</definedName></definedNames>`),
  );
  expect(patchNames(wb(''), [op])).toBe(
    wb(`<definedNames><definedName name="RL_DueSoonDays">'_settings'!$B$2</definedName></definedNames>`),
  );
});

describe('on the demo ledger', () => {
  let dir: string;
  let bytes: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rl-patch-ops-'));
    await writeDemo(join(dir, 'demo.xlsx'), 5);
    bytes = readFileSync(join(dir, 'demo.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a new table, or a note on a sheet without notes, is left to ExcelJS, named; a note already there is no change', () => {
    const plan = emptyPlan();
    plan.notes.push({ sheet: '整改报告', address: 'A1', text: '另一条说明' });
    expect(patchWorkbook(bytes, plan).parts).toEqual([]);
    const bare = { ...plan, notes: [{ sheet: '_settings', address: 'A1', text: '说明' }] };
    expect(() => patchWorkbook(bytes, bare)).toThrow('notes: a new note at _settings!A1, on a sheet without notes');
    const table = {
      ...emptyPlan(),
      tables: [{ sheet: '整改报告', name: 'NewOne', ref: 'P1:Q3', headers: ['a', 'b'] }],
    };
    expect(() => patchWorkbook(bytes, table)).toThrow('table NewOne: a new table');
  });

  test('a new note on a sheet with notes: in its comments and its drawing, read as ExcelJS writes it', async () => {
    const plan = emptyPlan();
    plan.notes.push({ sheet: '整改报告', address: 'C4', text: '新说明 <一> & 二' });
    plan.notes.push({ sheet: '整改报告', address: 'A1', text: '不会替换已有的说明' });
    const patched = patchWorkbook(bytes, plan);
    expect(patched.parts.sort()).toEqual(['xl/comments5.xml', 'xl/drawings/vmlDrawing5.vml']);
    const file = join(dir, 'noted.xlsx');
    writeFileSync(file, patched.bytes);
    const whole = join(dir, 'noted.exceljs.xlsx');
    const wb = await loadWorkbookFile(join(dir, 'demo.xlsx'));
    await applyPlan(wb, plan);
    await wb.xlsx.writeFile(whole);
    const [a, b] = await Promise.all([structureSeen(file), structureSeen(whole)]);
    expect(a.get('整改报告!C4#note')).toBe('新说明 <一> & 二');
    expect(differences(a, b)).toEqual([]);
    // openpyxl reads the note too.
    const py = python(
      "import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1])['整改报告']['C4'].comment.text)",
      file,
    );
    expect(py.trim()).toBe('新说明 <一> & 二');
  });
});
