#!/usr/bin/env bash
# Outputs never destroy what they should not (issue 13): an output that is one of the run's inputs,
# however spelt, is refused; two outputs naming one file are refused; a device stays a device; a
# symbolic link is written through and stays a link; a link to nothing is refused; an interrupted
# run (SIGINT, SIGTERM) exits 130/143 and leaves no temporary file.
#   output_safety.sh BIN     (run from the source folder)
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
cd "$work"
mkdir dir
cp "$OLDPWD/examples/helios-hc-rtu400.yaml" dir/a.yaml
before=$(sha256sum dir/a.yaml)

for spelling in dir/a.yaml ./dir/../dir/a.yaml "$work/dir/a.yaml" link.yaml; do
    ln -sf dir/a.yaml link.yaml
    "$bin" evaluate -o "json=$spelling" dir/a.yaml >out 2>err
    rc=$?
    [ "$rc" = 2 ] || fail "-o json=$spelling over an input: exit $rc, expected 2"
    grep -q "an input of this run; nothing was written" err || fail "-o json=$spelling: $(cat err)"
    [ "$(sha256sum dir/a.yaml)" = "$before" ] || fail "-o json=$spelling replaced the response"
done
rm -f link.yaml

"$bin" evaluate -o json=report -o csv=./dir/../report dir/a.yaml >out 2>err
[ $? = 2 ] && grep -q "are the same file; nothing was written" err || fail "two outputs naming one file: $(cat err)"
[ -e report ] && fail "a report was written although the outputs clash"

"$bin" evaluate -o json=/dev/null dir/a.yaml >out 2>err || true
[ -c /dev/null ] || fail "/dev/null is no longer a device"
"$bin" evaluate -o json=/dev/full dir/a.yaml >out 2>err
[ $? = 2 ] && grep -q "cannot write /dev/full: No space left on device" err || fail "/dev/full: $(cat err)"
[ -c /dev/full ] || fail "/dev/full is no longer a device"

echo old >target.json
ln -s target.json through.json
"$bin" evaluate -o json=through.json dir/a.yaml >out 2>err
[ -L through.json ] || fail "the symbolic link was replaced by a file"
grep -q '"format": "sbdscore-scorecard"' target.json || fail "the link's target was not written"
ln -s missing.json dangling.json
"$bin" evaluate -o json=dangling.json dir/a.yaml >out 2>err
[ $? = 2 ] && grep -q "symbolic link to a file that does not exist" err || fail "a link to nothing: $(cat err)"

# Interrupted while writing: enough vendors that the second pass takes a while.
mkdir many
python3 - "$OLDPWD/examples/helios-hc-rtu400.yaml" many <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(4000):
    open(f"{sys.argv[2]}/v{i:04d}.yaml", "w", encoding="utf-8").write(text.replace("vendor: Helios Controls", f"vendor: Helios {i}", 1))
PY
for sig in INT TERM; do
    rm -f .big.json.tmp-* big.json
    "$bin" evaluate -j 1 -q -o json=big.json -o html=big.html many >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 200); do ls .big.json.tmp-* >/dev/null 2>&1 && break; sleep 0.05; done
    ls .big.json.tmp-* >/dev/null 2>&1 || fail "SIG$sig: the run never started writing"
    kill -"$sig" "$pid"
    wait "$pid"
    rc=$?
    expected=130; [ "$sig" = TERM ] && expected=143
    [ "$rc" = "$expected" ] || fail "SIG$sig: exit $rc, expected $expected"
    leftovers=$(ls -A | grep '\.tmp-' || true)
    [ -z "$leftovers" ] || fail "SIG$sig left temporaries: $leftovers"
    [ -e big.json ] && fail "SIG$sig: a report was published"
done
[ "$failed" = 0 ] && echo "ok: inputs, devices and links safe; clashing outputs refused; interrupted runs leave nothing"
exit "$failed"
