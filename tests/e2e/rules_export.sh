#!/usr/bin/env bash
# `rules export` and a consultant's workflow on the copy:
#   - the exported files are byte for byte the pack's folder (comments and tests included);
#   - the copy lints clean and its tests pass; exporting over a non-empty folder is refused;
#   - a change that flips a verdict (DEF-01 no longer a must-have) fails `rules test` (exit 1),
#     naming the case;
#   - a copy whose id was changed makes the sbd-ot responses INVALID with a hint naming extends:,
#     and an extension of sbd-ot scores them.
#   rules_export.sh BIN
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for pack in sbd-ot sbd-digital; do
    "$bin" rules export "$pack" "$work/$pack" >"$work/out" || fail "export $pack exited $?"
    grep -q "exported pack $pack" "$work/out" || fail "export $pack said: $(cat "$work/out")"
    diff -r "rules/$pack" "$work/$pack" || fail "the export of $pack differs from rules/$pack"
    "$bin" rules lint --strict --rules "$work/$pack" >/dev/null || fail "the exported $pack does not lint clean"
    "$bin" rules test "$work/$pack" >"$work/out" || fail "the exported $pack's tests fail: $(cat "$work/out")"
done

"$bin" rules export sbd-ot "$work/sbd-ot" >/dev/null 2>"$work/err"
[ $? = 2 ] && grep -q "not an empty folder" "$work/err" || fail "export over a non-empty folder was not refused"
"$bin" rules export sbd-oot "$work/typo" >/dev/null 2>"$work/err"
[ $? = 2 ] && grep -q "did you mean 'sbd-ot'" "$work/err" || fail "export of an unknown pack: $(cat "$work/err")"

# A consultant drops DEF-01 as a must-have: Bramble's verdict flips, and the pack's tests say so.
sed -i '/id: DEF-01/,/id: DEF-02/ s/^    gate: true$/    gate: false/' "$work/sbd-ot/secure-by-default.yaml"
grep -q "gate: false" "$work/sbd-ot/secure-by-default.yaml" || fail "the test could not edit DEF-01"
"$bin" rules test "$work/sbd-ot" >"$work/out"
rc=$?
[ $rc = 1 ] || fail "rules test after the change exited $rc, expected 1: $(cat "$work/out")"
grep -q "^FAILED  .*bramble-default-password.yaml" "$work/out" || fail "the failing case is not named: $(cat "$work/out")"
grep -q "verdict: expected FAIL, got PASS" "$work/out" || fail "the flipped verdict is not shown: $(cat "$work/out")"

# The copy with an id of its own no longer accepts sbd-ot responses, and the hint says how to.
"$bin" rules export sbd-ot "$work/acme" >/dev/null || fail "second export failed"
sed -i 's/^id: sbd-ot$/id: acme-ot/' "$work/acme/pack.yaml"
"$bin" evaluate --color never --rules "$work/acme" examples >/dev/null 2>"$work/err"
[ $? = 2 ] || fail "a renamed copy scored sbd-ot responses"
grep -q "make acme-ot extend it (extends: sbd-ot" "$work/err" || fail "the hint does not name extends: $(head -3 "$work/err")"

# The same changes as an extension keep the responses valid.
mkdir "$work/acme-ext"
printf 'format: 1\nid: acme-ot\nversion: 1.0.0\ntitle: Acme\nextends: sbd-ot\noverride:\n  criteria:\n    DEF-01: { gate: false }\n' \
    >"$work/acme-ext/pack.yaml"
"$bin" evaluate --color never --fail-on never --rules "$work/acme-ext" examples >"$work/out" 2>"$work/err" ||
    fail "the extension did not score the sbd-ot responses: $(cat "$work/err")"
grep -q "Bramble Industrial .* PASS" "$work/out" || fail "the extension's change did not apply: $(cat "$work/out")"
echo "ok rules export"
