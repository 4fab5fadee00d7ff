/**
 * On the demo workbook, the numbers in 统计 match a count done
 * independently from the definitions of docs/STATUS.md — by Python/openpyxl
 * over the raw cells of 问题清单 and 责任清单 (test/helpers/count_ledger.py,
 * which also reads 统计 as it stands), not by our code.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';
import { runDemo } from '../../../src/cli/commands/demo';
import { makeContext } from '../../../src/cli/context';

const COUNT = join(__dirname, '../../helpers/count_ledger.py');

describe('统计 on the demo workbook', () => {
  it('matches an independent count made with openpyxl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-stats-'));
    const demo = join(dir, 'demo.xlsx');
    const report = join(dir, 'report.xlsx');
    const ctx = makeContext('zh', { out: () => undefined, err: () => undefined });
    await runDemo(demo, { today: '2025-06-30', problems: 60 } as never, ctx);
    let err = '';
    const code = await run(['node', 'rectify', 'report', demo, '-o', report, '--today', '2025-06-30'], {
      out: () => undefined,
      err: (s) => (err += s),
    });
    // Only the note that the .xlsx carries no chart.
    expect(err.replace(/^提示：.*\n/m, '')).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(execFileSync('/usr/bin/python3', [COUNT, report, '2025-06-30'], { encoding: 'utf8' }));
    if (process.env.SHOW_STATS) console.log(JSON.stringify(r.headline), JSON.stringify(r.unit));
    expect(r.headline[0]).toBe(60);
    // The demo has something in every bucket, so the comparison means something.
    expect(r.headline.slice(1).every((n: number) => n > 0)).toBe(true);
    expect(r.sheet.headline).toEqual(r.headline);
    expect(r.sheet.unit).toEqual(r.unit);
    expect(r.sheet.cat).toEqual(r.cat);
    expect(r.sheet.sev).toEqual(r.sev);
    expect(r.sheet.ontimeRate).toBeCloseTo(r.ontime[0] / r.ontime[1], 10);
  });
});
