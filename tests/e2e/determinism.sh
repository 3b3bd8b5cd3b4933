#!/usr/bin/env bash
# Every format twice on the same inputs must give byte-identical files; no format may carry a date
# unless --as-of or SOURCE_DATE_EPOCH gives one, and then the formats that show a date show it.
#   determinism.sh BIN        (run from the source folder)
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
formats=(table json markdown csv junit sarif)
inputs=(examples examples/invalid tests/data/hostile-text)

render() {  # render FOLDER [EXTRA ARGS...]: every format of one run into FOLDER
    local dir=$1
    shift
    mkdir -p "$dir"
    local args=()
    for f in "${formats[@]}"; do args+=(-o "$f=$dir/report.$f"); done
    env -u SOURCE_DATE_EPOCH "$bin" evaluate "$@" "${args[@]}" "${inputs[@]}" >/dev/null 2>&1
    [ "$(ls "$dir" | wc -l)" = "${#formats[@]}" ] || { echo "FAIL: not every format was written to $dir"; exit 1; }
}

failed=0
render "$work/a"
render "$work/b"
for f in "${formats[@]}"; do
    cmp "$work/a/report.$f" "$work/b/report.$f" || failed=1
done

# No date anywhere without --as-of: not today's, not any YYYY-MM-DD that is not in the inputs.
today=$(date -u +%Y-%m-%d)
if grep -l "$today" "$work"/a/report.* ; then echo "FAIL: today's date appears in an undated report"; failed=1; fi

# --as-of and SOURCE_DATE_EPOCH (2026-03-01 00:00:00 UTC = 1772323200) give the same dated reports.
render "$work/as-of" --as-of 2026-03-01
mkdir -p "$work/epoch"
args=()
for f in "${formats[@]}"; do args+=(-o "$f=$work/epoch/report.$f"); done
SOURCE_DATE_EPOCH=1772323200 "$bin" evaluate "${args[@]}" "${inputs[@]}" >/dev/null 2>&1
for f in "${formats[@]}"; do
    cmp "$work/as-of/report.$f" "$work/epoch/report.$f" || failed=1
done
expect() {  # expect FORMAT TEXT: the dated report holds TEXT and the undated one does not
    grep -qF -- "$2" "$work/as-of/report.$1" || { echo "FAIL: $1 with --as-of lacks: $2"; failed=1; }
    if grep -qF -- "$2" "$work/a/report.$1"; then echo "FAIL: $1 without a date holds: $2"; failed=1; fi
}
expect json '"as_of": "2026-03-01"'
expect markdown ', as of 2026-03-01.'
expect junit 'timestamp="2026-03-01T00:00:00"'
expect sarif '"asOf": "2026-03-01"'
[ "$failed" = 0 ] && echo "ok: byte-identical outputs; dated only with --as-of or SOURCE_DATE_EPOCH"
exit "$failed"
