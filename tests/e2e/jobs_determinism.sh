#!/usr/bin/env bash
# Scoring on several threads changes nothing: every format, standard output, standard error and the
# exit code of `-j 1` and `-j 2` (and `-j 8`) are byte-identical, on the examples, the hostile
# fixtures and an invalid file together.   jobs_determinism.sh BIN   (run from the source folder)
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
formats=(table json html markdown csv junit sarif)
inputs=(examples examples/invalid tests/data/hostile-text tests/data/hostile-html tests/data/hostile)

run() {  # run JOBS: every format of one run into $work/jJOBS
    local dir=$work/j$1
    mkdir -p "$dir"
    local args=()
    for f in "${formats[@]}"; do args+=(-o "$f=$dir/report.$f"); done
    "$bin" evaluate -j "$1" --waivers examples/waivers/waivers.yaml --as-of 2026-11-30 "${args[@]}" -o table \
        "${inputs[@]}" >"$dir/stdout" 2>"$dir/stderr" </dev/null
    echo $? >"$dir/exit"
}

failed=0
run 1
run 2
run 8
for jobs in 2 8; do
    for f in "${formats[@]}" stdout stderr exit; do
        name=report.$f
        [ -e "$work/j1/$name" ] || name=$f
        cmp "$work/j1/$name" "$work/j$jobs/$name" || { echo "FAIL: -j $jobs differs from -j 1 in $name"; failed=1; }
    done
done
# The pack is chosen from the responses on -j threads too: responses naming two packs are listed
# alike, in the order given, whatever the threads.
for jobs in 1 2 8; do
    "$bin" evaluate -j "$jobs" examples examples/sbd-digital examples >"$work/mixed.out" 2>"$work/mixed$jobs.err"
    echo $? >>"$work/mixed$jobs.err"
done
grep -q "the responses answer different packs" "$work/mixed1.err" || { echo "FAIL: two packs are not reported"; failed=1; }
for jobs in 2 8; do
    cmp "$work/mixed1.err" "$work/mixed$jobs.err" || { echo "FAIL: -j $jobs reports the packs differently"; failed=1; }
done
[ -s "$work/j1/report.json" ] || { echo "FAIL: no JSON report"; failed=1; }
grep -q "error" "$work/j1/stderr" || { echo "FAIL: the invalid inputs gave no diagnostics"; failed=1; }
[ "$failed" = 0 ] && echo "ok: -j 1, -j 2 and -j 8 give byte-identical reports, messages and exit codes"
exit "$failed"
