#!/usr/bin/env bash
# Every file of a YAML corpus must be refused as a profile and as a waivers file with exit 2 and a
# message naming the file: never a crash, a hang, or exit 0.   analyst_corpus_robustness.sh BIN CORPUS_DIR
set -u
bin=$1 corpus=$2
[ -d "$corpus" ] || { echo "corpus not found: $corpus"; exit 1; }
err=$(mktemp)
trap 'rm -f "$err"' EXIT
passed=0 failed=0
while IFS= read -r -d '' file; do
    for option in --profile --waivers; do
        timeout 10 "$bin" evaluate --color never "$option" "$file" examples/northwind-nw-plc7.yaml >/dev/null 2>"$err" </dev/null
        rc=$?
        if [ "$rc" = 2 ] && grep -qF -- "$file" "$err"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL $option $file: exit $rc"
            head -n 3 "$err"
        fi
    done
done < <(find "$corpus" -type f -name '*.yaml' -print0 | sort -z)
echo "corpus: $passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" = 0 ]
