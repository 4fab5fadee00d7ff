"""An independent count of the three clue ledgers (docs/STATUS.md, "The 四账 cycle"), over the raw cells
of 移交清单 read with openpyxl (not our code), and what the generated ledger sheets of a workbook say.
Usage: count_clues.py <ledger.xlsx> <YYYY-MM-DD>  -> JSON on stdout:
  {"expected": {state: {"ids": [...], "bodies": {body: n}}}, "sheets": {state: {"ids": [...], "bodies": {...}}}}
A clue exists once 移交日期 <= D; it is 按时办结 when 状态 is 已办结 with 办结日期 <= D and not after 办理期限,
办理超时 when so finished after 办理期限 or not so finished and 办理期限 < D, else 办理中."""
import sys, json, datetime, openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
D = datetime.date.fromisoformat(sys.argv[2])

def d(x):
    if isinstance(x, datetime.datetime): return x.date()
    if isinstance(x, datetime.date): return x
    return None

S = wb['移交清单']; rows = list(S.iter_rows(values_only=True)); h = list(rows[0])
c = {k: h.index(k) for k in ['线索编号', '移交对象', '移交日期', '办理期限', '办结日期', '状态']}
expected = {s: {'ids': [], 'bodies': {}} for s in ('handling', 'onTime', 'overdue')}
for r in rows[1:]:
    cid = r[c['线索编号']]
    if cid is None: continue
    t = d(r[c['移交日期']])
    if t is not None and t > D: continue
    dl, fin = d(r[c['办理期限']]), d(r[c['办结日期']])
    finished = r[c['状态']] == '已办结' and fin is not None and fin <= D
    if finished: state = 'onTime' if dl is None or fin <= dl else 'overdue'
    else: state = 'overdue' if dl is not None and dl < D else 'handling'
    e = expected[state]; e['ids'].append(cid)
    body = r[c['移交对象']] or '（未填）'
    e['bodies'][body] = e['bodies'].get(body, 0) + 1

NAMES = {'handling': '移交签收台账', 'onTime': '按时办结台账', 'overdue': '办理超时台账'}
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
for e in expected.values(): e['ids'].sort()
for s in sheets.values(): s['ids'].sort()
print(json.dumps({'expected': expected, 'sheets': sheets}, ensure_ascii=False))
