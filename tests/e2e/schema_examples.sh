#!/usr/bin/env bash
# Every bundled example passes the JSON Schema of `sbdscore schema`, and so do the spellings the
# loader reads with a warning (tests/data/spelling); the broken response fails it.
#   schema_examples.sh BIN                  (sbd-ot: examples/*.yaml, the spellings, and the broken response)
#   schema_examples.sh BIN PACK FOLDER      (the built-in PACK: FOLDER/*.yaml)
set -u
bin=$1 pack=${2:-sbd-ot} folder=${3:-examples}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" schema --pack "$pack" -o "$work/schema.json" || { echo "FAIL: schema exited $?"; exit 1; }
extra=()
[ "$pack" = sbd-ot ] && extra=(tests/data/spelling/*.yaml --invalid examples/invalid/broken-response.yaml)
python3 "$here/validate_with_schema.py" "$work/schema.json" --valid "$folder"/*.yaml "${extra[@]}"
