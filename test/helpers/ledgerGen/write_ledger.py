"""Writes generated ledgers (test/helpers/ledgerGen) with openpyxl or XlsxWriter, software we did not write.

Reads a JSON list on stdin: [{"out": path, "writer": "openpyxl" | "xlsxwriter", "workbook": {...}}, ...]
(the workbook as test/helpers/ledgerGen/types.ts describes it), writes every file in one process, and
prints {path: null | "error text"} as JSON.

openpyxl cannot save a formula's result (Excel computes it when it opens the file), and a formula
without a saved result is not what an office sends: its formula cells are written as their results.
XlsxWriter saves the formula together with its result, as Excel does.
"""
import datetime
import json
import sys

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter


def when(iso):
    if "T" in iso:
        return datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M")
    return datetime.datetime.strptime(iso, "%Y-%m-%d")


def write_openpyxl(book, out):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in book["sheets"]:
        ws = wb.create_sheet(s["name"])
        for col, width in s["widths"].items():
            ws.column_dimensions[get_column_letter(int(col))].width = width
        for c in s["cells"]:
            cell = ws.cell(row=c["r"], column=c["c"])
            v = c["value"]
            if v["t"] == "d":
                cell.value = when(v["v"])
            else:
                # A formula's saved result (see above); text is set as text, never parsed as a formula.
                cell.value = v["v"]
            if isinstance(cell.value, str):
                cell.data_type = "s"
            if v.get("fmt"):
                cell.number_format = v["fmt"]
            if c.get("bold"):
                cell.font = Font(bold=True)
            if c.get("wrap"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for m in s["merges"]:
            ws.merge_cells(m)
    wb.save(out)


def write_xlsxwriter(book, out):
    wb = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    formats = {}

    def fmt(num=None, bold=False, wrap=False):
        key = (num, bold, wrap)
        if key not in formats:
            spec = {}
            if num:
                spec["num_format"] = num
            if bold:
                spec["bold"] = True
            if wrap:
                spec["text_wrap"] = True
                spec["valign"] = "top"
            formats[key] = wb.add_format(spec)
        return formats[key]

    for s in book["sheets"]:
        ws = wb.add_worksheet(s["name"])
        for col, width in s["widths"].items():
            ws.set_column(int(col) - 1, int(col) - 1, width)
        styles = {(c["r"], c["c"]): c for c in s["cells"]}
        for m in s["merges"]:
            # The range's top-left cell is written below, over the blank merge_range leaves there.
            first = m.split(":")[0]
            row, col = xlsxwriter.utility.xl_cell_to_rowcol(first)
            c = styles.get((row + 1, col + 1), {})
            ws.merge_range(m, "", fmt(c.get("value", {}).get("fmt"), c.get("bold", False), c.get("wrap", False)))
        for c in s["cells"]:
            v = c["value"]
            f = fmt(v.get("fmt"), c.get("bold", False), c.get("wrap", False))
            r, k = c["r"] - 1, c["c"] - 1
            if v["t"] == "s":
                ws.write_string(r, k, v["v"], f)
            elif v["t"] == "n":
                ws.write_number(r, k, v["v"], f)
            elif v["t"] == "d":
                ws.write_datetime(r, k, when(v["v"]), f)
            else:
                ws.write_formula(r, k, "=" + v["f"], f, v["v"])
    wb.close()


WRITERS = {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter}

jobs = json.load(sys.stdin)
result = {}
for job in jobs:
    try:
        WRITERS[job["writer"]](job["workbook"], job["out"])
        result[job["out"]] = None
    except Exception as e:  # reported per file: the test names the file and the writer
        result[job["out"]] = f"{type(e).__name__}: {e}"
json.dump(result, sys.stdout, ensure_ascii=False)
