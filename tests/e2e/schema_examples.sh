#!/usr/bin/env bash
# Every bundled example passes the JSON Schema of `sbdscore schema`, and so do the spellings the
# loader reads with a warning (tests/data/spelling); the broken response fails it.
#   schema_examples.sh BIN
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" schema -o "$work/schema.json" || { echo "FAIL: schema exited $?"; exit 1; }
python3 "$here/validate_with_schema.py" "$work/schema.json" --valid examples/*.yaml tests/data/spelling/*.yaml \
    --invalid examples/invalid/broken-response.yaml
