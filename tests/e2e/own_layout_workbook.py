#!/usr/bin/env python3
"""Writes a YAML response as a workbook of its own making with openpyxl, not from the template:
the kind a vendor builds by hand or exports from another tool. Only what the reader needs, laid out
differently: an Answers sheet with the header labels in column A, a table whose columns come in
another order (Answer, ID, Comment, Evidence), rows in reverse order, a blank row inside the
table, the date as text, numbers as numbers.

    own_layout_workbook.py RESPONSE.yaml OUT.xlsx
"""
import sys

import openpyxl
import yaml

sys.path.insert(0, __import__("os").path.dirname(__file__))
from fill_workbook import cell_value  # noqa: E402

LABELS = [("Vendor", "vendor"), ("Product", "product"), ("Version", "version"), ("Date", "date"),
          ("Rule pack", "pack"), ("Rule pack version", "pack_version")]


def main():
    response_file, out = sys.argv[1:3]
    with open(response_file, encoding="utf-8") as f:
        response = yaml.safe_load(f)
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Answers exported from our compliance tool."
    sheet = book.create_sheet("Answers")
    row = 1
    for label, key in LABELS:
        if response.get(key) is not None:
            sheet.cell(row, 1, label)
            sheet.cell(row, 2, str(response[key]))
            row += 1
    row += 1
    for column, title in enumerate(["Answer", "ID", "Comment", "Evidence"], start=1):
        sheet.cell(row, column, title)
    for criterion, answer in reversed(list((response.get("answers") or {}).items())):
        row += 1
        if criterion.endswith("-03"):
            row += 1  # a blank row left inside the table
        value, evidence, comment = answer, None, None
        if isinstance(answer, dict):
            value, evidence, comment = answer.get("value"), answer.get("evidence"), answer.get("comment")
        sheet.cell(row, 2, criterion)
        sheet.cell(row, 1, cell_value(value))
        if comment:
            sheet.cell(row, 3, comment)
        if evidence:
            sheet.cell(row, 4, "\n".join(e if isinstance(e, str) else f"{e['path']} sha256:{e['sha256']}" for e in evidence)
                   if isinstance(evidence, list) else evidence)
    book.save(out)


if __name__ == "__main__":
    main()
