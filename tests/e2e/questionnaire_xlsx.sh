#!/usr/bin/env bash
# The questionnaire workbook of each pack, read by openpyxl (check_questionnaire_xlsx.py) against
# the pack's JSON Schema; the same inputs give the same bytes; and the checker is not blind: a
# workbook whose validations were stripped fails it.
#   questionnaire_xlsx.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3

check_pack() {  # NAME PACK-OPTIONS...
    local name=$1
    shift
    "$bin" template --format xlsx "$@" -o "$work/$name.xlsx" || fail "template $name exited $?"
    "$bin" schema "$@" -o "$work/$name.json" || fail "schema $name exited $?"
    "$python" "$here/check_questionnaire_xlsx.py" "$work/$name.xlsx" "$work/$name.json" || fail "the $name questionnaire"
}
check_pack sbd-ot
check_pack sbd-digital --pack sbd-digital
check_pack mini --rules tests/data/packs/mini
# Standard output, when it is not a terminal, carries the same bytes.
"$bin" template --format xlsx >"$work/stdout.xlsx" || fail "template to a pipe exited $?"
cmp -s "$work/stdout.xlsx" "$work/sbd-ot.xlsx" || fail "the workbook on standard output differs from the file (or from run to run)"

# A terminal gets no workbook bytes, but a usage error (script(1) gives the command a terminal).
if command -v script >/dev/null; then
    for command in "template --format xlsx" "evaluate -o xlsx examples/helios-hc-rtu400.yaml"; do
        script -qec "$bin $command" /dev/null >"$work/tty.out" 2>&1
        rc=$?
        [ "$rc" = 2 ] || fail "$command on a terminal exited $rc, expected 2"
        grep -q "a workbook is not for the terminal: give a file with -o FILE.xlsx" "$work/tty.out" || fail "$command on a terminal: $(head -c 200 "$work/tty.out")"
    done
fi

"$python" - "$work/sbd-ot.xlsx" "$work/stripped.xlsx" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book["Answers"].data_validations.dataValidation = book["Answers"].data_validations.dataValidation[:-1]
book.save(sys.argv[2])
PY
"$python" "$here/check_questionnaire_xlsx.py" "$work/stripped.xlsx" "$work/sbd-ot.json" >"$work/stripped.out" &&
    fail "the checker passed a workbook missing a validation"
grep -q "no data validation on F" "$work/stripped.out" || fail "unexpected: $(cat "$work/stripped.out")"

[ "$failed" = 0 ] && echo "ok: questionnaire workbooks checked by openpyxl"
exit "$failed"
