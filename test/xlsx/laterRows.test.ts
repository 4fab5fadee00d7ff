/**
 * Long blocks of new rows go straight into the saved file instead of through
 * ExcelJS's cells (src/xlsx/apply/laterRows.ts): the file must be the same
 * file, cell for cell, format for format, as read by openpyxl and by our own
 * reader, whatever the values hold; and a block of any length is written
 * without spreading its rows into a call.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { type CellValue, type Plan, emptyPlan } from '../../src/engine';
import { applyPlan, newWorkbook, readSnapshot, saveWorkbookAtomic } from '../../src/xlsx';
import { LATER_MIN_ROWS, ooxmlEscapes, xmlText } from '../../src/xlsx/apply/laterRows';

const dir = mkdtempSync(join(tmpdir(), 'rl-later-'));

const ODD: CellValue[] = [
  '  leading and trailing  ',
  'line one\nline two',
  '=1+1',
  '<b>&amp;</b> "quoted" \'single\'',
  '问题描述：全角，标点。',
  true,
  false,
  { error: '#N/A' },
  0.1 + 0.2,
  -12.5,
  1e21,
  null,
];
/** Characters XML cannot hold, and text that looks like the format's escape for them. */
const ESCAPED: CellValue[] = ['bell \u0007 and tab \t', '_x0041_ typed as is', 'form feed\f'];

function plan(rows: number, texts = ODD, extra?: (p: Plan) => void): Plan {
  const p = emptyPlan();
  p.sheets.push({ name: '清单', create: true });
  const values: CellValue[][] = [['编号', '日期', '内容', '空']];
  for (let i = 0; i < rows; i++) values.push([i + 1, 45717 + (i % 40), texts[i % texts.length], null]);
  p.writes.push({ sheet: '清单', row: 1, column: 1, values: values.slice(0, 1) });
  p.writes.push({
    sheet: '清单',
    row: 2,
    column: 1,
    values: values.slice(1),
    numberFormats: [null, 'yyyy-mm-dd', '@', 'yyyy-mm-dd'],
  });
  extra?.(p);
  return p;
}

async function save(p: Plan, name: string, saveNext: boolean): Promise<string> {
  const wb = newWorkbook();
  await applyPlan(wb, p, { saveNext });
  const out = join(dir, name);
  await saveWorkbookAtomic(wb, out);
  return out;
}

/** Every cell as openpyxl reads it: value (repr), number format, and the sheet's dimension. */
function openpyxl(file: string): unknown {
  const script = [
    'import openpyxl, sys, json',
    'ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]',
    'cells = [[c.coordinate, repr(c.value), c.number_format] for row in ws.iter_rows() for c in row',
    '         if c.value is not None or c.number_format != "General"]',
    'print(json.dumps({"dim": ws.dimensions, "cells": cells}))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

test('a long block written into the file is the same file as one written through ExcelJS', async () => {
  const p = plan(LATER_MIN_ROWS + 100);
  const through = await save(p, 'through.xlsx', false);
  const later = await save(p, 'later.xlsx', true);
  // (The rows did go the other way: as inline strings, which ExcelJS never writes.)
  const xml = await (await JSZip.loadAsync(readFileSync(later))).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(xml).toContain('t="inlineStr"');
  expect(openpyxl(later)).toEqual(openpyxl(through));
  const [a, b] = [await readSnapshot(through), await readSnapshot(later)];
  expect(b.sheets[0].values).toEqual(a.sheets[0].values);
});

test('every typed character comes back either way, controls too (ExcelJS alone would drop them)', async () => {
  const p = plan(LATER_MIN_ROWS + 5, ESCAPED);
  for (const [name, saveNext] of [
    ['e-through.xlsx', false],
    ['e-later.xlsx', true],
  ] as const) {
    const texts = (await readSnapshot(await save(p, name, saveNext))).sheets[0].values.map((r) => r[2]);
    for (const typed of ESCAPED) expect(texts.filter((t) => t === typed).length).toBeGreaterThan(100);
  }
});

test('rows something else writes below are written through ExcelJS after all', async () => {
  const p = plan(LATER_MIN_ROWS + 10, ODD, (x) =>
    x.formulas.push({ sheet: '清单', address: `A${LATER_MIN_ROWS + 100}`, formula: '=1+1' }),
  );
  const file = await save(p, 'below.xlsx', true);
  const sheet = (await readSnapshot(file)).sheets[0];
  expect(sheet.values[LATER_MIN_ROWS + 10][0]).toBe(LATER_MIN_ROWS + 10);
  expect(sheet.values[LATER_MIN_ROWS + 10][2]).toBe(ODD[(LATER_MIN_ROWS + 9) % ODD.length]);
  expect(sheet.formulas[`A${LATER_MIN_ROWS + 100}`]).toBe('=1+1');
});

test('xml text: markup escaped, characters XML cannot hold kept as _xHHHH_, typed _xHHHH_ protected', () => {
  expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  expect(ooxmlEscapes('plain 文字')).toBe('plain 文字');
  expect(xmlText('x\u0001y')).toBe('x_x0001_y');
  expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
  expect(xmlText('_x00')).toBe('_x00');
});

test('a block of 200,000 rows is written without spreading its rows into a call', async () => {
  const p = emptyPlan();
  p.sheets.push({ name: 'S', create: true });
  p.writes.push({ sheet: 'S', row: 1, column: 1, values: Array.from({ length: 200_000 }, (_, i) => [i]) });
  const wb = newWorkbook();
  await expect(applyPlan(wb, p)).resolves.toEqual({ cellsWritten: 200_000 });
  expect(wb.getWorksheet('S')!.getCell('A200000').value).toBe(199_999);
}, 60_000);
