#!/usr/bin/env bash
# Properties of `sbdscore sensitivity` checked against independent runs (from the source folder):
#   sensitivity_checks.sh BIN
# (a) the same inputs and seed give the same bytes (text and JSON), whatever the number of threads
#     scoring the files (-j), standard error too; another seed other figures;
# (b) with --spread 0 every vendor takes its evaluate rank in every sample, with evaluate's verdict
#     and evaluate's score to the bit, on several runs (profiles, waivers, --criteria);
# (c) every flip point agrees with evaluate: a profile that sets the priority's weight just inside
#     the flip point keeps evaluate's first place, one just beyond it gives the vendor reported.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
shortlist=(examples/helios-hc-rtu400.yaml examples/quayside-qs-historian5.yaml examples/coriander-cr-cell.yaml
           examples/tessellate-te-gateway2.yaml)
waived=(--waivers examples/waivers/waivers.yaml --as-of 2026-11-30)

# --- (a) determinism ----------------------------------------------------------------------
for format in text json; do
    "$bin" sensitivity -f $format --criteria --spread 0.7 --seed 12345 --samples 3000 examples >"$work/a.$format" 2>/dev/null
    "$bin" sensitivity -f $format --criteria --spread 0.7 --seed 12345 --samples 3000 examples >"$work/b.$format" 2>/dev/null
    cmp -s "$work/a.$format" "$work/b.$format" || fail "two runs with seed 12345 differ ($format)"
done
"$bin" sensitivity -f json --criteria --spread 0.7 --seed 12346 --samples 3000 examples >"$work/c.json" 2>/dev/null
cmp -s "$work/a.json" "$work/c.json" && fail "seeds 12345 and 12346 give the same figures"
for jobs in 1 2 8; do
    "$bin" sensitivity -j $jobs --samples 2000 "${waived[@]}" examples examples/invalid >"$work/j$jobs.out" 2>"$work/j$jobs.err"
done
for jobs in 2 8; do
    cmp -s "$work/j1.out" "$work/j$jobs.out" || fail "-j 1 and -j $jobs give different output"
    cmp -s "$work/j1.err" "$work/j$jobs.err" || fail "-j 1 and -j $jobs give different standard error"
done

# --- (b) spread 0 is evaluate ---------------------------------------------------------------
spread_zero() {  # spread_zero NAME ARGS...: evaluate and sensitivity --spread 0 on the same arguments
    local name=$1
    shift
    "$bin" evaluate -f json --fail-on never "$@" >"$work/$name.evaluate.json" 2>/dev/null
    for criteria in "" --criteria; do
        "$bin" sensitivity -f json --spread 0 --samples 1 $criteria "$@" >"$work/$name.sensitivity.json" 2>/dev/null ||
            fail "$name: sensitivity --spread 0 $criteria failed"
        python3 - "$work/$name.evaluate.json" "$work/$name.sensitivity.json" "$name $criteria" <<'PY' || failed=1
import json, sys
evaluate = json.load(open(sys.argv[1]))
sens = json.load(open(sys.argv[2]))
name = sys.argv[3]
scored = [r for r in evaluate["results"] if r["verdict"] != "INVALID"]
ok = len(scored) == len(sens["vendors"])
for r, v in zip(scored, sens["vendors"]):
    same = (r["file"] == v["file"] and r["rank"] == v["rank"] and r["verdict"] == v["verdict"] and r["score"] == v["score"]
            and v["rank_acceptability"][r["rank"] - 1] == 1.0 and v["score_interval"]["mean"] == r["score"]
            and v["pass_share"] == (1.0 if r["verdict"] == "PASS" else 0.0))
    if not same:
        print(f"FAIL: {name}: {r['file']}: evaluate rank {r['rank']} {r['verdict']} {r['score']!r}, sensitivity {v}")
        ok = False
sys.exit(0 if ok else 1)
PY
    done
}
spread_zero examples examples
spread_zero small --profile small examples
spread_zero large_waived --profile large "${waived[@]}" examples
spread_zero strict --profile examples/profiles/strict-utility.yaml examples
spread_zero shortlist "${waived[@]}" "${shortlist[@]}"

# --- (c) flip points agree with evaluate ---------------------------------------------------
"$bin" sensitivity -f json --samples 10 "${waived[@]}" "${shortlist[@]}" >"$work/flips.json" 2>/dev/null
python3 - "$bin" "$work" "$work/flips.json" "${waived[@]}" -- "${shortlist[@]}" <<'PY' || failed=1
import json, subprocess, sys
bin, work, flips_file = sys.argv[1:4]
rest = sys.argv[4:]
extra, files = rest[:rest.index("--")], rest[rest.index("--") + 1:]
doc = json.load(open(flips_file))
leaders = [v["file"] for v in doc["first_place"]["vendors"]]

def first_at(priority, weight):
    profile = f"{work}/flip.yaml"
    with open(profile, "w") as f:
        f.write(f"format: 1\nname: flip-check\nweights:\n  {priority}: {weight!r}\n")
    out = subprocess.run([bin, "evaluate", "-f", "json", "--fail-on", "never", "--profile", profile, *extra, *files],
                         capture_output=True, text=True)
    results = json.loads(out.stdout)["results"]
    return [r["file"] for r in results if r["rank"] == 1]

checked, ok = 0, True
for f in doc["first_place"]["flips"]:
    for side in ("below", "above"):
        point = f[side]
        if point is None or point["factor"] == 0:
            continue
        t, w = point["factor"], f["weight"]
        inside = t * (1 + 1e-4) if side == "below" else t * (1 - 1e-4)
        beyond = t * (1 - 1e-4) if side == "below" else t * (1 + 1e-4)
        expected = [v["file"] for v in point["first"]]
        if first_at(f["priority"], inside * w) != leaders:
            print(f"FAIL: {f['priority']} at {inside}x: evaluate's first is not {leaders}"); ok = False
        if first_at(f["priority"], beyond * w) != expected:
            print(f"FAIL: {f['priority']} at {beyond}x: evaluate's first is not {expected}"); ok = False
        checked += 1
if checked < 5:
    print(f"FAIL: only {checked} flip points to check: the shortlist should have ten"); ok = False
print(f"checked {checked} flip points against evaluate")
sys.exit(0 if ok else 1)
PY

# --- (d) -o never overwrites an input, however it is spelt or linked --------------------------
mkdir -p "$work/inputs"
cp examples/helios-hc-rtu400.yaml examples/quayside-qs-historian5.yaml examples/waivers/waivers.yaml "$work/inputs/"
ln -s helios-hc-rtu400.yaml "$work/inputs/link.yaml.out"
for target in "$work/inputs/helios-hc-rtu400.yaml" "$work/inputs/../inputs/quayside-qs-historian5.yaml" \
              "$work/inputs/link.yaml.out" "$work/inputs/waivers.yaml"; do
    cp "$work/inputs/helios-hc-rtu400.yaml" "$work/before.yaml"
    "$bin" sensitivity --samples 10 --waivers "$work/inputs/waivers.yaml" -o "$target" \
        "$work/inputs/helios-hc-rtu400.yaml" "$work/inputs/quayside-qs-historian5.yaml" >/dev/null 2>"$work/guard.err"
    rc=$?
    [ "$rc" = 2 ] || fail "-o $target (an input) exited $rc, expected 2"
    grep -q "an input of this run; nothing was written" "$work/guard.err" || fail "-o $target: no clear message"
done
cmp -s "$work/before.yaml" "$work/inputs/helios-hc-rtu400.yaml" || fail "an input was overwritten"
cmp -s examples/waivers/waivers.yaml "$work/inputs/waivers.yaml" || fail "the waivers file was overwritten"

if [ "$failed" = 0 ]; then echo "ok: deterministic, spread 0 is evaluate, flip points agree with evaluate, -o spares inputs"; fi
exit "$failed"
