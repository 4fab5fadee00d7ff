/**
 * The import case of `npm run bench`: `rectify import` of a plain flat ledger
 * (test/helpers/flatLedger.ts: one sheet, one header row, nine columns) at
 * 1,000 and 10,000 rows into a new file, beside its floor in the same run:
 * a fresh node in which ExcelJS reads the same source and writes a workbook
 * of the same cells as the ledger import wrote (values only: no structure,
 * no checks, no log). Runs are interleaved, the best of each kept; `ratio` =
 * best import / best floor (goal ≤ 1.5×). Each run's peak memory (maxRSS of
 * the child, read by a preload that writes it at exit) is printed beside it:
 * the 10,000-row import's goal is ≤ 600 MB.
 */
import { rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readSnapshot } from '../../src/xlsx';
import { flatRows } from '../../test/helpers/flatLedger';
import { type Measured, measured } from './child';

export interface ImportLine {
  case: string;
  problems: number;
  tasks: null;
  ms: number;
  [k: string]: unknown;
}

/** The floor: ExcelJS reads the source, then writes the ledger's cells (read from JSON) as a new workbook. */
const FLOOR_SCRIPT = (exceljs: string) => `
const ExcelJS = require(${JSON.stringify(exceljs)});
const fs = require('fs');
(async () => {
  const [source, cells, out] = process.argv.slice(2);
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(source);
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(JSON.parse(fs.readFileSync(cells, 'utf8')))) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(out);
})().catch((e) => { console.error(e); process.exit(3); });
`;

async function writeSource(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  for (const r of flatRows(rows, 'A公司')) ws.addRow(r);
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(file);
}

/** The ledger's cells by sheet, as the floor writes them again. */
async function ledgerCells(file: string, cellsFile: string): Promise<number> {
  const snap = await readSnapshot(file);
  const out: Record<string, unknown[][]> = {};
  let cells = 0;
  for (const s of snap.sheets) {
    out[s.name] = s.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.error : v)));
    for (const r of s.values) cells += r.length;
  }
  writeFileSync(cellsFile, JSON.stringify(out));
  return cells;
}

const best = (xs: Measured[]) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));

/** The import case at `rows` rows, `rounds` interleaved runs of each. */
export async function importCases(root: string, dir: string, rows: number, rounds: number): Promise<ImportLine[]> {
  const floorScript = join(dir, 'import-floor.js');
  writeFileSync(floorScript, FLOOR_SCRIPT(join(root, 'node_modules', 'exceljs')));
  const source = join(dir, `flat-${rows}.xlsx`);
  await writeSource(rows, source);
  const rectify = join(root, 'bin', 'rectify.js');
  const out = join(dir, `imported-${rows}.xlsx`);
  const cellsFile = join(dir, `imported-${rows}.json`);
  const imports: Measured[] = [];
  const floors: Measured[] = [];
  let cells = 0;
  for (let i = 0; i < rounds; i++) {
    rmSync(out, { force: true });
    imports.push(measured(root, dir, [rectify, 'import', source, '-o', out, '--lang', 'zh']));
    if (i === 0) cells = await ledgerCells(out, cellsFile);
    floors.push(measured(root, dir, [floorScript, source, cellsFile, join(dir, 'import-floor.xlsx')]));
  }
  const [imp, floor] = [best(imports), best(floors)];
  const logRows = ((await readSnapshot(out)).sheets.find((s) => s.name === '_log')?.values.length ?? 1) - 1;
  return [
    {
      case: 'cli import floor (ExcelJS read source + write ledger cells)',
      problems: rows,
      tasks: null,
      ms: floor.ms,
      peakMB: floor.mb,
      runs: floors.map((r) => r.ms),
      cells,
    },
    {
      case: 'cli import',
      problems: rows,
      tasks: null,
      ms: imp.ms,
      floorMs: floor.ms,
      ratio: +(imp.ms / floor.ms).toFixed(2),
      peakMB: imports.reduce((m, r) => Math.max(m, r.mb), 0),
      floorPeakMB: floor.mb,
      runs: imports.map((r) => r.ms),
      logRows,
    },
  ];
}
