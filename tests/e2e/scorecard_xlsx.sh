#!/usr/bin/env bash
# evaluate -o xlsx=FILE: the scorecard workbook of the examples, one vendor answering in a
# workbook and one INVALID file, read by openpyxl against the JSON scorecard of the same run
# (check_scorecard_xlsx.py), which a tampered workbook fails; the same run gives the same bytes,
# on a pipe too; LibreOffice opens it (the Summary sheet converted to CSV names every vendor).
#   scorecard_xlsx.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

mkdir "$work/in"
cp examples/*.yaml "$work/in/"
"$bin" template --format xlsx -o "$work/questionnaire.xlsx" || fail "template exited $?"
rm "$work/in/helios-hc-rtu400.yaml"
"$python" "$here/fill_workbook.py" "$work/questionnaire.xlsx" examples/helios-hc-rtu400.yaml "$work/in/helios.xlsx" || fail "fill"
cp examples/invalid/broken-response.yaml "$work/in/"

"$bin" evaluate -o xlsx="$work/card.xlsx" -o json="$work/card.json" "$work/in" >/dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "evaluate exited $rc, expected 2 (an INVALID file)"
"$python" "$here/check_scorecard_xlsx.py" "$work/card.xlsx" "$work/card.json" || fail "the scorecard workbook"
"$python" - "$work/card.xlsx" <<'PY' || fail "the answers sheet of the workbook vendor"
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])["Helios Controls"]
places = [row[10] for row in sheet.iter_rows(min_row=5, values_only=True)]
assert places[0] == "Answers!F7", places[:3]
PY

"$bin" evaluate -o xlsx="$work/again.xlsx" "$work/in" >/dev/null 2>&1
cmp -s "$work/card.xlsx" "$work/again.xlsx" || fail "two runs wrote different workbooks"
"$bin" evaluate -o xlsx "$work/in" 2>/dev/null >"$work/piped.xlsx"
cmp -s "$work/card.xlsx" "$work/piped.xlsx" || fail "the workbook on a pipe differs from the file"

# The checker is not blind: a score changed by a tenth fails it.
"$python" - "$work/card.xlsx" "$work/tampered.xlsx" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book["Summary"]["E5"].value += 0.1
book.save(sys.argv[2])
PY
"$python" "$here/check_scorecard_xlsx.py" "$work/tampered.xlsx" "$work/card.json" >"$work/tampered.out" && fail "the checker passed a changed score"
grep -q ": score " "$work/tampered.out" || fail "unexpected: $(cat "$work/tampered.out")"

if command -v soffice >/dev/null; then
    soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to csv --outdir "$work/calc" "$work/card.xlsx" >/dev/null 2>&1 ||
        fail "soffice exited $?"
    for vendor in "Northwind Automation" "Helios Controls" "Quayside Systems"; do
        grep -q "$vendor" "$work/calc/card.csv" || fail "LibreOffice reads no $vendor in the Summary"
    done
fi

[ "$failed" = 0 ] && echo "ok: the scorecard workbook"
exit "$failed"
