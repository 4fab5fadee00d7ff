"""Workbooks from other writers for the lean reader's agreement test: openpyxl and XlsxWriter.

Usage: python3 writers.py <folder>. Writes openpyxl.xlsx, xlsxwriter.xlsx and xlsxwriter1904.xlsx there.
"""
import datetime
import sys

folder = sys.argv[1]

import openpyxl
from openpyxl.worksheet.table import Table

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "问题清单"
ws.append(["问题编号", "问题描述", "整改期限", "金额", "完成", "公式"])
for i in range(1, 30):
    ws.append([f"P{i:03d}", f"描述 {i} & <tag> \"q\"", datetime.date(2026, 1, i), i * 1.5, i % 2 == 0, f"=D{i + 1}*2"])
ws["B31"] = "line1\nline2"
ws["A33"] = 60
ws["A33"].number_format = "yyyy-mm-dd"
ws["C34"] = datetime.datetime(2026, 3, 4, 12, 30)
ws.merge_cells("A36:C37")
ws["A36"] = "merged"
ws.freeze_panes = "B2"
ws.column_dimensions["B"].width = 40
ws.add_table(Table(displayName="T_Problems", ref="A1:F30"))
ws2 = wb.create_sheet("隐藏")
ws2["A1"] = "hidden"
ws2.sheet_state = "hidden"
ws3 = wb.create_sheet("保护")
ws3["A1"] = 1
ws3.protection.sheet = True
ws4 = wb.create_sheet("very")
ws4.sheet_state = "veryHidden"
ws4["C3"] = "x"
from openpyxl.workbook.defined_name import DefinedName
wb.defined_names.append(DefinedName("RL_Name", attr_text="问题清单!$A$1:$A$5"))
wb.save(f"{folder}/openpyxl.xlsx")

import xlsxwriter

for date1904 in (False, True):
    name = "xlsxwriter1904.xlsx" if date1904 else "xlsxwriter.xlsx"
    wb = xlsxwriter.Workbook(f"{folder}/{name}", {"date_1904": date1904})
    ws = wb.add_worksheet("Sheet A")
    bold = wb.add_format({"bold": True})
    datef = wb.add_format({"num_format": "yyyy\"年\"m\"月\"d\"日\""})
    ws.write_row(0, 0, ["ID", "Text", "Date", "N", "B", "F", "Err"])
    for i in range(1, 40):
        ws.write_string(i, 0, f"R{i}")
        if i % 5 == 0:
            ws.write_rich_string(i, 1, "plain ", bold, "bold", " tail")
        else:
            ws.write_string(i, 1, f"text {i}")
        ws.write_datetime(i, 2, datetime.datetime(2025, 12, 1) + datetime.timedelta(days=i, hours=i % 3), datef)
        ws.write_number(i, 3, i / 7)
        ws.write_boolean(i, 4, i % 3 == 0)
        ws.write_formula(i, 5, f"=D{i + 1}+1", None, i / 7 + 1)
        if i % 10 == 0:
            ws.write_formula(i, 6, "=1/0", None, "#DIV/0!")
    ws.write_array_formula("H2:H3", "{=D2:D3*2}", None, 0)
    ws.write_formula("I2", '="a"&"b"', None, "ab")
    ws.merge_range("A45:D46", "merged here", bold)
    ws.freeze_panes(1, 2)
    ws.set_column("B:B", 30)
    ws.set_column("D:E", 4)
    ws.add_table("K1:L4", {"name": "TBL", "columns": [{"header": "k"}, {"header": "l"}]})
    ws.write_number(0, 20, 1)  # a far-ish column
    ws2 = wb.add_worksheet("Hidden")
    ws2.write(0, 0, "h")
    ws2.hide()
    ws3 = wb.add_worksheet("Prot")
    ws3.protect()
    ws3.write(0, 0, 0)
    wb.define_name("RL_X", "='Sheet A'!$A$1")
    wb.define_name("'Sheet A'!Local", "='Sheet A'!$B$2")
    wb.close()
