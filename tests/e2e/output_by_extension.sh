#!/usr/bin/env bash
# -o FILE without --format writes the format its extension names (issue 12, item 2): each file
# must hold exactly what `--format FORMAT` prints; FORMAT=- is standard output; an extension that
# names no format is a usage error that writes nothing; --format still wins over the extension.
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

check() {  # check FILE FORMAT
    "$bin" evaluate --as-of 2026-11-30 -o "$work/$1" examples >/dev/null 2>"$work/err"
    [ $? -eq 1 ] || fail "-o $1: exit code (stderr: $(cat "$work/err"))"
    "$bin" evaluate --as-of 2026-11-30 --format "$2" examples >"$work/expected" 2>/dev/null
    cmp -s "$work/$1" "$work/expected" || fail "-o $1 is not the $2 report"
}
check scorecard.json json
check scorecard.html html
check Scorecard.HTM html
check scorecard.md markdown
check scorecard.csv csv
check scorecard.xml junit
check scorecard.sarif sarif
check scorecard.sarif.json sarif
check scorecard.txt table

# FORMAT=- and a bare - are standard output.
"$bin" evaluate --as-of 2026-11-30 -o json=- examples >"$work/dash" 2>/dev/null
"$bin" evaluate --as-of 2026-11-30 --format json examples >"$work/expected" 2>/dev/null
cmp -s "$work/dash" "$work/expected" || fail "-o json=- is not the JSON report on standard output"
"$bin" evaluate --as-of 2026-11-30 -o csv=- -o html="$work/both.html" examples >"$work/dash" 2>/dev/null
"$bin" evaluate --as-of 2026-11-30 --format csv examples >"$work/expected" 2>/dev/null
cmp -s "$work/dash" "$work/expected" || fail "-o csv=- beside a file is not the CSV report on standard output"

# --format named: it applies to a bare FILE whatever its extension (the older spelling).
"$bin" evaluate --as-of 2026-11-30 --format json -o "$work/named.html" examples >/dev/null 2>&1
"$bin" evaluate --as-of 2026-11-30 --format json examples >"$work/expected" 2>/dev/null
cmp -s "$work/named.html" "$work/expected" || fail "--format json -o named.html is not JSON"

# No format to be had: a usage error naming the file, and nothing written.
"$bin" evaluate -o "$work/scorecard.pdf" examples >"$work/out" 2>"$work/err"
[ $? -eq 2 ] || fail "-o scorecard.pdf: exit code"
grep -q "scorecard.pdf: which format?" "$work/err" || fail "-o scorecard.pdf: message: $(cat "$work/err")"
[ ! -e "$work/scorecard.pdf" ] || fail "-o scorecard.pdf wrote a file"
[ ! -s "$work/out" ] || fail "-o scorecard.pdf printed a report"
"$bin" evaluate -o "$work/noextension" examples >/dev/null 2>"$work/err"
[ $? -eq 2 ] || fail "-o noextension: exit code"

[ $status -eq 0 ] && echo "ok: every extension, FORMAT=-, --format over the extension, and the unknown extension"
exit $status
