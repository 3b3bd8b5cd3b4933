#!/usr/bin/env bash
# Hostile workbooks (make_hostile_workbooks.py: zip bomb, ../ entry, billion laughs, external
# entity, no Answers sheet, merged cells, an uncomputed formula, .xls and an .xls named .xlsx,
# rows down to 1,048,576) in one folder with two good vendors: each is refused with one clear
# error naming the file (and the cell where there is one), within seconds, nothing is read from
# /etc/passwd, and the good vendors are still scored and ranked.
#   hostile_workbooks.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

"$bin" template --format xlsx -o "$work/questionnaire.xlsx" || fail "template exited $?"
mkdir "$work/in"
"$python" "$here/fill_workbook.py" "$work/questionnaire.xlsx" examples/northwind-nw-plc7.yaml "$work/in/northwind.xlsx" || fail "fill"
"$python" "$here/make_hostile_workbooks.py" "$work/in/northwind.xlsx" "$work/in" || fail "make_hostile_workbooks.py"
cp examples/helios-hc-rtu400.yaml "$work/in/"
size=$(du -sk "$work/in" | cut -f1)
cp -r examples/evidence "$work/in/"  # the files the two good vendors cite (and pin), outside the size check
[ "$size" -lt 1024 ] || fail "the hostile workbooks take $size KiB on disk"

# old.xls is not picked up from a folder (only .xlsx is), so it is named.
timeout 60 "$bin" evaluate -o json="$work/out.json" "$work/in" "$work/in/old.xls" >"$work/out.txt" 2>"$work/err.txt"
rc=$?
[ "$rc" = 2 ] || fail "evaluate exited $rc, expected 2 (invalid inputs)"
expect() {  # FILE[:CELL] MESSAGE-PART
    grep -qF "$work/in/$1: error: $2" "$work/err.txt" || fail "no error '$2' at $1"
}
expect bomb.xlsx "the workbook's part xl/worksheets/sheet2.xml is larger than 16 MiB uncompressed"
expect traversal.xlsx "the workbook holds an entry named '../../evil.xml', a path outside the archive"
expect laughs.xlsx "the workbook's part xl/worksheets/sheet2.xml declares a DTD (<!DOCTYPE>); refused, its entities are never expanded"
expect external.xlsx "the workbook's part xl/worksheets/sheet2.xml declares a DTD (<!DOCTYPE>); refused, its entities are never expanded"
expect no-answers.xlsx "the workbook has no sheet named 'Answers' (its sheets: 'Instructions', 'Sheet1', 'Lists')"
expect merged.xlsx:Answers!F8 "cells F8:F9 are merged, hiding values the questionnaire reads"
expect formula.xlsx:Answers!F7 "the cell holds a formula that was never computed; sbdscore never computes formulas"
expect old.xls "an Excel 97-2003 workbook (.xls); sbdscore reads .xlsx (hint: open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx))"
expect renamed.xlsx "an Excel 97-2003 workbook (.xls)"
expect million.xlsx:Answers!F1048576 "row 1048576 is past the 10000 rows a questionnaire may use"
grep -q "root:" "$work/err.txt" "$work/out.txt" && fail "/etc/passwd leaked into the output"
for bad in bomb traversal laughs external no-answers merged formula renamed million; do
    [ "$(grep -c "^$work/in/$bad.xlsx" "$work/err.txt")" = 1 ] || { fail "$bad.xlsx: not exactly one error"; grep "$bad" "$work/err.txt"; }
done
"$python" - "$work/out.json" <<'PY' || fail "the good vendors are not ranked"
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ranked = [(r["rank"], r["vendor"]) for r in results if r["verdict"] != "INVALID"]
assert ranked == [(1, "Northwind Automation"), (2, "Helios Controls")], ranked
invalid = [r for r in results if r["verdict"] == "INVALID"]
assert len(invalid) == 10, len(invalid)
PY

# A formula LibreOffice computed: its cached value is read, with a warning, never computed again.
if command -v soffice >/dev/null; then
    mkdir "$work/calc"
    soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to xlsx --outdir "$work/calc" "$work/in/formula.xlsx" \
        >"$work/soffice.out" 2>&1 || fail "soffice exited $?"
    "$bin" validate "$work/calc/formula.xlsx" >"$work/calc.txt" 2>&1
    grep -qF "formula.xlsx:Answers!F7: warning: " "$work/calc.txt" || { fail "no warning for a computed formula"; cat "$work/calc.txt"; }
    grep -q "formula" "$work/calc.txt" || fail "the warning does not say formula"
fi

[ "$failed" = 0 ] && echo "ok: 10 hostile workbooks refused, each with one located error; the good vendors ranked"
exit "$failed"
