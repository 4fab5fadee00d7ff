/**
 * A workbook too large for ExcelJS to hold is refused before ExcelJS reads it: ExcelJS keeps about 1.5 KB a cell,
 * so a command that must write a workbook whole (init, import into a new file, a plan the patcher does not write)
 * stops at REWRITE_CELLS cells with a message naming the file and both numbers, in seconds, nothing changed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { emptyPlan } from '../../src/engine/core/plan';
import { rectify } from '../helpers/cli';
import { MAX_DEMO_PROBLEMS } from '../../src/cli/commands/demo';
import {
  REWRITE_BYTES,
  REWRITE_CELLS,
  assertRewritable,
  assertRewritableText,
  packageCells,
  packageTextBytes,
  planCells,
} from '../../src/xlsx';
import { openZip } from '../../src/xlsx/read';
import { buildZip, minimalXlsx } from './read/zipBuild';

const dir = mkdtempSync(join(tmpdir(), 'rewrite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet of `rows` rows of `columns` numbers (<c r=…><v>…</v></c>, as Excel writes them). */
function sheetOf(rows: number, columns: number): string {
  const letters = Array.from({ length: columns }, (_, c) =>
    c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26), 65 + (c % 26)),
  );
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    out.push(`<row r="${r}">`);
    for (const l of letters) out.push(`<c r="${l}${r}"><v>${r}</v></c>`);
    out.push('</row>');
  }
  return out.join('');
}

describe('what ExcelJS may hold', () => {
  test('packageCells counts every <c> element, styled empty ones too, and nothing else', () => {
    const xml =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1"\t t="s"><v>0</v></c></row>' +
      '<row r="2"><c r="A2"><f>A1+1</f></c></row>';
    const bytes = buildZip(minimalXlsx(xml));
    expect(packageCells(openZip(bytes, 'f.xlsx'))).toBe(4);
    // <cols>, <col>, conditional formats' <cfRule> and <cellWatches> are not cells.
    const withOthers = minimalXlsx(xml);
    const sheet = withOthers.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    sheet.data = (sheet.data as string)
      .replace('<sheetData>', '<cols><col min="1" max="2" width="12"/></cols><sheetData>')
      .replace(
        '</sheetData>',
        '</sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting><cellWatches><cellWatch r="A1"/></cellWatches>',
      );
    expect(packageCells(openZip(buildZip(withOthers), 'f.xlsx'))).toBe(4);
  });

  test('a plan counts the cells of its value blocks, a third of a held cell each; past the limit is refused', () => {
    const plan = emptyPlan();
    const values = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    plan.writes.push({ sheet: 'S', row: 1, column: 1, values });
    expect(planCells(plan)).toBe(6);
    expect(() => assertRewritable('f.xlsx', 4, 6, 6)).not.toThrow();
    expect(() => assertRewritable('f.xlsx', 0, 18, 6)).not.toThrow();
    expect(() => assertRewritable('f.xlsx', 5, 6, 6)).toThrow(
      expect.objectContaining({ code: 'xlsx.limit.rewrite', params: { file: 'f.xlsx', held: 5, adding: 6, limit: 6 } }),
    );
    expect(() => assertRewritable('f.xlsx', 0, 19, 6)).toThrow(expect.objectContaining({ code: 'xlsx.limit.rewrite' }));
  });

  test('long texts count apart from cells: the sheets’ and shared strings’ XML past REWRITE_BYTES is refused', () => {
    const entries = minimalXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>' +
      '问'.repeat(5000) +
      '</t></si></sst>';
    entries.push({ name: 'xl/sharedStrings.xml', data: sst });
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const expected = Buffer.byteLength(sheet.data as string) + Buffer.byteLength(sst);
    expect(packageTextBytes(openZip(buildZip(entries), 'f.xlsx'))).toBe(expected);
    expect(() => assertRewritableText('f.xlsx', REWRITE_BYTES)).not.toThrow();
    expect(() => assertRewritableText('f.xlsx', REWRITE_BYTES + 600_000)).toThrow(
      expect.objectContaining({ code: 'xlsx.limit.rewriteText', params: { file: 'f.xlsx', mb: 101, limit: 100 } }),
    );
  });

  test('init on a workbook over the limit exits 2 in seconds with the message, and leaves the file as it was', async () => {
    const columns = 30;
    const rows = Math.ceil((REWRITE_CELLS + 1) / columns);
    const file = join(dir, 'big.xlsx');
    writeFileSync(file, buildZip(minimalXlsx(sheetOf(rows, columns))));
    const before = readFileSync(file);
    const t0 = process.cpuUsage();
    const { code, err } = await rectify('init', file, '--in-place', '--lang', 'en');
    const cpu = process.cpuUsage(t0);
    expect(code).toBe(2);
    // The workbook's cells, and the few the plan adds (the ledger's new sheets).
    const [, held, adding] = /holds (\d+) cells and would get (\d+) more/.exec(err) ?? [];
    expect(Number(held)).toBe(rows * columns);
    expect(Number(adding)).toBeGreaterThan(0);
    expect(Number(adding)).toBeLessThan(5000);
    expect(err).toContain(`about ${REWRITE_CELLS} cells`);
    expect(err).toContain('Rectification Ledger pane');
    expect(readFileSync(file).equals(before)).toBe(true);
    // Refused from the lean read and a count of the package, never loaded into ExcelJS (which takes minutes here).
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(30_000);
  }, 120_000);

  test('demo is written whole too: more problems than its maximum are refused before anything is made', async () => {
    const out = join(dir, 'demo.xlsx');
    const { code, err } = await rectify(
      'demo',
      out,
      '--problems',
      String(MAX_DEMO_PROBLEMS + 1),
      '--today',
      '2025-07-20',
    );
    expect(code).toBe(2);
    expect(err).toContain(`--problems 最多为 ${MAX_DEMO_PROBLEMS}`);
    expect(existsSync(out)).toBe(false);
  });
});
