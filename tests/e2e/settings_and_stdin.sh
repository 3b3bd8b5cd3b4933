#!/usr/bin/env bash
# Settings (issue 12, item 10): .sbdscore.yaml, --config, SBDSCORE_CONFIG and SBDSCORE_* variables,
# with the precedence command line > environment > file > defaults, checked as strictly as the
# command line; `-` reads a response from standard input; --quiet and --verbose (item 9).
set -u
bin=$1
src=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
expect_exit() {  # expect_exit WANT WHAT COMMAND...
    local want=$1 what=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    [ $got -eq "$want" ] || fail "$what: exit $got, expected $want (stderr: $(head -3 "$work/err"))"
}
unset SBDSCORE_CONFIG SBDSCORE_FAIL_ON SBDSCORE_OUTPUT SBDSCORE_AS_OF SBDSCORE_PACK SBDSCORE_RULES SBDSCORE_PROFILE

cd "$work" || exit 1
cp -r "$src/examples" ex
"$bin" evaluate --as-of 2026-11-30 -f json ex >expected.json 2>/dev/null
# The examples hold a FAIL (exit 1 by default, --fail-on gate) and REVIEWs.
cat > .sbdscore.yaml <<'YAML'
fail-on: never
as-of: 2026-11-30
output: [json=from-settings.json]
YAML
expect_exit 0 "fail-on from .sbdscore.yaml" "$bin" evaluate ex
cmp -s from-settings.json expected.json || fail "output and as-of from .sbdscore.yaml: not the dated JSON report"

SBDSCORE_FAIL_ON=review expect_exit 1 "SBDSCORE_FAIL_ON over the file" "$bin" evaluate ex
SBDSCORE_FAIL_ON=review expect_exit 0 "the command line over SBDSCORE_FAIL_ON" "$bin" evaluate --fail-on never ex
SBDSCORE_OUTPUT="csv=a.csv,json=b.json" expect_exit 0 "SBDSCORE_OUTPUT, a list" "$bin" evaluate ex
[ -s a.csv ] && [ -s b.json ] || fail "SBDSCORE_OUTPUT=csv=a.csv,json=b.json did not write both files"
expect_exit 0 "-o on the command line replaces the file's outputs" "$bin" evaluate -o json=c.json ex
[ -s c.json ] || fail "-o json=c.json not written"

printf 'fail-on: review\n' > team.yaml
expect_exit 1 "--config FILE instead of .sbdscore.yaml" "$bin" evaluate --config team.yaml ex
SBDSCORE_CONFIG=team.yaml expect_exit 1 "SBDSCORE_CONFIG" "$bin" evaluate ex
expect_exit 2 "--config of a missing file" "$bin" evaluate --config missing.yaml ex
grep -q "missing.yaml: error: cannot open the file" "$work/err" || fail "missing settings file: $(cat "$work/err")"

# Strict: unknown keys with did-you-mean, bad values located at their line, as typed values are.
printf 'as-of: 2026-11-30\nproflie: small\n' > typo.yaml
expect_exit 2 "unknown key" "$bin" evaluate --config typo.yaml ex
grep -q "typo.yaml:2:1: error: unknown key 'proflie' in a settings file (hint: did you mean 'profile'?)" "$work/err" ||
    fail "unknown key message: $(cat "$work/err")"
printf 'as-of: 2026-11-30\nfail-on: sometimes\n' > value.yaml
expect_exit 2 "bad value" "$bin" evaluate --config value.yaml ex
grep -q "value.yaml:2:10: error: fail-on: .*'sometimes' is not one of: never, gate, review" "$work/err" ||
    fail "bad value message: $(cat "$work/err")"
SBDSCORE_FAIL_ON=2 expect_exit 2 "bad value in a variable" "$bin" evaluate ex
grep -q "SBDSCORE_FAIL_ON: error: fail-on:" "$work/err" || fail "bad variable message: $(cat "$work/err")"
[ -e out.json ] && fail "a run with bad settings wrote a report"

# --rules and --pack are one choice: --pack on the command line hides the file's rules.
printf 'rules: no-such-pack/\nfail-on: never\n' > rules.yaml
expect_exit 0 "--pack over the file's rules" "$bin" evaluate --config rules.yaml --pack sbd-ot ex
expect_exit 2 "the file's rules when nothing hides them" "$bin" evaluate --config rules.yaml ex
# format applies to evaluate only: template is not broken by a team's report format.
printf 'format: html\n' > format.yaml
expect_exit 0 "format: html does not reach template" "$bin" template --config format.yaml
head -1 "$work/out" | grep -q "yaml-language-server" || fail "template under format: html is not YAML"
rm .sbdscore.yaml

# Standard input: the same result as the file, named '-'.
"$bin" evaluate -f json ex/helios-hc-rtu400.yaml > file.json 2>/dev/null
"$bin" evaluate -f json - < ex/helios-hc-rtu400.yaml > stdin.json 2>/dev/null
sed 's|"file": "-"|"file": "ex/helios-hc-rtu400.yaml"|' stdin.json | cmp -s - file.json ||
    fail "evaluate - differs from evaluate FILE beyond the file name"
"$bin" validate - < ex/helios-hc-rtu400.yaml > out 2>&1
grep -q "^-: 0 errors" out || fail "validate -: $(cat out)"
"$bin" explain - < ex/helios-hc-rtu400.yaml | grep -q "Score 80.9 of 100: PASS" || fail "explain - did not score Helios"

# --quiet: errors only; --verbose: the pack and the run.
"$bin" validate -q ex/invalid > out 2>&1
grep -q "warning:" out && fail "validate -q printed warnings"
grep -q "error:" out || fail "validate -q hid the errors"
"$bin" evaluate -v --fail-on never ex > /dev/null 2> err
grep -q "^sbdscore: pack sbd-ot 1.0.0 (built in" err || fail "evaluate -v does not name the pack: $(cat err)"
grep -q "^sbdscore: 6 response file(s)" err || fail "evaluate -v does not count the files: $(cat err)"

[ $status -eq 0 ] && echo "ok: settings file, variables, precedence, strictness; standard input; quiet and verbose"
exit $status
