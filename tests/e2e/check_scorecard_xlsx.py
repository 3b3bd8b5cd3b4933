#!/usr/bin/env python3
"""Reads the scorecard workbook of `evaluate -o xlsx=FILE` with openpyxl (an independent reader)
and checks it against the JSON scorecard of the same run (`-o json=FILE`).

    check_scorecard_xlsx.py SCORECARD.xlsx SCORECARD.json

Sheets: Summary, Must-haves, then one per valid vendor in rank order. Summary: one row per result,
ranks, vendors, verdicts, the score and the 12 priority scores as full-precision numbers (the
JSON's, to libxlsxwriter's 16 significant digits) shown with one decimal, a colour scale over the priority scores, a link
from each vendor to its sheet, INVALID files with their errors; Must-haves: one row per vendor and
gate with the JSON's status and reason; each vendor's sheet: one row per criterion with its answer
and credit. Every sheet has frozen header rows and an autofilter over its table.
"""
import json
import sys

import openpyxl

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def same(cell, value):
    """A number as a cell holds it: libxlsxwriter writes 16 significant digits (Excel computes with
    15), so the last bit of a double may differ; anything more is a real difference."""
    return isinstance(cell, (int, float)) and abs(cell - value) <= 1e-14 * max(1.0, abs(value))


def table(sheet, header_row):
    titles = [c.value for c in sheet[header_row]]
    rows = [dict(zip(titles, (c for c in row))) for row in sheet.iter_rows(min_row=header_row + 1)]
    return titles, rows


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        card = json.load(f)
    results = card["results"]
    valid = [r for r in results if r["verdict"] != "INVALID"]
    check(book.sheetnames[:2] == ["Summary", "Must-haves"], f"sheets {book.sheetnames}")
    check(len(book.sheetnames) == 2 + len(valid), f"{len(book.sheetnames) - 2} vendor sheets for {len(valid)} vendors")

    summary = book["Summary"]
    header = 4
    titles, rows = table(summary, header)
    priorities = [p["id"] for p in valid[0]["priorities"]] if valid else []
    check(titles[:8] == ["Rank", "Vendor", "Product", "Version", "Score", "Verdict", "Failed must-haves", "Reasons"], f"summary columns {titles}")
    check(titles[8:8 + len(priorities)] == priorities, f"priority columns {titles[8:]}")
    check(summary.freeze_panes == f"C{header + 1}", f"summary frozen at {summary.freeze_panes}")
    check(summary.auto_filter.ref == f"A{header}:{openpyxl.utils.get_column_letter(len(titles))}{header + len(results)}",
          f"summary autofilter {summary.auto_filter.ref}")
    scaled = [str(cf.sqref) for cf in summary.conditional_formatting if any(r.type == "colorScale" for r in cf.rules)]
    first, last = openpyxl.utils.get_column_letter(9), openpyxl.utils.get_column_letter(8 + len(priorities))
    check(f"{first}{header + 1}:{last}{header + len(results)}" in scaled, f"no colour scale on the priority scores: {scaled}")
    check(len(rows) == len(results), f"{len(rows)} summary rows for {len(results)} results")
    for row, r in zip(rows, results):
        name = r.get("vendor") or r["file"]
        check(row["Vendor"].value == (r.get("vendor") or None), f"vendor {row['Vendor'].value!r} != {r.get('vendor')!r}")
        check(row["Verdict"].value == r["verdict"], f"{name}: verdict")
        if r["verdict"] == "INVALID":
            check(row["Rank"].value is None and row["Score"].value is None, f"{name}: an INVALID file is ranked or scored")
            errors = [d["message"] for d in r["diagnostics"] if d["severity"] == "error"]
            check(all(e in (row["Reasons"].value or "") for e in errors), f"{name}: its errors are not in Reasons")
            continue
        check(row["Rank"].value == r["rank"], f"{name}: rank")
        check(same(row["Score"].value, r["score"]), f"{name}: score {row['Score'].value!r} != {r['score']!r}")
        check(row["Score"].number_format == "0.0", f"{name}: score format {row['Score'].number_format}")
        for p in r["priorities"]:
            cell = row[p["id"]]
            if p["applicable"]:
                check(same(cell.value, p["score"]) and cell.number_format == "0.0", f"{name} {p['id']}: {cell.value!r} != {p['score']!r}")
            else:
                check(cell.value == "n/a", f"{name} {p['id']}: not n/a")
        link = row["Vendor"].hyperlink
        check(link is not None and link.location and link.location.startswith("'"), f"{name}: no link to its sheet")
        failing = [g for g in r["gates"] if g["status"] in ("fail", "unanswered")]
        for g in failing:
            check(g["criterion"] in (row["Failed must-haves"].value or ""), f"{name}: {g['criterion']} not among the failed must-haves")
        check((row["Reasons"].value is None) == (r["verdict"] == "PASS"), f"{name}: reasons {row['Reasons'].value!r} for {r['verdict']}")

    musts = book["Must-haves"]
    titles, rows = table(musts, 1)
    gates = [(r["rank"], g) for r in valid for g in r["gates"]]
    check(len(rows) == len(gates), f"{len(rows)} must-have rows for {len(gates)} gates")
    check(musts.freeze_panes == "C2" and musts.auto_filter.ref == f"A1:K{1 + len(gates)}", "must-haves frozen/filtered")
    for row, (rank, g) in zip(rows, gates):
        check((row["Rank"].value, row["Must-have"].value, row["Status"].value, row["Reason"].value) ==
              (rank, g["criterion"], g["status"], g["reason"]), f"must-have row {row['Must-have'].value} of rank {rank}")

    for sheet_name, r in zip(book.sheetnames[2:], valid):
        sheet = book[sheet_name]
        check(sheet["A1"].value.startswith(r["vendor"]), f"sheet {sheet_name} is not {r['vendor']}'s")
        titles, rows = table(sheet, header)
        criteria = [c for p in r["priorities"] for c in p["criteria"]]
        check(len(rows) == len(criteria), f"{sheet_name}: {len(rows)} rows for {len(criteria)} criteria")
        check(sheet.freeze_panes == f"D{header + 1}" and sheet.auto_filter.ref, f"{sheet_name}: frozen/filtered")
        for row, c in zip(rows, criteria):
            check(row["ID"].value == c["id"], f"{sheet_name}: {row['ID'].value} != {c['id']}")
            scored = c["applicable"] and c["type"] != "text" and c["weight"] > 0
            if scored:
                check(same(row["Credit %"].value, c["credit"] * 100), f"{sheet_name} {c['id']}: credit {row['Credit %'].value} != {c['credit']}")
            check((row["Evidence"].value or "") == "\n".join(c.get("evidence") or []), f"{sheet_name} {c['id']}: evidence")

    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"ok: {len(results)} results, {len(gates)} must-have rows, {len(valid)} vendor sheets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
