#!/usr/bin/env python3
"""Writes hostile workbooks into a folder, each small on disk, from a good filled questionnaire:

    make_hostile_workbooks.py GOOD.xlsx FOLDER

bomb.xlsx         the answers sheet padded with 200 MiB of spaces (about 200 KiB deflated)
traversal.xlsx    an extra entry named ../../evil.xml
laughs.xlsx       the answers sheet under a DTD of nested entities (billion laughs)
external.xlsx     the answers sheet with an external entity (file:///etc/passwd)
no-answers.xlsx   the Answers sheet renamed Sheet1
merged.xlsx       two answer cells merged
formula.xlsx      an answer given as a formula, no value cached (as openpyxl saves it)
old.xls / renamed.xlsx   an Excel 97-2003 (OLE) file, one with its own name and one named .xlsx
million.xlsx      the answers sheet with rows down to 1,048,576, Excel's last
"""
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

good, folder = sys.argv[1:3]
with zipfile.ZipFile(good) as z:
    parts = {info.filename: z.read(info.filename) for info in z.infolist()}
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
sheet_rid = {s.get("name"): s.get("{%s}id" % NS["r"]) for s in ET.fromstring(parts["xl/workbook.xml"]).iter("{%s}sheet" % NS["m"])}
targets = {r.get("Id"): r.get("Target") for r in ET.fromstring(parts["xl/_rels/workbook.xml.rels"]).iter("{%s}Relationship" % NS["p"])}
answers = "xl/" + targets[sheet_rid["Answers"]].lstrip("/").removeprefix("xl/")


def write(name, changed, extra=None):
    with zipfile.ZipFile(os.path.join(folder, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, changed.get(part, data))
        for part, data in (extra or {}).items():
            z.writestr(part, data)


# A zip bomb: the deflated stream written by hand, so 200 MiB never sits in memory.
sheet = parts[answers]
cut = sheet.index(b"<sheetData>") + len(b"<sheetData>")
with open(os.path.join(folder, "bomb.xlsx"), "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
    for part, data in parts.items():
        if part != answers:
            z.writestr(part, data)
    with z.open(answers, "w", force_zip64=True) as out:
        out.write(sheet[:cut])
        block = b" " * (1024 * 1024)
        for _ in range(200):
            out.write(block)
        out.write(sheet[cut:])

write("traversal.xlsx", {}, {"../../evil.xml": b"<x/>"})
# The DTDs go into the answers sheet, the part every reader must parse, an entity used in a cell.
body = sheet[sheet.index(b"<worksheet"):]
first_text = re.search(rb"<t(?: [^>]*)?>", body).end()
laughs = b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY a "ha">' + b"".join(
    b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((98 + i,) + (97 + i,) * 10) for i in range(9)) + b"]>\n"
write("laughs.xlsx", {answers: laughs + body[:first_text] + b"&j;" + body[first_text:]})
external = b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
write("external.xlsx", {answers: external + body[:first_text] + b"&x;" + body[first_text:]})

book = openpyxl.load_workbook(good)
book["Answers"].title = "Sheet1"
book.save(os.path.join(folder, "no-answers.xlsx"))
book = openpyxl.load_workbook(good)
book["Answers"].merge_cells("F8:F9")
book.save(os.path.join(folder, "merged.xlsx"))
book = openpyxl.load_workbook(good)
book["Answers"]["F7"] = '=IF(1=1,"yes","no")'
book.save(os.path.join(folder, "formula.xlsx"))

ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Workbook" + bytes(1000)
for name in ("old.xls", "renamed.xlsx"):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(ole)

rows = b"".join(b'<row r="%d"/>' % r for r in range(100, 1048577, 997)) + \
       b'<row r="1048576"><c r="F1048576" t="inlineStr"><is><t>yes</t></is></c></row>'
end = sheet.index(b"</sheetData>")
write("million.xlsx", {answers: sheet[:end] + rows + sheet[end:]})
