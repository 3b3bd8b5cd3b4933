#!/usr/bin/env bash
# Every example response both ways: YAML -> the questionnaire workbook filled in by openpyxl (an
# independent xlsx writer) -> evaluate, and that workbook -> sbdscore import -> YAML -> evaluate;
# explain and compare read the workbook as its YAML.
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

# Each pack's examples, from the questionnaire of that pack; evaluate and import find the pack
# from the workbook's 'Rule pack' cell, as they do from a YAML file's pack: line.
roundtrip() {  # NAME PACK EXAMPLES...
    local set=$1 pack=$2 example name count kind rc
    shift 2
    mkdir -p "$work/$set/yaml" "$work/$set/xlsx" "$work/$set/imported"
    # The files the examples cite (and pin) go with each copy: a bundle is the response and its evidence.
    if [ -d "$(dirname "$1")/evidence" ]; then
        for kind in yaml xlsx imported; do cp -r "$(dirname "$1")/evidence" "$work/$set/$kind/"; done
    fi
    "$bin" template --pack "$pack" --format xlsx -o "$work/$set/questionnaire.xlsx" || fail "template --pack $pack --format xlsx exited $?"
    for example in "$@"; do
        name=$(basename "$example" .yaml)
        cp "$example" "$work/$set/yaml/"
        "$python" "$here/fill_workbook.py" "$work/$set/questionnaire.xlsx" "$example" "$work/$set/xlsx/$name.xlsx" || fail "fill_workbook.py $name"
        "$bin" import "$work/$set/xlsx/$name.xlsx" -o "$work/$set/imported/$name.yaml" || fail "import $name exited $?"
        # The same findings, at a cell instead of a line.
        "$bin" validate "$example" 2>&1 | sed -E 's/^[^ ]*: //; s/\(hint: .*//' >"$work/$name.yaml.findings"
        "$bin" validate "$work/$set/xlsx/$name.xlsx" 2>&1 | sed -E 's/^[^ ]*: //; s/\(hint: .*//' >"$work/$name.xlsx.findings"
        cmp -s "$work/$name.yaml.findings" "$work/$name.xlsx.findings" || { fail "validate findings differ for $name:"; diff "$work/$name.yaml.findings" "$work/$name.xlsx.findings"; }
        # explain reads the workbook as the YAML (its first line names the file); compare sees no change.
        cmp -s <("$bin" explain "$example" | tail -n +2) <("$bin" explain "$work/$set/xlsx/$name.xlsx" | tail -n +2) ||
            fail "explain differs between $name.yaml and $name.xlsx"
        "$bin" compare -f json "$example" "$work/$set/xlsx/$name.xlsx" >"$work/$name.compare.json" || fail "compare $name exited $?"
        grep -q '"score_delta": 0.0,' "$work/$name.compare.json" && grep -q '"answers": \[\]' "$work/$name.compare.json" ||
            fail "compare sees a change between $name.yaml and $name.xlsx"
    done
    count=$(ls "$work/$set/xlsx" | wc -l)
    [ "$count" -ge 3 ] || fail "only $count workbooks of $pack"
    for kind in yaml xlsx imported; do
        "$bin" evaluate --as-of 2026-12-01 -o json="$work/$set/$kind.json" "$work/$set/$kind" >/dev/null 2>"$work/$set/$kind.err"
        rc=$?
        [ "$rc" -le 1 ] || { fail "evaluate $set $kind exited $rc"; cat "$work/$set/$kind.err"; }
    done
    "$python" "$here/same_scorecard.py" "$work/$set/yaml.json" "$work/$set/xlsx.json" || fail "the $pack workbooks score differently from the YAML"
    "$python" "$here/same_scorecard.py" "$work/$set/yaml.json" "$work/$set/imported.json" || fail "the imported $pack YAML scores differently"
    total=$((total + count))
}
total=0
roundtrip ot sbd-ot examples/*.yaml
roundtrip digital sbd-digital examples/sbd-digital/*.yaml
grep -q '"pack": "sbd-digital"\|"id": "sbd-digital"' "$work/digital/xlsx.json" || fail "the sbd-digital workbooks were not scored with their pack"
grep -q '"category": "saas"' "$work/digital/xlsx.json" || fail "no product category read from a workbook"

# The comparison is not blind: the places do differ, and a changed answer is seen.
grep -q '"cell": "F7"' "$work/ot/xlsx.json" || fail "the workbook scorecard names no cell"
sed 's/"score": 8/"score": 7/' "$work/ot/xlsx.json" >"$work/changed.json"
cmp -s "$work/ot/xlsx.json" "$work/changed.json" && fail "the check of the comparison changed nothing"
"$python" "$here/same_scorecard.py" "$work/ot/yaml.json" "$work/changed.json" >/dev/null && fail "same_scorecard.py missed a changed score"

[ "$failed" = 0 ] && echo "ok: $total examples of two packs score the same from YAML, from a workbook and imported back"
exit "$failed"
