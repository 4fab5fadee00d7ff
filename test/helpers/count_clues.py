"""An independent count of the three clue ledgers (docs/STATUS.md, "The 四账 cycle"), over the raw cells
of 移交清单 read with openpyxl (not our code), and what the generated ledger sheets of a workbook say.
Usage: count_clues.py <ledger.xlsx> <YYYY-MM-DD>  -> JSON on stdout:
  {"expected": {state: {"ids": [...], "bodies": {body: n}}}, "sheets": {state: {"ids": [...], "bodies": {...}}}}
  with state handling / onTime / overdue, and register (移交签收台账, which also has "signing": {id: record}).
A clue exists once 移交日期 <= D; it is 按时办结 when 状态 is 已办结 with 办结日期 <= D and not after 办理期限,
办理超时 when so finished after 办理期限 or not so finished and 办理期限 < D, else 办理中. The register lists every
clue that exists, with its signing as of D: signed for when 签收日期 <= D (or, without a date, when 状态 says
办理中 / 已办结, or it is finished); then the days from 移交日期 to 签收日期 and 按时签收 / 超期签收（超N天） against
签收期限; else 未签收 (超期未签收 past 签收期限) with the days waiting since 移交日期."""
import sys, json, datetime, openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
D = datetime.date.fromisoformat(sys.argv[2])

def d(x):
    if isinstance(x, datetime.datetime): return x.date()
    if isinstance(x, datetime.date): return x
    return None

S = wb['移交清单']; rows = list(S.iter_rows(values_only=True)); h = list(rows[0])
c = {k: h.index(k) for k in ['线索编号', '移交对象', '移交日期', '签收日期', '签收人', '签收期限', '办理期限', '办结日期', '状态']}
expected = {s: {'ids': [], 'bodies': {}} for s in ('handling', 'onTime', 'overdue', 'register')}
expected['register']['signing'] = {}

def signing(r, t, finished):
    signed_on, sign_by = d(r[c['签收日期']]), d(r[c['签收期限']])
    if signed_on is not None and signed_on > D: signed_on = None  # signed for after D: not yet, as of D
    signed = signed_on is not None or finished or (d(r[c['签收日期']]) is None and r[c['状态']] in ('办理中', '已办结'))
    rec = {'signedOn': signed_on.isoformat() if signed_on else None,
           'signer': '' if d(r[c['签收日期']]) and d(r[c['签收日期']]) > D else (r[c['签收人']] or ''),
           'days': (signed_on - t).days if signed_on and t else None}
    if signed and signed_on:
        late = (signed_on - sign_by).days if sign_by else 0
        rec['state'] = f'超期签收（超{late}天）' if late > 0 else '按时签收'
    elif signed: rec['state'] = '已签收（未填签收日期）'
    elif t is None: rec['state'] = '待签收'
    else:
        wait = (D - t).days
        rec['state'] = (f'超期未签收，已等待{wait}天' if sign_by is not None and sign_by < D else f'未签收，已等待{wait}天')
    return rec
for r in rows[1:]:
    cid = r[c['线索编号']]
    if cid is None: continue
    t = d(r[c['移交日期']])
    if t is not None and t > D: continue
    dl, fin = d(r[c['办理期限']]), d(r[c['办结日期']])
    finished = r[c['状态']] == '已办结' and fin is not None and fin <= D
    if finished: state = 'onTime' if dl is None or fin <= dl else 'overdue'
    else: state = 'overdue' if dl is not None and dl < D else 'handling'
    body = r[c['移交对象']] or '（未填）'
    for e in (expected[state], expected['register']):
        e['ids'].append(cid)
        e['bodies'][body] = e['bodies'].get(body, 0) + 1
    expected['register']['signing'][cid] = signing(r, t, finished)

NAMES = {'register': '移交签收台账', 'onTime': '按时办结台账', 'overdue': '办理超时台账'}
sheets = {}
for state, name in NAMES.items():
    if name not in wb.sheetnames: continue
    vals = list(wb[name].iter_rows(values_only=True))
    first = [str(r[0]) if r and r[0] is not None else '' for r in vals]
    i = first.index('移交对象')  # the counts' header
    bodies = {}
    for r in vals[i + 1:]:
        if r[0] == '合计': break
        bodies[r[0]] = r[1]
    j = first.index('序号')  # the list's header
    ids = [r[1] for r in vals[j + 1:] if r and isinstance(r[0], int)]
    sheets[state] = {'ids': ids, 'bodies': bodies}
    if state == 'register':
        head = list(vals[j])
        col = lambda name: head.index(name)
        sheets[state]['signing'] = {
            r[1]: {'signedOn': d(r[col('签收日期')]).isoformat() if d(r[col('签收日期')]) else None,
                   'signer': r[col('签收人')] or '', 'days': r[col('签收用时（天）')], 'state': r[col('签收情况')]}
            for r in vals[j + 1:] if r and isinstance(r[0], int)}
for e in expected.values(): e['ids'].sort()
for s in sheets.values(): s['ids'].sort()
print(json.dumps({'expected': expected, 'sheets': sheets}, ensure_ascii=False))
