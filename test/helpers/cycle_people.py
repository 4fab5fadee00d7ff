"""What the public version of the progress report must not contain, from the 四账 cycle's sheets, read with
openpyxl: people's names (签收人, 跟踪人, 审核人), phone numbers, and free text (线索摘要, 办理结果, 打回原因).
Usage: cycle_people.py <ledger.xlsx> -> JSON {"names": [...], "texts": [...]}"""
import sys, json, openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
names, texts = set(), set()

def column(sheet, header):
    rows = list(wb[sheet].iter_rows(values_only=True))
    i = list(rows[0]).index(header)
    return [str(r[i]) for r in rows[1:] if r[i] not in (None, '')]

names.update(column('移交清单', '签收人'))
names.update(column('移交清单', '跟踪人'))
# A reviewer is written as the body and the person (巡察办张三): the person is the last two or three characters.
for v in column('整改报告', '审核人'):
    names.add(v[-2:] if len(v) <= 5 else v[-3:])
texts.update(column('移交清单', '线索摘要'))
texts.update(column('移交清单', '办理结果'))
texts.update(column('整改报告', '打回原因'))
print(json.dumps({'names': sorted(names), 'texts': sorted(texts)}, ensure_ascii=False))
