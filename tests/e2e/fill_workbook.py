#!/usr/bin/env python3
"""Fills the questionnaire workbook of `sbdscore template --format xlsx` with the answers of a YAML
response, as a vendor would in Excel, using openpyxl (an independent writer of xlsx).

    fill_workbook.py TEMPLATE.xlsx RESPONSE.yaml OUT.xlsx

Cells are found the way a person finds them: the header fields by their labels, the answer rows by
the ID column, the Answer, Evidence and Comment columns by their titles. Values are typed as Excel
would type them: numbers as numbers, the date as a date cell, several options as values separated
by commas, several evidence documents one per line.
"""
import datetime
import sys

import openpyxl
import yaml

LABELS = {"Vendor": "vendor", "Product": "product", "Product version": "version",
          "Date of answers": "date", "Contact": "contact", "Product category": "category"}


def cell_value(value):
    """An answer as a vendor types it into the cell."""
    if value is None:
        return None
    if value is True:  # YAML 1.1 reads an unquoted yes as true
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "none"
    return value


def main():
    template, response_file, out = sys.argv[1:4]
    with open(response_file, encoding="utf-8") as f:
        response = yaml.safe_load(f)
    book = openpyxl.load_workbook(template)
    sheet = book["Answers"]

    header_row = None
    columns = {}
    rows = {}
    for row in sheet.iter_rows():
        for cell in row:
            if header_row is None and isinstance(cell.value, str) and cell.value in LABELS:
                key = LABELS[cell.value]
                value = response.get(key)
                if isinstance(value, (datetime.date, datetime.datetime)):
                    sheet.cell(cell.row, cell.column + 1).value = datetime.datetime(value.year, value.month, value.day)
                elif value is not None:
                    sheet.cell(cell.row, cell.column + 1).value = str(value)
            if cell.value == "ID" and header_row is None:
                header_row = cell.row
        if header_row is not None and not columns:
            columns = {c.value: c.column for c in sheet[header_row] if c.value}
        elif columns and row[columns["ID"] - 1].value:
            rows[row[columns["ID"] - 1].value] = row[0].row

    for criterion, answer in (response.get("answers") or {}).items():
        row = rows[criterion]
        if isinstance(answer, dict):
            value = answer.get("value")
            evidence = answer.get("evidence")
            if isinstance(evidence, list):
                # A pinned file {path, sha256} is "PATH sha256:HEX" in a workbook.
                evidence = "\n".join(e if isinstance(e, str) else f"{e['path']} sha256:{e['sha256']}" for e in evidence)
            if evidence:
                sheet.cell(row, columns["Evidence"]).value = evidence
            if answer.get("comment"):
                sheet.cell(row, columns["Comment"]).value = answer["comment"]
        else:
            value = answer
        sheet.cell(row, columns["Answer"]).value = cell_value(value)
    book.save(out)


if __name__ == "__main__":
    main()
