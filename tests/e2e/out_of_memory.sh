#!/usr/bin/env bash
# Out of memory is exit 3 with a message, never an abort, and leaves no half-written report
# (issue 13, item 4). Runs evaluate over 600 responses and a few large ones, with JSON and HTML
# reports, under address-space limits from too little to enough; every run must end with a verdict
# (exit 0 or 1) or "out of memory" (exit 3), never a signal, and leave no temporary file behind.
# At least one limit must run out of memory and one must finish, or the sweep proved nothing.
#   out_of_memory.sh BIN     (run from the source folder)
set -u
bin=$(realpath "$1")
src=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/v" "$work/out"
for i in $(seq 1 100); do
    for f in examples/*.yaml; do
        sed "s/^vendor: \(.*\)/vendor: \1 $i/" "$f" >"$work/v/$(basename "$f" .yaml)-$i.yaml"
    done
done
python3 tests/e2e/adversarial_responses.py examples/helios-hc-rtu400.yaml "$work/hostile" >/dev/null
cp "$work/hostile/many-values.yaml" "$work/v/"
for i in 1 2 3; do
    sed "s/^vendor: \(.*\)/vendor: \1 large $i/" "$work/hostile/many-values.yaml" >"$work/v/large-$i.yaml"
done
failed=0 ran_out=0 finished=0
for mib in 16 20 24 28 32 40 48 64 96 128 256; do
    (ulimit -v $((mib * 1024)); exec "$bin" evaluate -q -o json="$work/out/r.json" -o html="$work/out/r.html" "$work/v") \
        >/dev/null 2>"$work/stderr"
    rc=$?
    case $rc in
        0|1) finished=$((finished + 1)); echo "$mib MiB: exit $rc, finished" ;;
        3) if grep -q "^sbdscore: error: out of memory (hint: " "$work/stderr"; then
               ran_out=$((ran_out + 1)); echo "$mib MiB: exit 3, out of memory"
           else
               echo "FAIL: $mib MiB: exit 3 without the out-of-memory message: $(head -c 300 "$work/stderr")"; failed=1
           fi ;;
        # Below what the dynamic loader needs to map the shared libraries, the program never starts:
        # ld.so's own exit 127, before any of sbdscore's code (the static release binary needs less).
        127) if grep -q "error while loading shared libraries" "$work/stderr"; then
                 echo "$mib MiB: the loader could not map the libraries (exit 127), sbdscore never started"
             else
                 echo "FAIL: $mib MiB: exit 127: $(head -c 300 "$work/stderr")"; failed=1
             fi ;;
        *) echo "FAIL: $mib MiB: exit $rc (a signal is 128+N): $(head -c 300 "$work/stderr")"; failed=1 ;;
    esac
    if ls -A "$work/out" | grep -q '\.tmp-'; then
        echo "FAIL: $mib MiB: a temporary file was left behind: $(ls -A "$work/out")"; failed=1
    fi
    rm -f "$work/out/".*tmp* 2>/dev/null
done
[ "$ran_out" -gt 0 ] || { echo "FAIL: no limit ran out of memory: the sweep tested nothing"; failed=1; }
[ "$finished" -gt 0 ] || { echo "FAIL: no limit was enough to finish"; failed=1; }
[ "$failed" = 0 ] && echo "ok: $ran_out limits ran out of memory cleanly, $finished finished"
exit "$failed"
