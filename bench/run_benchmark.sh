#!/usr/bin/env bash
# Benchmark: time `sbdscore evaluate` on generated vendor folders of growing size, and on the
# largest response file the loader accepts. Not a test: it prints figures for docs/performance.md.
#   bench/run_benchmark.sh [BIN]        (default build/sbdscore; needs hyperfine: apt install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/sbdscore}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# N vendors: copies of the bundled examples under distinct vendor names, so ranking has work to do.
make_folder() {  # make_folder N
    local n=$1 dir="$work/vendors-$1" i=0
    mkdir -p "$dir"
    while [ "$i" -lt "$n" ]; do
        for f in examples/*.yaml; do
            [ "$i" -lt "$n" ] || break
            sed "s/^vendor: \(.*\)/vendor: \1 $i/" "$f" >"$dir/vendor-$i.yaml"
            i=$((i + 1))
        done
    done
    echo "$dir"
}

# One response padded with long comments up to just under the 4 MiB limit.
big="$work/big.yaml"
cp examples/northwind-nw-plc7.yaml "$big"
python3 - "$big" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
pad = "".join("# padding line %07d %s\n" % (i, "x" * 80) for i in range(40000))
open(path, "w", encoding="utf-8").write(pad + text)
PY

echo "sbdscore: $("$bin" --version); $(nproc) cores; $(uname -sr)"
echo "big file: $(du -k "$big" | cut -f1) KiB"
args=()
for n in 10 100 1000; do
    dir=$(make_folder "$n")
    args+=(-n "evaluate $n vendors (table)" "$bin evaluate --fail-on never --color never $dir")
done
dir=$(make_folder 1000)
args+=(-n "evaluate 1000 vendors (json to file)" "$bin evaluate --fail-on never -o json=$work/out.json $dir")
args+=(-n "evaluate one 3.9 MiB response" "$bin evaluate --fail-on never --color never $big")
hyperfine --warmup 2 --min-runs 10 --style basic --export-markdown "$work/results.md" "${args[@]}" >/dev/null
cat "$work/results.md"
