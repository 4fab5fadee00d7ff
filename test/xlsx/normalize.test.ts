/**
 * The normalising step before ExcelJS (src/xlsx/normalize.ts) and the
 * patches after it (src/xlsx/internals.ts), each on the smallest file that
 * shows the failure it fixes: the corpus (test/files) shows them on real
 * producers' files.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, readSnapshot, saveWorkbookAtomic } from '../../src/xlsx';
import { normalizePackage } from '../../src/xlsx/normalize';
import { isoToSerial } from '../../src/xlsx/sheetXml';
import { dumpMany } from '../files/corpus';
import { type Cell, SYNTHETIC, withAbsoluteTargets, writeSynthetic } from '../files/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'rl-normalize-'));
const file = (name: string) => join(dir, name);

async function excelJsFile(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file(name));
  return file(name);
}

test('a package ExcelJS already reads is handed over untouched', async () => {
  const f = await excelJsFile('plain.xlsx', (wb) => {
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '问题';
    ws.getCell('A1').note = '说明';
  });
  const bytes = readFileSync(f);
  const n = await normalizePackage(bytes);
  expect(n.changes).toEqual([]);
  expect(n.buffer).toBe(bytes);
});

test('openpyxl: absolute targets and its own part names — notes are read, kept and written', async () => {
  const f = file('openpyxl.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '问题清单'
ws['A1'] = '问题编号'; ws['A2'] = 'P-1'
ws['A1'].comment = Comment('用户写的说明', 'someone')
wb.save(${JSON.stringify(f)})`,
  ]);
  // Without the normalising step ExcelJS fails on this file (reading 'comments').
  await expect(new ExcelJS.Workbook().xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer)).rejects.toThrow();
  const n = await normalizePackage(readFileSync(f));
  expect(n.changes).toEqual(expect.arrayContaining(['xl/comments/comment1.xml → xl/comments1.xml']));
  const wb = await loadWorkbookFile(f);
  expect(wb.getWorksheet('问题清单')!.getCell('A1').note).toBe('用户写的说明');
  await saveWorkbookAtomic(wb, file('openpyxl.out.xlsx'));
  const d = (await dumpMany([file('openpyxl.out.xlsx')]))[file('openpyxl.out.xlsx')];
  expect(d.sheets['问题清单'].notes).toEqual([[1, 1, '用户写的说明']]);
});

test('WPS-style absolute targets on a file with notes and a table', async () => {
  const f = await excelJsFile('wps-source.xlsx', (wb) => {
    const ws = wb.addWorksheet('问题清单');
    ws.addTable({ name: 'Problems', ref: 'A1', columns: [{ name: '问题编号' }], rows: [['P-1'], ['P-2']] });
    ws.getCell('A1').note = '批注';
  });
  writeFileSync(file('wps.xlsx'), await withAbsoluteTargets(readFileSync(f)));
  const snap = await readSnapshot(file('wps.xlsx'));
  expect(snap.sheets[0].tables).toEqual([{ name: 'Problems', ref: 'A1:A3' }]);
  expect((await loadWorkbookFile(file('wps.xlsx'))).worksheets[0].getCell('A1').note).toBeTruthy();
});

test('LibreOffice: a table without <tableStyleInfo> is written (ExcelJS crashed on it), and a theme is supplied', async () => {
  const f = await excelJsFile('lo-source.xlsx', (wb) => {
    wb.addWorksheet('问题清单').addTable({
      name: 'Problems',
      ref: 'A1',
      columns: [{ name: '问题编号' }, { name: '问题描述' }],
      rows: [['P-1', '描述']],
    });
  });
  const zip = await JSZip.loadAsync(readFileSync(f));
  const table = Object.keys(zip.files).find((n) => /tables\/table\d+\.xml$/.test(n))!;
  zip.file(table, (await zip.file(table)!.async('string')).replace(/<tableStyleInfo[^>]*\/>/, ''));
  for (const n of Object.keys(zip.files)) if (n.includes('theme')) zip.remove(n);
  writeFileSync(file('lo.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  const wb = await loadWorkbookFile(file('lo.xlsx'));
  wb.worksheets[0].getCell('C1').value = '新列';
  await saveWorkbookAtomic(wb, file('lo.out.xlsx'));
  const out = await JSZip.loadAsync(readFileSync(file('lo.out.xlsx')));
  expect(Object.keys(out.files).some((n) => /theme\d+\.xml$/.test(n))).toBe(true);
  expect((await readSnapshot(file('lo.out.xlsx'))).sheets[0].tables).toEqual([{ name: 'Problems', ref: 'A1:B2' }]);
});

const ROWS: Cell[][] = [
  ['问题编号', '整改期限', '金额', '备注'],
  ['P-1', { date: '2024-08-01' }, 35, null],
  ['P-2', { date: '2025-01-31' }, 12.5, '含 <尖括号> & 符号'],
];

test.each(Object.keys(SYNTHETIC))('%s: every value read as written', async (name) => {
  const f = file(`${name}.xlsx`);
  writeFileSync(f, await writeSynthetic(ROWS, '台账', SYNTHETIC[name]));
  const s = (await readSnapshot(f)).sheets[0];
  const dates = SYNTHETIC[name].dates;
  const d = (iso: string) => (dates === 'text' ? iso : isoToSerial(iso));
  expect(s.name).toBe('台账');
  expect(s.values).toEqual([
    ['问题编号', '整改期限', '金额', '备注'],
    ['P-1', d('2024-08-01'), 35],
    ['P-2', d('2025-01-31'), 12.5, '含 <尖括号> & 符号'],
  ]);
});

test('ISO dates become 1900-system serials, Excel’s fictitious 1900-02-29 included', () => {
  expect(isoToSerial('2024-08-01')).toBe(45505);
  expect(isoToSerial('2024-08-01T12:00:00')).toBe(45505.5);
  expect(isoToSerial('1900-03-01')).toBe(61);
  expect(isoToSerial('1900-02-28')).toBe(59);
  expect(isoToSerial('not a date')).toBeNull();
});
