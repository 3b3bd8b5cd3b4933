#!/usr/bin/env bash
# Benchmark (not a test): `sbdscore evaluate` against a baseline program that only loads each file
# with yaml-cpp and walks every node (bench/baseline.cpp), run side by side, on generated realistic
# responses. Prints, for 1 / 100 / 1,000 / 10,000 files, every output format and -j 1 / -j 2: the
# CPU-time ratio to the baseline, the wall-clock ratio, and peak memory. Then one response near the
# 4 MiB input limit, start-up times, and rank stability: `sbdscore sensitivity` against `evaluate`
# on the same 50 files, and the analysis alone (bench/sensitivity_bench.cpp, built by CMake on
# request). Results go into docs/performance.md.
#
#   bench/run_benchmark.sh [BIN] [ROUNDS] [SIZES]
#     BIN     sbdscore to measure (default build/sbdscore; build it in Release, the default)
#     ROUNDS  interleaved rounds per figure (default 3; the medians are reported)
#     SIZES   e.g. "1 100 1000 10000" (the default)
# Needs g++, libyaml-cpp-dev and python3 (all installed by scripts/bootstrap.sh); nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/sbdscore}")
rounds=${2:-3}
sizes=${3:-1 100 1000 10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

g++ -O2 -std=c++20 bench/baseline.cpp -lyaml-cpp -o "$work/baseline"
"$bin" schema >"$work/schema.json"

# A folder of N generated responses; from 100 up, one of them near the 4 MiB limit. Every file must
# pass `sbdscore validate`, so the benchmark measures real scoring, not error paths.
make_set() {  # make_set N
    local dir="$work/set-$1" big=0
    [ "$1" -ge 100 ] && big=1
    mkdir -p "$dir"
    python3 bench/generate_responses.py "$work/schema.json" "$dir" "$1" --big "$big" --seed "$1"
    if ! "$bin" validate "$dir" >"$work/validate.txt" 2>&1; then
        echo "generated responses do not validate:" >&2
        grep -m 5 "error" "$work/validate.txt" >&2
        exit 1
    fi
    echo "$dir"
}

report() { python3 bench/table_rows.py "$@"; }  # report FILES JOBS: table rows from measure.py

formats=(table json html markdown csv junit sarif)
echo "sbdscore $("$bin" --version | cut -d' ' -f2); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); $(uname -sr); $(date -u +%Y-%m-%d)"
echo
echo "| files | output | -j | CPU (median) | CPU ratio | wall ratio | peak RSS |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in $sizes; do
    dir=$(make_set "$n")
    for jobs in 1 2; do
        args=()
        for f in "${formats[@]}"; do
            target="-o $f=$work/out.$f"
            [ "$f" = table ] && target="-o table=$work/out.table"
            args+=("$f=$bin evaluate -j $jobs --fail-on never $target $dir")
        done
        all=""
        for f in "${formats[@]}"; do all+=" -o $f=$work/all.$f"; done
        args+=("all seven=$bin evaluate -j $jobs --fail-on never$all $dir")
        python3 bench/measure.py "$rounds" "$work/baseline $dir" "${args[@]}" | report "$n" "$jobs"
    done
done

# One response near the 4 MiB limit, on its own.
big="$work/big"
mkdir -p "$big"
python3 bench/generate_responses.py "$work/schema.json" "$big" 1 --big 1 --seed 7
echo
echo "One response of $(du -k "$big"/*.yaml | cut -f1) KiB:"
echo
echo "| files | output | -j | CPU (median) | CPU ratio | wall ratio | peak RSS |"
echo "|---:|---|---:|---:|---:|---:|---:|"
python3 bench/measure.py "$rounds" "$work/baseline $big" "table=$bin evaluate -j 1 --fail-on never -o table=$work/big.out $big" | report 1 1

# Start-up: --version, and one ordinary response (the built-in pack read from its compiled tree).
one="$work/set-1"
[ -d "$one" ] || one=$(make_set 1)
echo
python3 - "$bin" "$one" <<'PY'
import os, sys, time
bin, one = sys.argv[1], sys.argv[2]
devnull = os.open(os.devnull, os.O_WRONLY)
def median_ms(cmd, n=101):
    # posix_spawn and waitpid: the cheapest launch Python has, so the figure is the program's own.
    times = []
    for _ in range(n):
        start = time.monotonic()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
        os.waitpid(pid, 0)
        times.append(time.monotonic() - start)
    times.sort()
    return times[len(times) // 2] * 1000
print(f"Start-up (median of 101, wall): --version {median_ms([bin, '--version']):.2f} ms; "
      f"evaluate one response {median_ms([bin, 'evaluate', '--fail-on', 'never', one]):.2f} ms; "
      f"launching /bin/true, the floor of this measure, {median_ms(['/bin/true']):.2f} ms")
PY

# Rank stability: `sensitivity` on 50 files against `evaluate -j 1` on the same files (the ratio
# is what the analysis adds to reading and scoring them), then the analysis alone, in process.
fifty=$(make_set 50)
echo
echo "Rank stability, 50 files, against evaluate -j 1 on the same files:"
echo
echo "| files | command | -j | CPU (median) | CPU ratio | wall ratio | peak RSS |"
echo "|---:|---|---:|---:|---:|---:|---:|"
python3 bench/measure.py "$rounds" "$bin evaluate -j 1 --fail-on never -o table=$work/fifty.out $fifty" \
    "sensitivity, 10000 samples=$bin sensitivity -j 1 -o $work/s.out $fifty" \
    "sensitivity --criteria=$bin sensitivity -j 1 --criteria -o $work/s.out $fifty" \
    "sensitivity, 1000000 samples=$bin sensitivity -j 1 --samples 1000000 -o $work/s.out $fifty" | report 50 1
build=$(dirname "$bin")
if cmake --build "$build" --target sensitivity_bench >/dev/null 2>&1; then
    echo
    "$build/bench/sensitivity_bench" 50 10000
else
    echo "(bench/sensitivity_bench.cpp not built: $build is not a CMake build folder)"
fi
