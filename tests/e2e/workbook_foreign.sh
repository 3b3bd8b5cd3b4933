#!/usr/bin/env bash
# Workbooks sbdscore did not write read the same: every example response (1) written by openpyxl in
# a layout of its own (own_layout_workbook.py: other column order, rows reversed, a blank row, the
# date as text) and (2) the filled questionnaire saved again by LibreOffice Calc (soffice
# --convert-to xlsx, its own zip, shared strings, styles and dates). Each scores exactly as the
# YAML examples do (same_scorecard.py). LibreOffice is optional: without soffice, part 2 is
# skipped and said so; the test is then skipped only if nothing else ran.
#   workbook_foreign.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

mkdir "$work/yaml" "$work/own" "$work/filled" "$work/calc"
# The files the examples cite (and pin) go with each copy: a bundle is the response and its evidence.
for kind in yaml own filled calc; do cp -r examples/evidence "$work/$kind/"; done
"$bin" template --format xlsx -o "$work/questionnaire.xlsx" || fail "template exited $?"
for example in examples/*.yaml; do
    name=$(basename "$example" .yaml)
    cp "$example" "$work/yaml/"
    "$python" "$here/own_layout_workbook.py" "$example" "$work/own/$name.xlsx" || fail "own_layout_workbook.py $name"
    "$python" "$here/fill_workbook.py" "$work/questionnaire.xlsx" "$example" "$work/filled/$name.xlsx" || fail "fill_workbook.py $name"
done
"$bin" evaluate -o json="$work/yaml.json" "$work/yaml" >/dev/null 2>&1
"$bin" evaluate -o json="$work/own.json" "$work/own" >/dev/null 2>"$work/own.err"
[ $? -le 1 ] || { fail "evaluate of openpyxl's workbooks"; cat "$work/own.err"; }
"$python" "$here/same_scorecard.py" "$work/yaml.json" "$work/own.json" || fail "openpyxl's own-layout workbooks score differently"

if command -v soffice >/dev/null; then
    # A profile of its own, so a LibreOffice the user has open (or a parallel test) is not disturbed.
    soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to xlsx --outdir "$work/calc" "$work"/filled/*.xlsx \
        >"$work/soffice.out" 2>&1 || { fail "soffice exited $?"; cat "$work/soffice.out"; }
    count=$(ls "$work/calc"/*.xlsx | wc -l)
    [ "$count" -ge 6 ] || { fail "LibreOffice wrote $count workbooks"; cat "$work/soffice.out"; }
    # Really another writer's file, not ours passed through.
    cmp -s "$work/filled/helios-hc-rtu400.xlsx" "$work/calc/helios-hc-rtu400.xlsx" && fail "LibreOffice's workbook is the same bytes"
    "$bin" evaluate -o json="$work/calc.json" "$work/calc" >/dev/null 2>"$work/calc.err"
    [ $? -le 1 ] || { fail "evaluate of LibreOffice's workbooks"; cat "$work/calc.err"; }
    "$python" "$here/same_scorecard.py" "$work/yaml.json" "$work/calc.json" || fail "LibreOffice's workbooks score differently"
else
    echo "note: soffice (libreoffice-calc-nogui) is not installed: workbooks saved by LibreOffice not tested"
fi

[ "$failed" = 0 ] && echo "ok: workbooks written by openpyxl and saved by LibreOffice score as the YAML examples"
exit "$failed"
