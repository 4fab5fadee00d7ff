"""An independent count of a ledger's figures, from the definitions in docs/STATUS.md,
over the raw cells of 问题清单, 任务清单 and 责任清单 read with openpyxl (not our code).
Usage: count_ledger.py <ledger.xlsx> <YYYY-MM-DD> -> JSON on stdout (with `sheet`: the 统计 sheet as openpyxl reads it)."""
import sys, json, datetime, openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
today = datetime.date.fromisoformat(sys.argv[2])

def d(x):
    if isinstance(x, datetime.datetime): return x.date()
    if isinstance(x, datetime.date): return x
    return None

# A problem is the sum of its measures (docs/STATUS.md): rectified (待审核 / 已销号) only when every measure in
# 任务清单 is 已完成; due by the latest of its own 整改期限 and its measures' 计划完成日期 (长期坚持 keeps none).
T = wb['任务清单']; tr = list(T.iter_rows(values_only=True)); th = list(tr[0])
measures = {}
for r in tr[1:]:
    if r[th.index('任务编号')] is None and r[th.index('问题编号')] is None: continue
    measures.setdefault(r[th.index('问题编号')], []).append((r[th.index('完成状态')] == '已完成', d(r[th.index('计划完成日期')])))

# 延期申请 (docs/EXTENSIONS.md): a problem's approved extensions; the latest date granted (批准期限, else 申请期限) is
# the deadline it runs against. Open and not past it is 已延期: neither overdue nor due soon.
ext = {}
if '延期申请' in wb.sheetnames:
    er = list(wb['延期申请'].iter_rows(values_only=True)); eh = list(er[0])
    for r in er[1:]:
        pid = r[eh.index('问题编号')]
        if pid is None or str(r[eh.index('审批结果')] or '').strip() != '批准': continue
        u = d(r[eh.index('批准期限')]) or d(r[eh.index('申请期限')])
        if u and (pid not in ext or u > ext[pid]): ext[pid] = u

P = wb['问题清单']; rows = list(P.iter_rows(values_only=True)); h = list(rows[0])
col = {k: h.index(k) for k in ['问题编号', '问题类别', '问题等级', '整改时限', '整改期限', '整改状态', '完成日期', '销号日期']}
probs, claimed = [], set()
for r in rows[1:]:
    pid = r[col['问题编号']]
    if pid is None: continue
    first = pid not in claimed
    ms = measures.get(pid, []) if first else []; claimed.add(pid)
    done = all(m[0] for m in ms)
    dl = d(r[col['整改期限']])
    if not (dl is None and str(r[col['整改时限']] or '').strip() == '长期坚持'):
        for _, md in ms:
            if md is not None and (dl is None or md > dl): dl = md
    extended = first and pid in ext
    if extended: dl = ext[pid]
    st = r[col['整改状态']]
    rect = done and st in ('待审核', '已销号')
    fin = d(r[col['完成日期']]) or d(r[col['销号日期']])
    probs.append(dict(id=pid, cat=r[col['问题类别']] or '（未填）', sev=r[col['问题等级']] or '（未填）',
      rect=rect, closed=(rect and st == '已销号'), pending=(rect and st == '待审核'),
      overdue=(not rect and dl is not None and dl < today),
      due=(not rect and not extended and dl is not None and 0 <= (dl - today).days <= 7),
      extended=(not rect and extended and dl >= today),
      ontime=(rect and (dl is None or (fin is not None and fin <= dl)))))

R = wb['责任清单']; rr = list(R.iter_rows(values_only=True)); rh = list(rr[0])
units, people, phones = {}, set(), set()
for r in rr[1:]:
    pid, u = r[rh.index('问题编号')], r[rh.index('责任单位')]
    if pid is not None and u: units.setdefault(pid, set()).add(u)
    for k in ('牵头领导', '责任人'):
        if r[rh.index(k)]: people.add(str(r[rh.index(k)]))
    if r[rh.index('联系电话')]: phones.add(str(r[rh.index('联系电话')]))
for r in tr[1:]:
    if r[th.index('责任人')]: people.add(str(r[th.index('责任人')]))
tasks = [r for r in tr[1:] if r[th.index('任务编号')] is not None]

# 抽查发现 (docs/SPOTCHECK.md): problems a row of 抽查清单 concludes 不属实 or 反弹, checked on or before the date (or
# undated), each once; counted in the total and under each responsible unit like every figure.
found = set()
if '抽查清单' in wb.sheetnames:
    K = list(wb['抽查清单'].iter_rows(values_only=True)); kh = list(K[0])
    for r in K[1:]:
        on = d(r[kh.index('抽查日期')])
        if str(r[kh.index('结论')] or '').strip() in ('不属实', '反弹') and (on is None or on <= today):
            found.add(r[kh.index('问题编号')])

def spot(ps):
    return sum(1 for p in ps if p['id'] in found)

def counts(ps):
    return [len(ps), sum(p['rect'] for p in ps), sum(p['closed'] for p in ps), sum(p['pending'] for p in ps),
            sum(not p['rect'] for p in ps), sum(p['overdue'] for p in ps), sum(p['due'] for p in ps)]

def group(keyf):
    g = {}
    for p in probs:
        for k in keyf(p): g.setdefault(k, []).append(p)
    return {k: counts(v) for k, v in g.items()}

def group_lists(keyf):
    g = {}
    for p in probs:
        for k in keyf(p): g.setdefault(k, []).append(p)
    return g

def stats_sheet():
    """The 统计 sheet as it reads (headline, the three groupings, the total's on-time rate), when there is one."""
    if '统计' not in wb.sheetnames: return None
    S = [list(r) for r in wb['统计'].iter_rows(values_only=True)]
    def section(title, col=None):
        i = next(k for k, r in enumerate(S) if r[0] == title)
        res = {}
        for r in S[i+2:]:
            if r[0] is None or r[0] == '合计': break
            res[r[0]] = r[1:8] if col is None else r[col]
        return res
    total = next(r for r in S if r[0] == '合计')
    out = dict(headline=S[4][1:8], extended=S[4][8], unit=section('按责任单位'), cat=section('按问题类别'),
                sev=section('按问题等级'), ontimeRate=total[11])
    if len(S[3]) > 12 and S[3][12] == '抽查发现':
        out['spot'] = dict(total=S[4][12], unit=section('按责任单位', 12))
    return out

print(json.dumps(dict(
    headline=counts(probs),
    ontime=[sum(p['ontime'] for p in probs), sum(p['rect'] for p in probs)],
    unit=group(lambda p: sorted(units.get(p['id'], {'（未指定责任单位）'}))),
    cat=group(lambda p: [p['cat']]), sev=group(lambda p: [p['sev']]),
    overdueIds=sorted(p['id'] for p in probs if p['overdue']),
    extended=sum(p['extended'] for p in probs), extendedIds=sorted(p['id'] for p in probs if p['extended']),
    tasks=[len(tasks), sum(1 for r in tasks if r[th.index('完成状态')] == '已完成')],
    people=sorted(people), phones=sorted(phones),
    spot=dict(total=spot(probs), unit={k: spot(v) for k, v in group_lists(lambda p: sorted(units.get(p['id'], {'（未指定责任单位）'}))).items()}),
    sheet=stats_sheet()), ensure_ascii=False, default=list))
