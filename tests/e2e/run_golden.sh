#!/usr/bin/env bash
# End-to-end check of one sbdscore run against golden files.
#   run_golden.sh BIN NAME EXPECTED_EXIT [--output-golden FILE] -- ARGS...
# Runs BIN ARGS from the current folder (the source tree, so paths in reports are stable) and
# compares the exit code with EXPECTED_EXIT, standard output with golden/NAME.stdout and standard
# error with golden/NAME.stderr; a golden file that does not exist means "expect nothing". An
# argument @OUT@ becomes a fresh output path whose content is compared with golden/FILE.
# UPDATE_GOLDEN=1 rewrites the golden files instead of comparing (and removes empty ones).
unset "${!SBDSCORE_@}"  # a developer's settings must not change what the tests see
set -u
bin=$1 name=$2 expected=$3
shift 3
output_golden=""
if [ "${1:-}" = "--output-golden" ]; then output_golden=$2; shift 2; fi
[ "${1:-}" = "--" ] && shift
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=()
for a in "$@"; do args+=("${a//@OUT@/$work/output}"); done

env -u NO_COLOR -u COLUMNS "$bin" "${args[@]}" >"$work/stdout" 2>"$work/stderr" </dev/null
rc=$?
# Temporary paths vary from run to run; the golden files say @OUT@.
sed -i "s|$work/output|@OUT@|g" "$work/stdout" "$work/stderr"

failed=0
if [ "$rc" != "$expected" ]; then
    echo "FAIL $name: exit code $rc, expected $expected"
    failed=1
fi
compare() {  # compare ACTUAL GOLDEN_FILE
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
        if [ -s "$1" ]; then cp "$1" "$golden/$2"; else rm -f "$golden/$2"; fi
        return
    fi
    local expected="$golden/$2"
    [ -e "$expected" ] || expected=/dev/null
    if ! diff -u "$expected" "$1" >"$work/diff"; then
        echo "FAIL $name: output differs from golden/$2"
        head -n 60 "$work/diff"
        failed=1
    fi
}
compare "$work/stdout" "$name.stdout"
compare "$work/stderr" "$name.stderr"
if [ -n "$output_golden" ]; then
    if [ -f "$work/output" ]; then compare "$work/output" "$output_golden"
    else echo "FAIL $name: no output file was written"; failed=1; fi
fi
if [ "$failed" = 0 ]; then echo "ok $name (exit $rc)"; fi
exit "$failed"
