#!/usr/bin/env bash
# A small run keeps its results from scoring for the reports; a large one reads each file again,
# in rank order (docs/performance.md). Both give the same reports: the examples, once as they are
# (kept) and once each padded past the run's 16 MiB with trailing comments (re-read), differ in
# every format only by the files' SHA-256.
#   kept_results.sh BIN     (run from the source folder)
set -u
bin=$(realpath "$1")
src=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
mkdir -p "$work/kept/v" "$work/reread/v"
cp "$src"/examples/*.yaml "$work/kept/v/"
cp "$src"/examples/*.yaml "$work/reread/v/"
for f in "$work"/reread/v/*.yaml; do  # 3.7 MiB each: under the 4 MiB limit, 22 MiB in all
    python3 -c 'import sys; open(sys.argv[1], "a").write(("# " + "x" * 97 + "\n") * 38000)' "$f"
done
formats=(json html markdown csv junit sarif table)
for run in kept reread; do
    args=()
    for f in "${formats[@]}"; do args+=(-o "$f=report.$f"); done
    (cd "$work/$run" && "$bin" evaluate -j 2 --fail-on never "${args[@]}" v 2>stderr; echo $? >exit)
done
hashes() { sed -E 's/[0-9a-f]{64}/HASH/g' "$1"; }
for f in "${formats[@]}" stderr exit; do
    name=report.$f
    [ -e "$work/kept/$name" ] || name=$f
    [ -s "$work/kept/$name" ] || [ "$f" = stderr ] || fail "no $name"
    cmp -s <(hashes "$work/kept/$name") <(hashes "$work/reread/$name") || {
        fail "$name differs between kept and re-read results:"
        diff <(hashes "$work/kept/$name") <(hashes "$work/reread/$name") | head -5
    }
done
# The hashes are the files' own, so they do differ: the comparison above saw real reports.
cmp -s "$work/kept/report.json" "$work/reread/report.json" && fail "the padded files have the same SHA-256 as the originals?"
[ "$failed" = 0 ] && echo "ok: kept and re-read results give the same reports"
exit "$failed"
