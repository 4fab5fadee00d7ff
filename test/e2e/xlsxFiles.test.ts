/**
 * What `rectify` writes, opened by software we did not write:
 * - openpyxl (Debian python3-openpyxl) checks tables, validations, conditional
 *   formats, number formats, notes, frozen panes, hidden sheets, defined names;
 * - LibreOffice recalculates the conditional formats itself (TODAY() and the
 *   threshold from _settings) and renders them: overdue rows light red, due
 *   soon light yellow, closed light green. The demo is made for the real
 *   today, since LibreOffice evaluates TODAY() with the real clock.
 * The test setup (npm test → scripts/ensure-system-deps.sh) installs both.
 *
 * @timezone the demo's today and LibreOffice's TODAY() are both the machine's local date
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/engine';
import { rectify } from '../helpers/cli';
import { localToday } from '../../src/engine/rules/clock';
import { readSnapshot } from '../../src/xlsx';

const PY = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'rl-e2e-'));
const outDir = join(__dirname, '../../test-output');

const INSPECT = String.raw`
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets], "names": {}, "lists": {}}
dn = wb.defined_names
for n, d in (dn.items() if hasattr(dn, "items") else [(d.name, d) for d in dn.definedName]):
    out["names"][n] = d.attr_text
for ws in wb.worksheets:
    if ws.sheet_state != "visible":
        continue
    info = {
        "tables": {n: (t.ref if hasattr(t, "ref") else t) for n, t in ws.tables.items()},
        "freeze": ws.freeze_panes,
        "validations": [[str(dv.sqref), dv.type, dv.formula1] for dv in ws.data_validations.dataValidation],
        "cf": [],
        "notes": sum(1 for c in ws[1] if c.comment is not None),
        "headers": [c.value for c in ws[1]],
        "formats": {},
        "types": {},
    }
    for rng, rules in ws.conditional_formatting._cf_rules.items():
        for r in rules:
            info["cf"].append([str(rng.sqref), r.type, r.formula, r.priority, r.dxf.fill.bgColor.rgb if r.dxf and r.dxf.fill else None])
    for i, h in enumerate(info["headers"]):
        c = ws.cell(row=2, column=i + 1)
        info["formats"][h] = c.number_format
        info["types"][h] = c.data_type
    info["widths"] = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
    out["lists"][ws.title] = info
print(json.dumps(out, ensure_ascii=False, default=str))
`;

test('openpyxl sees real tables, dropdowns from _lists, formula colours, date formats, notes and hidden helpers', async () => {
  expect((await rectify('demo', join(dir, 'demo.xlsx'), '--today', '2025-06-30', '--problems', '30')).code).toBe(0);
  const r = JSON.parse(execFileSync(PY, ['-c', INSPECT, join(dir, 'demo.xlsx')], { encoding: 'utf8' }));
  expect(r.sheets).toEqual([
    ['问题清单', 'visible'],
    ['责任清单', 'visible'],
    ['任务清单', 'visible'],
    ['移交清单', 'visible'],
    ['整改报告', 'visible'],
    ['_lists', 'hidden'],
    ['_calendar', 'hidden'],
    ['_settings', 'hidden'],
    ['_log', 'hidden'],
  ]);
  expect(r.names).toEqual({ RL_DueSoonDays: "'_settings'!$B$2" });
  const p = r.lists['问题清单'];
  expect(Object.keys(p.tables)).toEqual(['Problems']);
  expect(p.tables.Problems).toMatch(/^A1:U\d+$/);
  expect(p.freeze).toBe('A2');
  expect(p.notes).toBe(21);
  expect(p.validations).toEqual(
    expect.arrayContaining([
      [expect.stringMatching(/^D2:D\d+$/), 'list', "'_lists'!$A$2:$A$11"],
      [expect.stringMatching(/^K2:K\d+$/), 'list', "'_lists'!$D$2:$D$6"],
    ]),
  );
  // Closed, overdue, due soon, and extended (延期至 filled, not past it).
  expect(p.cf).toHaveLength(4);
  expect(p.cf.map((c: unknown[]) => c[1])).toEqual(['expression', 'expression', 'expression', 'expression']);
  expect(p.cf.map((c: unknown[]) => c[4])).toEqual(['FFC6EFCE', 'FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);
  expect(JSON.stringify(p.cf)).toContain('TODAY()');
  expect(JSON.stringify(p.cf)).toContain('RL_DueSoonDays');
  for (const h of ['反馈日期', '整改期限', '完成日期', '销号日期'])
    expect([h, p.formats[h]]).toEqual([h, 'yyyy-mm-dd']);
  expect(p.types['反馈日期']).toBe('d');
  expect(Object.keys(r.lists['任务清单'].tables)).toEqual(['Tasks']);
  expect(r.lists['任务清单'].cf).toHaveLength(3);
  expect(Object.keys(r.lists['责任清单'].tables)).toEqual(['Responsibilities']);
  expect(r.lists['责任清单'].cf).toHaveLength(0);
  // The 四账 cycle's lists: real tables with their own colours (移交清单 also orange for signing late).
  expect(Object.keys(r.lists['移交清单'].tables)).toEqual(['Clues']);
  expect(r.lists['移交清单'].cf.map((c: unknown[]) => c[4])).toEqual(['FFC6EFCE', 'FFFFC7CE', 'FFF8CBAD', 'FFFFEB9C']);
  expect(Object.keys(r.lists['整改报告'].tables)).toEqual(['UnitReports']);
  // The 整改期满日 cell's milestone colour first (purple), then the row's green, red and yellow.
  expect(r.lists['整改报告'].cf.map((c: unknown[]) => c[4])).toEqual(['FFE4DFEC', 'FFC6EFCE', 'FFFFC7CE', 'FFFFEB9C']);
});

test('LibreOffice renders overdue light red, due soon light yellow, closed and finished-on-time-in-review light green, from TODAY()', async () => {
  const today = localToday();
  const file = join(dir, 'colours.xlsx');
  expect((await rectify('demo', file, '--today', today, '--problems', '24')).code).toBe(0);
  const html = join(dir, 'html');
  mkdirSync(html, { recursive: true });
  const conv = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      'html',
      '--outdir',
      html,
      file,
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(conv.status).toBe(0);
  const text = readFileSync(join(html, 'colours.html'), 'utf8');
  const tables = text.match(/<table[\s\S]*?<\/table>/g)!;
  const rows = tables[0].match(/<tr[\s\S]*?<\/tr>/g)!;
  const colourOf: Record<string, string | null> = {};
  for (const row of rows.slice(1)) {
    const id = /XC-\d{4}-\d+/.exec(row)?.[0];
    if (!id) continue;
    colourOf[id] = /bgcolor="(#[0-9A-Fa-f]{6})"/.exec(row)?.[1]?.toUpperCase() ?? null;
  }
  const parsed = readWorkbook(await readSnapshot(file), { today });
  const expected = (kind: string) =>
    kind === 'overdue'
      ? '#FFC7CE'
      : kind === 'dueSoon'
        ? '#FFEB9C'
        : kind.startsWith('closed') || kind === 'pendingOnTime'
          ? '#C6EFCE'
          : null;
  const seen = new Set<string>();
  for (const p of parsed.problems) {
    expect([p.id, colourOf[p.id]]).toEqual([p.id, expected(p.alert.kind)]);
    seen.add(String(colourOf[p.id]));
  }
  expect(seen).toEqual(new Set(['#FFC7CE', '#FFEB9C', '#C6EFCE', 'null']));

  // A picture to look at (the committed one is docs/demo-libreoffice.png).
  mkdirSync(outDir, { recursive: true });
  const pdf = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(pdf.status).toBe(0);
  const png = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    join(dir, 'colours.pdf'),
    join(outDir, 'demo-libreoffice'),
  ]);
  expect(png.status).toBe(0);
  expect(readdirSync(outDir).some((n) => n.startsWith('demo-libreoffice') && n.endsWith('.png'))).toBe(true);
});

test('LibreOffice opens a structured real-world ledger and keeps its data', async () => {
  const src = join(dir, 'A.xlsx');
  copyFileSync(join(__dirname, '../fixtures/real-world/A公司.xlsx'), src);
  expect((await rectify('init', src, '-o', join(dir, 'A1.xlsx'))).code).toBe(0);
  const conv = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      dir,
      join(dir, 'A1.xlsx'),
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(conv.status).toBe(0);
  expect(existsSync(join(dir, 'A1.csv'))).toBe(true);
  expect(readFileSync(join(dir, 'A1.csv'), 'utf8')).toContain('应收账款存在回收风险');
});
