#!/usr/bin/env bash
# Benchmark (not a test) of the workbook paths, as ratios on the same machine and run:
# - reading: `evaluate -o json` on N generated responses as YAML, and on the same N responses
#   filled into the questionnaire workbook (by tests/e2e/fill_workbook.py, openpyxl);
# - writing: `evaluate -o xlsx` against `evaluate -o json` on the N YAML responses.
# Prints the median CPU time (user+sys) of each, their ratio, and peak memory. Results go into
# docs/performance.md.
#   bench/workbook_benchmark.sh [BIN] [N] [ROUNDS]      (defaults: build/sbdscore 200 3)
# Needs python3 with openpyxl (python3-openpyxl) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/sbdscore}")
n=${2:-200}
rounds=${3:-3}
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" schema >"$work/schema.json"
"$bin" template --format xlsx -o "$work/questionnaire.xlsx"
mkdir "$work/yaml" "$work/xlsx"
"$python" bench/generate_responses.py "$work/schema.json" "$work/yaml" "$n" --seed "$n"
for f in "$work"/yaml/*.yaml; do
    "$python" tests/e2e/fill_workbook.py "$work/questionnaire.xlsx" "$f" "$work/xlsx/$(basename "$f" .yaml).xlsx"
done
# The same scores both ways, or the comparison would mean nothing.
"$bin" evaluate -j 1 -o json="$work/y.json" "$work/yaml" >/dev/null 2>&1 || true
"$bin" evaluate -j 1 -o json="$work/x.json" "$work/xlsx" >/dev/null 2>&1 || true
"$python" tests/e2e/same_scorecard.py "$work/y.json" "$work/x.json"

measure() {  # measure NAME ARGS...: median CPU seconds and peak KiB over the rounds
    local name=$1 i
    shift
    for ((i = 0; i < rounds; i++)); do
        /usr/bin/time -f "%U %S %M" -o "$work/time" "$bin" evaluate -j 1 "$@" >/dev/null 2>&1 || true
        tail -n 1 "$work/time" | awk '{ printf "%.3f %d\n", $1 + $2, $3 }'  # after any 'Command exited' line
    done | sort -n | awk -v name="$name" '{ cpu[NR] = $1; mem[NR] = $2 } END { m = int((NR + 1) / 2); print name, cpu[m], mem[m] }'
}
{
    measure yaml-json -o json="$work/out.json" "$work/yaml"
    measure xlsx-json -o json="$work/out.json" "$work/xlsx"
    measure yaml-xlsx -o xlsx="$work/out.xlsx" "$work/yaml"
} >"$work/results"
du -sk "$work/yaml" "$work/xlsx" | awk '{ print $1 " KiB" }' | paste -sd' ' | sed 's/^/on disk (yaml, xlsx): /'
awk -v n="$n" '
    { cpu[$1] = $2; mem[$1] = $3 }
    END {
        printf "%d responses, -j 1, median of the rounds\n", n
        printf "%-34s %8s %10s %8s\n", "run", "CPU s", "peak MiB", "ratio"
        printf "%-34s %8.2f %10.1f %8s\n", "evaluate -o json, YAML (baseline)", cpu["yaml-json"], mem["yaml-json"] / 1024, "1.00"
        printf "%-34s %8.2f %10.1f %8.2f\n", "evaluate -o json, workbooks", cpu["xlsx-json"], mem["xlsx-json"] / 1024, cpu["xlsx-json"] / cpu["yaml-json"]
        printf "%-34s %8.2f %10.1f %8.2f\n", "evaluate -o xlsx, YAML", cpu["yaml-xlsx"], mem["yaml-xlsx"] / 1024, cpu["yaml-xlsx"] / cpu["yaml-json"]
    }' "$work/results"
