"""Writes the corpus files that Python libraries produce, for test/files/corpus.test.ts.

Usage: make_corpus.py OUTDIR NAME=SOURCE.xlsx ...
For each source, in OUTDIR:
  NAME.openpyxl.xlsx        openpyxl load + save, nothing added
  NAME.openpyxl-notes.xlsx  openpyxl load + save with a note added on a data cell of the first sheet
  NAME.xlsxwriter.xlsx      every sheet's values rewritten by XlsxWriter (dates as dates, a note, shared strings)
  NAME.xlsxwriter-inline.xlsx  the same in XlsxWriter's constant_memory mode (inline strings, rows streamed)
  NAME.utf8.csv, NAME.utf8-bom.csv, NAME.gbk.csv   the first sheet as CSV, as Excel and WPS save it
openpyxl and XlsxWriter are the Debian packages python3-openpyxl and python3-xlsxwriter.
"""
import csv
import datetime
import io
import os
import sys

import openpyxl
import xlsxwriter
from openpyxl.comments import Comment

NOTE = '备注：由 openpyxl 添加的批注'


def text(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat() if v.time() == datetime.time() else v.isoformat(sep=' ')
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def openpyxl_resave(src, dst, note):
    wb = openpyxl.load_workbook(src)
    if note:
        ws = wb.worksheets[0]
        ws.cell(2, 2).comment = Comment(NOTE, 'openpyxl')
    wb.save(dst)


def xlsxwriter_rewrite(src, dst, constant_memory):
    wb_in = openpyxl.load_workbook(src)
    wb = xlsxwriter.Workbook(dst, {'constant_memory': constant_memory, 'strings_to_numbers': False,
                                   'strings_to_formulas': False, 'strings_to_urls': False})
    date_format = wb.add_format({'num_format': 'yyyy-mm-dd'})
    for ws in wb_in.worksheets:
        out = wb.add_worksheet(ws.title)
        if ws.sheet_state == 'hidden':
            out.hide()
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                r, k = c.row - 1, c.column - 1
                if isinstance(v, datetime.datetime):
                    out.write_datetime(r, k, v, date_format)
                elif isinstance(v, datetime.date):
                    out.write_datetime(r, k, datetime.datetime(v.year, v.month, v.day), date_format)
                elif isinstance(v, str) and v.startswith('='):
                    out.write_formula(r, k, v)
                elif isinstance(v, str):
                    out.write_string(r, k, v)
                else:
                    out.write(r, k, v)
        if ws is wb_in.worksheets[0]:
            out.write_comment(1, 1, '备注：由 XlsxWriter 添加的批注')
    wb.close()


def csv_exports(src, outdir, name):
    ws = openpyxl.load_workbook(src).worksheets[0]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator='\r\n')
    for row in ws.iter_rows():
        writer.writerow(['' if c.value is None else text(c.value) for c in row])
    data = buf.getvalue()
    with open(os.path.join(outdir, name + '.utf8.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(data)
    with open(os.path.join(outdir, name + '.utf8-bom.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(data)
    with open(os.path.join(outdir, name + '.gbk.csv'), 'w', encoding='gbk', newline='') as f:
        f.write(data)


def main():
    outdir = sys.argv[1]
    for spec in sys.argv[2:]:
        name, src = spec.split('=', 1)
        openpyxl_resave(src, os.path.join(outdir, name + '.openpyxl.xlsx'), False)
        openpyxl_resave(src, os.path.join(outdir, name + '.openpyxl-notes.xlsx'), True)
        xlsxwriter_rewrite(src, os.path.join(outdir, name + '.xlsxwriter.xlsx'), False)
        xlsxwriter_rewrite(src, os.path.join(outdir, name + '.xlsxwriter-inline.xlsx'), True)
        csv_exports(src, outdir, name)


main()
