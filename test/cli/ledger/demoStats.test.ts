/**
 * On the demo workbook, the numbers in 统计 match a count done
 * independently from the definitions of docs/STATUS.md — here by
 * Python/openpyxl over the raw cells of 问题清单 and 责任清单, not by our code.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';
import { runDemo } from '../../../src/cli/commands/demo';
import { makeContext } from '../../../src/cli/context';

const PY = String.raw`
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
today = datetime.date.fromisoformat(sys.argv[2])
def d(x):
    if isinstance(x, datetime.datetime): return x.date()
    if isinstance(x, datetime.date): return x
    return None
P = wb['问题清单']; rows = list(P.iter_rows(values_only=True)); h = list(rows[0])
col = {k: h.index(k) for k in ['问题编号','问题类别','问题等级','整改期限','整改状态','完成日期','销号日期']}
probs = []
for r in rows[1:]:
    if r[col['问题编号']] is None: continue
    dl = d(r[col['整改期限']]); st = r[col['整改状态']]
    rect = st in ('待审核', '已销号')
    fin = d(r[col['完成日期']]) or d(r[col['销号日期']])
    probs.append(dict(id=r[col['问题编号']], cat=r[col['问题类别']] or '（未填）', sev=r[col['问题等级']] or '（未填）',
      rect=rect, closed=(st == '已销号'), pending=(st == '待审核'),
      overdue=(not rect and dl is not None and dl < today),
      due=(not rect and dl is not None and 0 <= (dl - today).days <= 7),
      ontime=(rect and (dl is None or (fin is not None and fin <= dl)))))
R = wb['责任清单']; rr = list(R.iter_rows(values_only=True)); rh = list(rr[0])
units = {}
for r in rr[1:]:
    pid, u = r[rh.index('问题编号')], r[rh.index('责任单位')]
    if pid is not None and u: units.setdefault(pid, set()).add(u)
def counts(ps):
    return [len(ps), sum(p['rect'] for p in ps), sum(p['closed'] for p in ps), sum(p['pending'] for p in ps),
            sum(not p['rect'] for p in ps), sum(p['overdue'] for p in ps), sum(p['due'] for p in ps)]
def group(keyf):
    g = {}
    for p in probs:
        for k in keyf(p): g.setdefault(k, []).append(p)
    return {k: counts(v) for k, v in g.items()}
out = dict(
  headline=counts(probs),
  ontime=[sum(p['ontime'] for p in probs), sum(p['rect'] for p in probs)],
  unit=group(lambda p: sorted(units.get(p['id'], {'（未指定责任单位）'}))),
  cat=group(lambda p: [p['cat']]), sev=group(lambda p: [p['sev']]))
S = [list(r) for r in wb['统计'].iter_rows(values_only=True)]
def section(title):
    i = next(k for k, r in enumerate(S) if r[0] == title)
    res = {}
    for r in S[i+2:]:
        if r[0] is None or r[0] == '合计': break
        res[r[0]] = r[1:8]
    return res
total = next(r for r in S if r[0] == '合计')
out['sheet'] = dict(headline=S[4][1:8], unit=section('按责任单位'), cat=section('按问题类别'), sev=section('按问题等级'), ontimeRate=total[10])
print(json.dumps(out, ensure_ascii=False, default=list))
`;

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
    const r = JSON.parse(execFileSync('/usr/bin/python3', ['-c', PY, report, '2025-06-30'], { encoding: 'utf8' }));
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
