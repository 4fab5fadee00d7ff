/**
 * 全程留痕 on the .xlsx surface, the same sequence as in "Excel" (test/excel/ledgerLog.test.ts): rectify init →
 * refresh → report → submit → close → refresh. After every command the new `_log` rows name exactly the cells that
 * changed (counted from the files, not from a plan), and `check` finds the chain intact. `refresh` rebuilds the
 * generated sheets the file has; before `report` it builds none.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkLog, checkWorkbook } from '../../../src/engine';
import { emptyPlan } from '../../../src/engine/core/plan';
import type { WorkbookSnapshot } from '../../../src/engine/core/snapshot';
import { rectify } from '../../helpers/cli';
import { readSnapshotFile, writePlanToFile } from '../../helpers/xlsxFiles';
import { TODAY, changedCells, loggedCells, newLogRows, smallSnapshot } from '../../engine/ledger/fixture';

test('every change the CLI makes lands in one hash-chained _log that check finds intact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'log-chain-'));
  const first = join(dir, '0.xlsx');
  const plan = emptyPlan();
  for (const s of smallSnapshot().sheets) {
    plan.sheets.push({ name: s.name, create: true });
    plan.writes.push({ sheet: s.name, row: 1, column: 1, values: s.values });
  }
  await writePlanToFile(plan, first);

  let file = first;
  let n = 0;
  const step = async (command: string, ...args: string[]) => {
    const before: WorkbookSnapshot = await readSnapshotFile(file);
    const out = join(dir, `${++n}.xlsx`);
    const r = await rectify(command, file, ...args, '-o', out);
    expect([command, r.code, r.err.replace(/提示：.*\n/g, '')]).toEqual([command, 0, '']);
    const after = await readSnapshotFile(out);
    const rows = newLogRows(before, after);
    const changed = changedCells(before, after);
    expect([command, loggedCells(rows, changed)]).toEqual([command, changed]);
    expect(checkLog(after, 'zh')).toEqual([]);
    file = out;
    return { rows, out: r.out, after };
  };

  const init = await step('init');
  expect(init.rows.length).toBeGreaterThan(0);
  const refresh = await step('refresh', '--today', TODAY);
  expect(refresh.rows.length).toBeGreaterThan(0);
  expect(refresh.out).not.toContain('重新生成'); // no generated sheets yet: refresh adds none
  expect(refresh.after.sheets.map((s) => s.name)).not.toContain('统计');
  const report = await step('report', '--today', TODAY);
  expect(report.rows.map((r) => r[3])).toEqual(['整改台账', '统计', '督办清单']);
  const submit = await step('submit', '--id', 'P6', '--today', TODAY);
  expect(loggedCells(submit.rows)).toEqual(['问题清单!K7', '问题清单!L7']);
  const close = await step('close', '--id', 'P6', '--reviewer', '王审', '--date', TODAY, '--today', TODAY);
  expect(loggedCells(close.rows)).toEqual(['问题清单!K7', '问题清单!M7', '问题清单!N7']);
  const again = await step('refresh', '--today', TODAY);
  expect(again.out).toContain('已按新的状态重新生成：整改台账、统计、督办清单。');
  expect(again.rows.filter((r) => ['整改台账', '统计', '督办清单'].includes(String(r[3]))).length).toBe(3);
  expect(again.after.sheets.find((s) => s.name === '整改台账')!.values.find((r) => r[1] === 'P6')?.[10]).toBe('已销号'); // 整改状态

  const findings = checkWorkbook(again.after, { today: TODAY, lang: 'zh' }).findings;
  expect(findings.filter((f) => f.code === 'log.tampered')).toEqual([]);
  const users = new Set(
    again.after.sheets
      .find((s) => s.name === '_log')!
      .values.slice(1)
      .map((r) => r[7]),
  );
  expect(users.size).toBe(1); // the OS user, on every row
});
