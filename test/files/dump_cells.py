"""Dumps every non-empty cell and every note of many workbooks as JSON, read by openpyxl
(software we did not write), or by xlrd for .xls files.

Values are compared as a person reads them: dates become ISO dates (with the time when
there is one), whole floats become ints. openpyxl reads in its read-only mode (each sheet
parsed only when asked for, so the sheets named with --skip cost nothing); notes are read
from the package's comment parts, following its relationships as openpyxl does.
Usage: dump_cells.py [--skip SHEET]... FILE...  ->  {FILE: {"ok": true, "sheets": {name:
{"state", "cells": [[row, col, text]], "notes": [[row, col, text]]}}} or {"ok": false, "error"}}
"""
import datetime
import json
import posixpath
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PKG = '{http://schemas.openxmlformats.org/package/2006/relationships}'


def text(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat() if v.time() == datetime.time() else v.isoformat(sep=' ')
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def rels(z, part):
    d, b = posixpath.split(part)
    name = posixpath.join(d, '_rels', b + '.rels')
    if name not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(name)).iter(PKG + 'Relationship'):
        t = r.get('Target')
        if r.get('TargetMode') == 'External':
            continue
        path = t.lstrip('/') if t.startswith('/') else posixpath.normpath(posixpath.join(d, t))
        out[r.get('Id')] = (r.get('Type').rsplit('/', 1)[-1], path)
    return out


def notes_by_sheet(path):
    """Sheet name -> [[row, col, text]] from the comment parts."""
    out = {}
    with zipfile.ZipFile(path) as z:
        wb_rels = rels(z, 'xl/workbook.xml')
        for s in ET.fromstring(z.read('xl/workbook.xml')).iter(MAIN + 'sheet'):
            kind, sheet_part = wb_rels.get(s.get(REL + 'id'), (None, None))
            if kind != 'worksheet':
                continue
            notes = []
            for kind2, part in rels(z, sheet_part).values():
                if kind2 != 'comments' or part not in z.namelist():
                    continue
                for c in ET.fromstring(z.read(part)).iter(MAIN + 'comment'):
                    ref = c.get('ref')
                    col = 0
                    letters = ''.join(ch for ch in ref if ch.isalpha())
                    for ch in letters:
                        col = col * 26 + ord(ch.upper()) - 64
                    row = int(''.join(ch for ch in ref if ch.isdigit()))
                    body = ''.join(t.text or '' for t in c.iter(MAIN + 't'))
                    notes.append([row, col, body])
            out[s.get('name')] = notes
    return out


def dump_xlsx(path, skip):
    wb = openpyxl.load_workbook(path, read_only=True)
    notes = notes_by_sheet(path)
    sheets = {}
    for ws in wb.worksheets:
        cells = []
        if ws.title not in skip:
            ws.reset_dimensions()
            for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
                for c, v in enumerate(row, start=1):
                    if v is not None and str(v) != '':
                        cells.append([r, c, text(v)])
        sheets[ws.title] = {'state': ws.sheet_state, 'cells': cells, 'notes': notes.get(ws.title, [])}
    wb.close()
    return sheets


def dump_xls(path):
    import xlrd
    book = xlrd.open_workbook(path)
    sheets = {}
    for ws in book.sheets():
        cells = []
        for r in range(ws.nrows):
            for c in range(ws.ncols):
                cell = ws.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                v = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    v = xlrd.error_text_from_code.get(v, '#N/A')
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    v = bool(v)
                if str(v) != '':
                    cells.append([r + 1, c + 1, text(v)])
        sheets[ws.name] = {'state': 'visible', 'cells': cells, 'notes': []}
    return sheets


def main():
    args = sys.argv[1:]
    skip = set()
    files = []
    while args:
        a = args.pop(0)
        if a == '--skip':
            skip.add(args.pop(0))
        else:
            files.append(a)
    out = {}
    for path in files:
        try:
            sheets = dump_xls(path) if path.lower().endswith('.xls') else dump_xlsx(path, skip)
            out[path] = {'ok': True, 'sheets': sheets}
        except Exception as e:  # a file openpyxl cannot open is a result, not a crash of the dump
            out[path] = {'ok': False, 'error': type(e).__name__ + ': ' + str(e)[:200]}
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
