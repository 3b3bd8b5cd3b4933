#!/usr/bin/env bash
# Every example response both ways: YAML -> the questionnaire workbook filled in by openpyxl (an
# independent xlsx writer) -> evaluate, and that workbook -> sbdscore import -> YAML -> evaluate.
# Each JSON scorecard equals the YAML examples' one, places in the files aside (same_scorecard.py
# says which keys differ and why). The workbooks also pass validate with the same warnings.
#   workbook_roundtrip.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
# Debian's python3 has python3-openpyxl (scripts/bootstrap.sh installs it); prefer it to any other.
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

mkdir "$work/yaml" "$work/xlsx" "$work/imported"
"$bin" template --format xlsx -o "$work/questionnaire.xlsx" || fail "template --format xlsx exited $?"
for example in examples/*.yaml; do
    name=$(basename "$example" .yaml)
    cp "$example" "$work/yaml/"
    "$python" "$here/fill_workbook.py" "$work/questionnaire.xlsx" "$example" "$work/xlsx/$name.xlsx" || fail "fill_workbook.py $name"
    "$bin" import "$work/xlsx/$name.xlsx" -o "$work/imported/$name.yaml" || fail "import $name exited $?"
    # The same findings, at a cell instead of a line.
    "$bin" validate "$example" 2>&1 | sed -E 's/^[^ ]*: //; s/\(hint: .*//' >"$work/$name.yaml.findings"
    "$bin" validate "$work/xlsx/$name.xlsx" 2>&1 | sed -E 's/^[^ ]*: //; s/\(hint: .*//' >"$work/$name.xlsx.findings"
    cmp -s "$work/$name.yaml.findings" "$work/$name.xlsx.findings" || { fail "validate findings differ for $name:"; diff "$work/$name.yaml.findings" "$work/$name.xlsx.findings"; }
done
count=$(ls "$work/xlsx" | wc -l)
[ "$count" -ge 6 ] || fail "only $count workbooks"

for kind in yaml xlsx imported; do
    "$bin" evaluate -o json="$work/$kind.json" "$work/$kind" >/dev/null 2>"$work/$kind.err"
    rc=$?
    [ "$rc" -le 1 ] || { fail "evaluate $kind exited $rc"; cat "$work/$kind.err"; }
done
"$python" "$here/same_scorecard.py" "$work/yaml.json" "$work/xlsx.json" || fail "the workbooks score differently from the YAML"
"$python" "$here/same_scorecard.py" "$work/yaml.json" "$work/imported.json" || fail "the imported YAML scores differently"
# The comparison is not blind: the places do differ, and a changed answer is seen.
grep -q '"cell": "F7"' "$work/xlsx.json" || fail "the workbook scorecard names no cell"
sed 's/"score": 8/"score": 7/' "$work/xlsx.json" >"$work/changed.json"
cmp -s "$work/xlsx.json" "$work/changed.json" && fail "the check of the comparison changed nothing"
"$python" "$here/same_scorecard.py" "$work/yaml.json" "$work/changed.json" >/dev/null && fail "same_scorecard.py missed a changed score"

[ "$failed" = 0 ] && echo "ok: $count examples score the same from YAML, from a workbook and imported back"
exit "$failed"
