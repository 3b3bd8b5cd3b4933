#!/usr/bin/env bash
# The CSV layouts read by Python's csv module against the JSON scorecard of the same run: long and
# wide carry the same ranks, verdicts, scores (rounded to one decimal), priority scores and gate
# statuses; both start with a UTF-8 byte order mark, and --no-csv-bom drops only those 3 bytes.
#   csv_layouts.sh BIN
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$bin" evaluate -o json="$work/card.json" -o csv="$work/long.csv" examples examples/invalid >/dev/null 2>&1
"$bin" evaluate --csv-layout wide -o csv="$work/wide.csv" examples examples/invalid >/dev/null 2>&1
"$bin" evaluate --csv-layout wide --no-csv-bom -o csv="$work/plain.csv" examples examples/invalid >/dev/null 2>&1
[ "$(head -c 3 "$work/wide.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no byte order mark"
cmp -s <(tail -c +4 "$work/wide.csv") "$work/plain.csv" || fail "--no-csv-bom changed more than the byte order mark"
python3 - "$work/card.json" "$work/long.csv" "$work/wide.csv" <<'PY' || fail "the CSV layouts disagree with the JSON scorecard"
import csv, json, sys
card = json.load(open(sys.argv[1], encoding="utf-8"))
long_rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8-sig", newline="")))
wide_rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8-sig", newline="")))
results = card["results"]
assert len(wide_rows) == len(results), (len(wide_rows), len(results))
for r, w in zip(results, wide_rows):
    assert w["file"] == r["file"] and w["verdict"] == r["verdict"], (w["file"], r["file"])
    if r["verdict"] == "INVALID":
        assert w["rank"] == "" and w["score"] == "" and "error:" in w["reasons"]
        continue
    assert w["rank"] == str(r["rank"]) and w["score"] == f"{r['score']:.1f}", (w["rank"], w["score"], r["score"])
    for p in r["priorities"]:
        assert w[p["id"]] == (f"{p['score']:.1f}" if p["applicable"] else "n/a"), (p["id"], w[p["id"]], p["score"])
        long = [l for l in long_rows if l["file"] == r["file"] and l["row_type"] == "priority" and l["item"] == p["id"]]
        assert long and long[0]["value"] == (f"{p['score']:.1f}" if p["applicable"] else ""), p["id"]
    for g in r["gates"]:
        assert w[g["criterion"]] == g["status"], (g["criterion"], w[g["criterion"]], g["status"])
    assert (w["reasons"] == "") == (r["verdict"] == "PASS"), w["reasons"]
print(f"ok: {len(results)} results agree")
PY
[ "$failed" = 0 ] && echo "ok: CSV layouts"
exit "$failed"
