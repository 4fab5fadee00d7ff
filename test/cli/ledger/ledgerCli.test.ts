/**
 * `rectify report | letters | submit | close | reject` on real .xlsx files:
 * the workbook is written by the ExcelJS adapter from the fixture, the
 * commands run through the CLI entry point, and the result is read back by
 * openpyxl (software we did not write).
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkLog } from '../../../src/engine';
import { emptyPlan } from '../../../src/engine/core/plan';
import { rectify } from '../../helpers/cli';
import { readSnapshotFile, writePlanToFile } from '../../helpers/xlsxFiles';
import { smallSnapshot } from '../../engine/ledger/fixture';

/** Sheet name → rows of values (dates as ISO text), read by openpyxl. */
function openpyxl(file: string): Record<string, unknown[][]> {
  const py = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def v(x):
    if isinstance(x, datetime.datetime): return x.date().isoformat()
    return x
out = {ws.title: {"state": ws.sheet_state, "protected": bool(ws.protection.sheet), "rows": [[v(c) for c in r] for r in ws.iter_rows(values_only=True)]} for ws in wb.worksheets}
print(json.dumps(out, ensure_ascii=False))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', py, file], { encoding: 'utf8' }));
}

describe('rectify ledger commands on .xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
  const input = join(dir, 'ledger.xlsx');

  beforeAll(async () => {
    const plan = emptyPlan();
    for (const s of smallSnapshot().sheets) {
      plan.sheets.push({ name: s.name, create: true });
      plan.writes.push({ sheet: s.name, row: 1, column: 1, values: s.values });
    }
    await writePlanToFile(plan, input);
  });

  it('refuses to close a problem with open measures, naming them, and writes nothing', async () => {
    const out = join(dir, 'refused.xlsx');
    const r = await rectify(
      'close',
      input,
      '--id',
      'P5',
      '--reviewer',
      '王审',
      '--date',
      '2025-06-30',
      '-o',
      out,
      '--today',
      '2025-06-30',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('问题 P5（“问题清单”第 6 行）还有 1 项整改措施未完成，不能销号：P5-1（清退津贴，进行中）');
    expect(existsSync(out)).toBe(false);
  });

  it('asks for an output and for a reviewer', async () => {
    expect((await rectify('submit', input, '--id', 'P1')).err).toContain('-o <新文件.xlsx>');
    const r = await rectify('close', input, '--id', 'P6', '-o', join(dir, 'x.xlsx'), '--date', '2025-06-30');
    expect(r.err).toContain('销号需要审核人');
  });

  it('submit → reject → submit → close, every change in _log, log intact', async () => {
    const a = join(dir, 'a.xlsx');
    const steps = [
      ['submit', input, '--id', 'P1', '-o', a],
      ['reject', a, '--id', 'P1', '--reason', '会议数量未见下降', '--reviewer', '王审', '--in-place'],
      ['submit', a, '--id', 'P1', '--in-place'],
    ];
    for (const s of steps) {
      const r = await rectify(...s, '--today', '2025-06-30');
      expect(r.err).not.toMatch(/Error/);
      expect(r.code).toBe(0);
    }
    // P1-1 is still open, so closing P1 is refused and nothing is written.
    const refused = await rectify(
      'close',
      a,
      '--id',
      'P1',
      '--reviewer',
      '王审',
      '--date',
      '2025-06-30',
      '--in-place',
      '--today',
      '2025-06-30',
    );
    expect(refused.code).toBe(2);
    const wb = openpyxl(a);
    const p1 = (wb['问题清单'] as unknown as { rows: unknown[][] }).rows[1];
    expect([p1[10], p1[11], p1[15], p1[16]]).toEqual(['待审核', '2025-06-30', 1, '会议数量未见下降']);
    const log = wb['_log'] as unknown as { state: string; protected: boolean; rows: unknown[][] };
    expect(log.state).toBe('hidden');
    expect(log.protected).toBe(true);
    const entries = log.rows.slice(1).filter((r) => r[0] !== null);
    expect(entries.map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual([
      [1, '提交审核', 'K2', '整改中', '待审核'],
      [2, '提交审核', 'L2', '', '45838'],
      [3, '退回重改', 'K2', '待审核', '退回重改'],
      [4, '退回重改', 'P2', '', '1'],
      [5, '退回重改', 'Q2', '', '会议数量未见下降'],
      [6, '退回重改', 'N2', '', '王审'],
      [7, '提交审核', 'K2', '退回重改', '待审核'],
    ]);
    expect(entries.every((r) => typeof r[7] === 'string' && (r[7] as string).length > 0)).toBe(true);
    expect(checkLog(await readSnapshotFile(a), 'zh')).toEqual([]);
    // --in-place kept a backup of each version it replaced.
    expect(readdirSync(dir).filter((f) => /^a\.backup-.*\.xlsx$/.test(f)).length).toBeGreaterThanOrEqual(2);
  });

  it('report builds the three generated sheets, protected, and logs the rebuild', async () => {
    const out = join(dir, 'report.xlsx');
    const r = await rectify('report', input, '-o', out, '--today', '2025-06-30');
    expect(r.code).toBe(0);
    // P4 (已销号) and P5 (待审核) have a measure still open: a problem is the sum of its measures.
    expect(r.out).toContain('发现问题 7 个，已整改 1 个，已销号 1 个；逾期 2 个，临期 1 个');
    const wb = openpyxl(out) as unknown as Record<string, { protected: boolean; rows: unknown[][] }>;
    expect(Object.keys(wb)).toEqual(expect.arrayContaining(['整改台账', '统计', '督办清单', '_log']));
    expect(wb['整改台账'].protected).toBe(true);
    expect(wb['统计'].rows[4].slice(0, 8)).toEqual(['发现问题', 7, 1, 1, 0, 6, 2, 1]);
    expect(wb['整改台账'].rows[3][9]).toBe('2025-06-10'); // 整改期限
    expect(wb['_log'].rows.slice(1).map((x) => x[3])).toEqual(['整改台账', '统计', '督办清单']);
    // A second report rebuilds in place (same sheets, no duplicates) and appends to the same log.
    const r2 = await rectify('report', out, '--in-place', '--today', '2025-07-01');
    expect(r2.code).toBe(0);
    const wb2 = openpyxl(out) as unknown as Record<string, { rows: unknown[][] }>;
    expect(Object.keys(wb2).filter((n) => n.startsWith('整改台账'))).toEqual(['整改台账']);
    expect(wb2['_log'].rows.filter((x) => typeof x[0] === 'number').map((x) => x[0])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('letters writes one .docx per unit and --record counts the reminders', async () => {
    const letters = join(dir, 'letters');
    const rec = join(dir, 'recorded.xlsx');
    const r = await rectify('letters', input, '-o', letters, '--today', '2025-06-30', '--record', rec);
    expect(r.code).toBe(0);
    expect(readdirSync(letters).sort()).toEqual(
      ['办公室', '财务科', '督查科', '研究室'].map((u) => `提醒督办函-${u}-2025-06-30.docx`).sort(),
    );
    expect(r.out).toContain('办公室：逾期 3 项、临期 1 项');
    const wb = openpyxl(rec) as unknown as Record<string, { rows: unknown[][] }>;
    // P1, P2, P4 and P5 (its open measure P5-1: 待审核 with a measure open is open) were chased: 0→1, 2→3, 0→1, 0→1.
    expect(wb['问题清单'].rows.slice(1).map((x) => x[17])).toEqual([1, 3, null, 1, 1, null, null]);
  });
});
