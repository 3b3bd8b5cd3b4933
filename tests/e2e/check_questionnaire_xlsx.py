#!/usr/bin/env python3
"""Reads the questionnaire workbook of `sbdscore template --format xlsx` with openpyxl (an
independent reader) and checks what a vendor relies on, against the JSON Schema of the same pack
(`sbdscore schema`), which lists every criterion and what it accepts.

    check_questionnaire_xlsx.py QUESTIONNAIRE.xlsx SCHEMA.json

Sheets (Instructions, Answers, a hidden Lists), the header fields, one row per criterion in pack
order, a data validation on every answer cell that admits exactly what the criterion accepts
(options, n/a only where allowed, the number range), answer cells unlocked and everything else
locked under sheet protection, panes frozen below the table header, an autofilter over the table,
printing landscape one page wide with the header repeated.
"""
import json
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def main():
    book_file, schema_file = sys.argv[1:3]
    with open(schema_file, encoding="utf-8") as f:
        schema = json.load(f)
    criteria = schema["properties"]["answers"]["properties"]
    book = openpyxl.load_workbook(book_file)
    check(book.sheetnames == ["Instructions", "Answers", "Lists"], f"sheets: {book.sheetnames}")
    check(book["Lists"].sheet_state == "hidden", "the Lists sheet is not hidden")
    sheet = book["Answers"]
    check(sheet.protection.sheet, "the Answers sheet is not protected")
    check(book["Instructions"].protection.sheet, "the Instructions sheet is not protected")

    header = next(r for r in range(1, 20) if sheet.cell(r, 2).value == "ID")
    titles = [sheet.cell(header, c).value for c in range(1, 9)]
    check(titles == ["Priority", "ID", "Title", "Question", "Guidance", "Answer", "Evidence", "Comment"], f"columns: {titles}")
    check(sheet.freeze_panes == f"C{header + 1}", f"frozen at {sheet.freeze_panes}")
    last = sheet.max_row
    check(sheet.auto_filter.ref == f"A{header}:H{last}", f"autofilter {sheet.auto_filter.ref}")
    check(sheet.page_setup.orientation == "landscape", "not landscape")
    # One page wide (fitToWidth absent means 1), as many pages tall as it takes (0).
    check(sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (None, 1, "1")
          and str(sheet.page_setup.fitToHeight) == "0", "not fit to one page wide")
    check(sheet.print_title_rows == f"${header}:${header}", f"print titles {sheet.print_title_rows}")

    labels = {sheet.cell(r, c).value: (r, c) for r in range(1, header) for c in range(1, 9) if sheet.cell(r, c).value}
    for label in ["Vendor", "Product", "Product version", "Date of answers", "Contact", "Rule pack", "Rule pack version"]:
        check(label in labels, f"no header field {label}")
    r, c = labels["Rule pack"]
    check(sheet.cell(r, c + 1).value == schema["properties"]["pack"].get("const", "sbd-ot"), "the rule pack's id")
    r, c = labels["Date of answers"]
    check(sheet.cell(r, c + 1).number_format == "yyyy-mm-dd", "the date cell's format")
    check(not sheet.cell(r, c + 1).protection.locked, "the date cell is locked")

    validations = {}
    for dv in sheet.data_validations.dataValidation:
        for cells in dv.sqref.ranges:
            for row in range(cells.min_row, cells.max_row + 1):
                for column in range(cells.min_col, cells.max_col + 1):
                    validations[f"{get_column_letter(column)}{row}"] = dv
    lists = book["Lists"]

    def listed(formula):
        """The values of a list validation: inline, or a range of the Lists sheet."""
        if formula.startswith('"'):
            return formula.strip('"').split(",")
        area = formula.split("!")[1].replace("$", "")
        return [c.value for row in lists[area] for c in row]

    ids = [sheet.cell(r, 2).value for r in range(header + 1, last + 1)]
    check(ids == list(criteria), f"criteria rows {ids[:5]}... != schema {list(criteria)[:5]}...")
    for row, cid in enumerate(ids, start=header + 1):
        answer = sheet.cell(row, 6)
        check(not answer.protection.locked, f"{cid}: answer cell F{row} locked")
        for column in (7, 8):
            check(not sheet.cell(row, column).protection.locked, f"{cid}: {get_column_letter(column)}{row} locked")
        for column in (1, 2, 3, 4, 5):
            check(sheet.cell(row, column).protection.locked, f"{cid}: {get_column_letter(column)}{row} unlocked")
        check(sheet.cell(row, 4).value and sheet.cell(row, 4).alignment.wrap_text, f"{cid}: question missing or not wrapped")
        dv = validations.get(f"F{row}")
        if not dv:
            check(False, f"{cid}: no data validation on F{row}")
            continue
        check(dv.showErrorMessage, f"{cid}: the validation does not refuse")
        spec = criteria[cid]["anyOf"]
        typed = spec[0]
        na = any(alternative.get("description") == "does not apply to this product" for alternative in spec)
        if typed.get("type") == "array":  # several options: a formula over the Lists sheet
            values = typed["items"]["anyOf"][0]["enum"]
            check(dv.type == "custom", f"{cid}: a multiple choice validated by {dv.type}")
            check(("n/a" in dv.formula1) == na, f"{cid}: n/a and the formula {dv.formula1}")
            area = re.search(r"Lists!\$([A-Z]+)\$1:\$\1\$([0-9]+)", dv.formula1)
            check(area and [c.value for c in lists[area.group(1)][:int(area.group(2))]] == values, f"{cid}: options in Lists")
        elif "enum" in typed.get("anyOf", [{}])[0]:  # yes/partial/no or one option: a list
            values = typed["anyOf"][0]["enum"]
            check(dv.type == "list", f"{cid}: options validated by {dv.type}")
            if dv.type == "list":
                allowed = listed(dv.formula1)
                check(allowed == values + (["n/a"] if na else []), f"{cid}: list {allowed} != {values} (n/a: {na})")
        elif typed.get("anyOf", [{}])[0].get("type") == "number":
            number = typed["anyOf"][0]
            low, high = number.get("minimum"), number.get("maximum")
            if na:  # a number or n/a: only a formula says so
                check(dv.type == "custom" and '"n/a"' in dv.formula1, f"{cid}: number or n/a validated by {dv.type}")
                for bound in (low, high):
                    check(bound is None or f"{bound:g}" in dv.formula1, f"{cid}: bound {bound} not in {dv.formula1}")
            else:
                check(dv.type == "decimal", f"{cid}: a number validated by {dv.type}")
                if low is not None and high is not None:
                    check(float(dv.formula1) == low and float(dv.formula2) == high, f"{cid}: range {dv.formula1}..{dv.formula2}")
                elif low is not None:
                    check(dv.operator == "greaterThanOrEqual" and float(dv.formula1) == low, f"{cid}: minimum {dv.formula1}")
                elif high is not None:
                    check(dv.operator == "lessThanOrEqual" and float(dv.formula1) == high, f"{cid}: maximum {dv.formula1}")
        else:  # free text
            check(dv.type == "textLength", f"{cid}: free text validated by {dv.type}")

    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"ok: {len(ids)} criteria, {len(validations)} validated cells")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
