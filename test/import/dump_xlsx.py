"""Dumps every non-empty cell of an .xlsx as JSON, read by openpyxl (software we did not write).

Dates become ISO dates, whole floats become ints, so values compare as a person reads them.
Usage: dump_xlsx.py FILE  ->  {"sheets": {name: {"state": ..., "tables": [...], "cells": [[row, col, text], ...]}}}
"""
import datetime
import json
import sys

import openpyxl


def text(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != '':
                cells.append([c.row, c.column, text(c.value)])
    out[ws.title] = {"state": ws.sheet_state, "tables": list(ws.tables.keys()), "cells": cells}
json.dump({"sheets": out}, sys.stdout, ensure_ascii=False)
