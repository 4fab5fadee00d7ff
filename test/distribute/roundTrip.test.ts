/**
 * The round trip (下发 → units fill → 回收): a demo ledger distributed to every unit; three packages filled by
 * three writers — openpyxl, openpyxl then resaved by LibreOffice, ExcelJS — with progress typed, measures done, an
 * extension asked, 报送日期 given and one office-owned cell tampered with; one package returned twice; the other
 * units never return. Collected: every unit-typed value arrives, the tampered cell is refused and reported,
 * nothing else of the ledger changes (every cell compared), `_log` records it, and a second collect is a no-op.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  type WorkbookSnapshot,
  cellAddress,
  findSheet,
  readWorkbook,
  valueText,
} from '../../src/engine';
import { demoPlans, generateDemo } from '../../src/demo';
import { LOG_MIRROR_COLUMN } from '../../src/engine/schema/helperLayouts';
import { rectify } from '../helpers/cli';
import { applyPlan, newWorkbook, readSnapshot, saveWorkbookAtomic } from '../../src/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'roundtrip-'));
const f = (name: string) => join(dir, name);
const PYTHON = '/usr/bin/python3';
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

interface Edit {
  sheet: string;
  cell: string;
  value: string | number;
  date?: boolean;
}

/** The address of a package cell by sheet, identity and header. */
function at(s: WorkbookSnapshot, sheet: string, id: string, header: string): string {
  const sh = findSheet(s, sheet)!;
  const col = sh.values[0].indexOf(header);
  const row = sh.values.findIndex((r, i) => i > 0 && valueText(r[0]) === id);
  if (col < 0 || row < 0) throw new Error(`no ${sheet} ${id} ${header}`);
  return cellAddress(row + 1, col + 1);
}

function cellOf(s: WorkbookSnapshot, sheet: string, address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return findSheet(s, sheet)!.values[Number(m[2]) - 1]?.[col - 1] ?? null;
}

/** An open measure of the package (not yet 已完成). */
function openTask(s: WorkbookSnapshot, nth = 0): string {
  const sh = findSheet(s, '任务清单')!;
  const status = sh.values[0].indexOf('完成状态');
  return valueText(sh.values.filter((r, i) => i > 0 && r[status] !== '已完成')[nth][0]);
}

const PY_EDIT = `
import json, sys, datetime, openpyxl
src, out, edits = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding='utf-8'))
wb = openpyxl.load_workbook(src)
for e in edits:
    v = e['value']
    if e.get('date'):
        v = datetime.datetime.strptime(v, '%Y-%m-%d')
    wb[e['sheet']][e['cell']] = v
wb.save(out)
`;

function openpyxlEdit(src: string, out: string, edits: Edit[]): void {
  writeFileSync(f('edit.py'), PY_EDIT);
  writeFileSync(f('edits.json'), JSON.stringify(edits));
  execFileSync(PYTHON, [f('edit.py'), src, out, f('edits.json')], { timeout: 60_000 });
}

async function excelJsEdit(src: string, out: string, edits: Edit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  for (const e of edits) {
    const [y, m, d] = String(e.value).split('-').map(Number);
    wb.getWorksheet(e.sheet)!.getCell(e.cell).value = e.date ? new Date(Date.UTC(y, m - 1, d)) : e.value;
  }
  await wb.xlsx.writeFile(out);
}

/** Every cell of every sheet but the ones collect rebuilds or appends to, by `sheet!A1`. */
function cells(s: WorkbookSnapshot): Map<string, string> {
  const skip = new Set(['_log', '_distribution', '回收情况', '延期申请']);
  const out = new Map<string, string>();
  for (const sh of s.sheets) {
    if (skip.has(sh.name)) continue;
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        // The `_log` seal's copy in `_settings` moves with every logged write (docs/LOG.md), like `_log` itself.
        if (sh.name === '_settings' && r === 0 && c === LOG_MIRROR_COLUMN - 1) return;
        if (valueText(v as CellValue) !== '')
          out.set(`${sh.name}!${cellAddress(r + 1, c + 1)}`, valueText(v as CellValue));
      }),
    );
  }
  return out;
}

jest.setTimeout(240_000);

test('round trip: distribute to every unit, three writers fill, collect, collect again', async () => {
  const t0 = Date.now();
  // The demo, with 办公室 owing a 整改报告 (the demo's report rows are the inspected units').
  const demo = generateDemo({ today: '2025-06-30', problems: 40, seed: 11 });
  findSheet(demo.snapshot, '整改报告')!.values[1][0] = '办公室';
  const wb = newWorkbook();
  for (const plan of demoPlans(demo, 'zh')) await applyPlan(wb, plan);
  await saveWorkbookAtomic(wb, f('ledger.xlsx'));

  const d = await rectify(
    'distribute',
    f('ledger.xlsx'),
    '--out',
    f('out'),
    '--in-place',
    '--due',
    '2025-07-10',
    '--contact',
    '督查室 张三',
    '--today',
    '2025-06-30',
  );
  expect(d.code).toBe(0);
  const units = [...d.out.matchAll(/^\S+\.xlsx {2}(\S+)：/gm)].map((m) => m[1]);
  expect(units.length).toBeGreaterThanOrEqual(5);
  const pkg = async (unit: string) => readSnapshot(join(f('out'), `${unit}.xlsx`));

  // 办公室: ExcelJS — progress, a measure done, 报送日期.
  const a = await pkg('办公室');
  const aTask = openTask(a);
  const aEdits: Edit[] = [
    { sheet: '任务清单', cell: at(a, '任务清单', aTask, '进展情况'), value: '已建立台账并完成整改' },
    { sheet: '任务清单', cell: at(a, '任务清单', aTask, '完成状态'), value: '已完成' },
    { sheet: '任务清单', cell: at(a, '任务清单', aTask, '实际完成日期'), value: '2025-07-02', date: true },
    { sheet: '整改报告', cell: at(a, '整改报告', '办公室', '报送日期'), value: '2025-07-03', date: true },
  ];
  await excelJsEdit(join(f('out'), '办公室.xlsx'), f('ret-办公室.xlsx'), aEdits);

  // Unit 2: openpyxl — progress, a measure done (typed in English), an extension asked, an office cell tampered.
  const u2 = units.find((u) => u !== '办公室')!;
  const b = await pkg(u2);
  const bTask = openTask(b);
  const bProblem = valueText(findSheet(b, '问题清单')!.values[1][0]);
  const tampered = at(b, '问题清单', bProblem, '问题描述');
  const bEdits: Edit[] = [
    { sheet: '任务清单', cell: at(b, '任务清单', bTask, '进展情况'), value: '正在招标' },
    { sheet: '任务清单', cell: at(b, '任务清单', bTask, '完成状态'), value: 'Done' },
    { sheet: '任务清单', cell: at(b, '任务清单', bTask, '实际完成日期'), value: '2025-07-01', date: true },
    { sheet: '问题清单', cell: at(b, '问题清单', bProblem, '申请延期日期'), value: '2025-07-01', date: true },
    { sheet: '问题清单', cell: at(b, '问题清单', bProblem, '延期理由'), value: '需走招标程序' },
    { sheet: '问题清单', cell: at(b, '问题清单', bProblem, '申请延期期限'), value: '2025-09-30', date: true },
    { sheet: '问题清单', cell: tampered, value: '单位改写的问题描述' },
  ];
  openpyxlEdit(join(f('out'), `${u2}.xlsx`), f(`ret-${u2}.xlsx`), bEdits);
  copyFileSync(f(`ret-${u2}.xlsx`), f(`ret-${u2}-again.xlsx`));

  // Unit 3: openpyxl, then resaved by LibreOffice.
  const u3 = units.find((u) => u !== '办公室' && u !== u2)!;
  const c = await pkg(u3);
  const cTask = openTask(c);
  const cStatus =
    valueText(cellOf(c, '任务清单', at(c, '任务清单', cTask, '完成状态'))) === '未开始' ? '进行中' : '未开始';
  const cEdits: Edit[] = [
    { sheet: '任务清单', cell: at(c, '任务清单', cTask, '进展情况'), value: '已完成自查' },
    { sheet: '任务清单', cell: at(c, '任务清单', cTask, '完成状态'), value: cStatus },
    { sheet: '任务清单', cell: at(c, '任务清单', cTask, '佐证材料'), value: '自查报告.pdf' },
  ];
  openpyxlEdit(join(f('out'), `${u3}.xlsx`), f(`edit-${u3}.xlsx`), cEdits);
  let lo = f(`edit-${u3}.xlsx`);
  if (hasSoffice) {
    const profile = join(dir, '.lo-profile');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', f('lo'), lo],
      { stdio: 'ignore', timeout: 180_000 },
    );
    lo = join(f('lo'), `edit-${u3}.xlsx`);
    expect(existsSync(lo)).toBe(true);
  } else {
    console.warn('soffice is not installed: the LibreOffice resave is skipped (.ci/run installs it)');
  }

  const before = await readSnapshot(f('ledger.xlsx'));
  const files = [f('ret-办公室.xlsx'), f(`ret-${u2}.xlsx`), lo, f(`ret-${u2}-again.xlsx`)];
  const r = await rectify('collect', f('ledger.xlsx'), ...files, '--in-place', '--today', '2025-07-05', '--json');
  expect(r.err).not.toMatch(/Error|错误/);
  expect(r.code).toBe(1); // the tampered cell is refused
  const result = JSON.parse(r.out);
  const after = await readSnapshot(f('ledger.xlsx'));

  // Every unit-typed value arrived.
  const data = readWorkbook(after, { today: '2025-07-05' });
  const task = (id: string) => data.tasks.find((x) => x.id === id)!;
  expect([task(aTask).progress, task(aTask).statusText, task(aTask).doneOn]).toEqual([
    '已建立台账并完成整改',
    '已完成',
    '2025-07-02',
  ]);
  expect(data.reports.find((x) => x.unit === '办公室')!.submittedOn).toBe('2025-07-03');
  expect([task(bTask).progress, task(bTask).statusText, task(bTask).doneOn]).toEqual([
    '正在招标',
    '已完成',
    '2025-07-01',
  ]);
  expect([task(cTask).progress, task(cTask).statusText, task(cTask).evidence]).toEqual([
    '已完成自查',
    cStatus,
    '自查报告.pdf',
  ]);
  expect(data.extensions.map((e) => [e.problemId, e.unit, e.until])).toEqual([[bProblem, u2, '2025-09-30']]);

  // The tampered cell is refused and reported, with its place; the second copy is a no-op.
  const byUnit = (u: string) => result.packages.filter((p: { unit: string }) => p.unit === u);
  expect(byUnit(u2).map((p: { status: string }) => p.status)).toEqual(['merged', 'alreadyCollected']);
  expect(byUnit(u2)[0].refused).toEqual([
    expect.objectContaining({
      reason: 'office',
      sheet: '问题清单',
      cell: tampered,
      id: bProblem,
      new: '单位改写的问题描述',
    }),
  ]);
  expect(data.problems.find((p) => p.id === bProblem)!.description).not.toBe('单位改写的问题描述');

  // Nothing else changed: the cells that differ are exactly those reported as taken.
  const was = cells(before);
  const now = cells(after);
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k)).sort();
  const taken = result.packages.flatMap((p: { changes: { sheet: string; cell: string }[] }) => p.changes);
  const reported = [...taken, ...result.follows]
    .map((x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell}`)
    .sort();
  expect(changed).toEqual(reported);
  expect(taken).toHaveLength(aEdits.length + 3 + cEdits.length);

  // _log records every taken cell; 回收情况 names who returned and who did not.
  const log = findSheet(after, '_log')!.values.filter((row) => row[2] === '回收');
  for (const k of reported) expect(log.some((row) => `${row[3]}!${row[4]}` === k)).toBe(true);
  const returns = result.returns as { unit: string; returned: unknown }[];
  expect(
    returns
      .filter((x) => x.returned)
      .map((x) => x.unit)
      .sort(),
  ).toEqual(['办公室', u2, u3].sort());
  expect(returns.filter((x) => !x.returned)).toHaveLength(units.length - 3);
  expect(findSheet(after, '回收情况')!.values.length).toBe(units.length + 1);

  // A second collect of the same files: nothing changes, exit 0, the file untouched.
  const bytes = readFileSync(f('ledger.xlsx'));
  const again = await rectify('collect', f('ledger.xlsx'), ...files, '--in-place', '--today', '2025-07-06');
  expect(again.code).toBe(0);
  expect(again.out).toContain('没有新内容');
  expect(readFileSync(f('ledger.xlsx')).equals(bytes)).toBe(true);
  console.log(
    `round trip: ${units.length} units, ${result.packages.length} files, ${result.merged} cells merged, ${result.follows.length} problem cells following, ` +
      `${result.refused} refused, ${Date.now() - t0} ms`,
  );
});
