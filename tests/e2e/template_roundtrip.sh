#!/usr/bin/env bash
# The template round trip a vendor makes: the blank template fails validate (exit 2) and the
# JSON Schema; the same template with every blank filled in passes both, with no warning, and scores.
#   template_roundtrip.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$bin" template -o "$work/blank.yaml" || fail "template exited $?"
"$bin" schema -o "$work/sbd-ot.schema.json" || fail "schema exited $?"
python3 "$here/fill_template.py" "$work/blank.yaml" "$work/sbd-ot.schema.json" >"$work/filled.yaml" || fail "fill_template.py"

"$bin" validate "$work/blank.yaml" >"$work/blank.out" 2>&1
rc=$?
[ "$rc" = 2 ] || fail "validate of the blank template exited $rc, expected 2"
grep -q "blank.yaml: 4 errors, 54 warnings$" "$work/blank.out" || fail "unexpected summary: $(tail -n 1 "$work/blank.out")"

"$bin" validate "$work/filled.yaml" >"$work/filled.out" 2>&1
rc=$?
[ "$rc" = 0 ] || fail "validate of the filled template exited $rc, expected 0"
[ "$(cat "$work/filled.out")" = "$work/filled.yaml: ok" ] || { fail "validate of the filled template:"; cat "$work/filled.out"; }

python3 "$here/validate_with_schema.py" "$work/sbd-ot.schema.json" --valid "$work/filled.yaml" --invalid "$work/blank.yaml" ||
    fail "JSON Schema check"

"$bin" evaluate --color never "$work/filled.yaml" >"$work/evaluate.out" 2>&1
rc=$?
[ "$rc" = 0 ] || { fail "evaluate of the filled template exited $rc"; cat "$work/evaluate.out"; }
grep -q "Filltest Automation .* PASS" "$work/evaluate.out" || fail "the filled template does not PASS"

[ "$failed" = 0 ] && echo "ok template round trip"
exit "$failed"
