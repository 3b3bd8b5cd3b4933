#!/usr/bin/env bash
# Benchmark (not a test): verifying a 20 MB CycloneDX SBOM of 10,000 components (issue 10's target:
# under 1 s). Generates the SBOM (tests/data/evidence/sbom/gen_big_sbom.py, deterministic), puts it
# in a bundle with a response whose VUL-01 cites it, and runs side by side (bench/measure.py,
# interleaved rounds, medians):
#   baseline  sha256sum of the SBOM: reading and hashing the bytes, the least any check must do
#   plain     sbdscore validate, without --verify-evidence (the file is not opened)
#   verified  sbdscore validate --verify-evidence (read, hash, parse, NTIA elements)
# and reports CPU time, the ratio to the baseline and peak memory. Results go into docs/performance.md.
#   bench/evidence_sbom.sh [BIN] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/sbdscore}")
rounds=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 tests/data/evidence/sbom/gen_big_sbom.py "$work/sbom.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
sbom = json.load(open(work + "/sbom.json"))
product = sbom["metadata"]["component"]
text = open("examples/northwind-nw-plc7.yaml").read()
start, end = text.index("  VUL-01:"), text.index("  VUL-02:")
text = text[:start] + "  VUL-01:\n    value: yes\n    evidence: sbom.json\n" + text[end:]
text = text.replace("product: NW-PLC 7", "product: " + product["name"]).replace('version: "7.2.1"', 'version: "%s"' % product["version"])
open(work + "/vendor.yaml", "w").write(text)
PY
bytes=$(stat -c %s "$work/sbom.json")
"$bin" validate --verify-evidence "$work/vendor.yaml" | grep "sbom.json" || true
echo "SBOM: $bytes bytes, $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['components']))" "$work/sbom.json") components"
python3 bench/measure.py "$rounds" "sha256sum $work/sbom.json" \
    "plain=$bin validate $work/vendor.yaml" \
    "verified=$bin validate --verify-evidence $work/vendor.yaml"
