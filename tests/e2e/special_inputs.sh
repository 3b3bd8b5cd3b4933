#!/usr/bin/env bash
# Inputs that are not plain files (issue 13): a FIFO given as a response, or found in a folder, is
# refused at once (it would block a reader for ever); a device is refused unread; a loop of symbolic
# links in a folder is one located error for that entry, and the other vendors are still scored.
#   special_inputs.sh BIN     (run from the source folder)
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

mkdir "$work/vendors"
cp examples/helios-hc-rtu400.yaml "$work/vendors/"
ln -s b.yaml "$work/vendors/a.yaml"
ln -s a.yaml "$work/vendors/b.yaml"
mkfifo "$work/vendors/pipe.yaml" "$work/given.yaml"

timeout 10 "$bin" evaluate --color never "$work/vendors" >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" = 2 ] || fail "a folder with a link loop and a FIFO: exit $rc, expected 2"
grep -q "Helios Controls" "$work/out" || fail "the good vendor was not scored"
grep -q "vendors/a.yaml: error: cannot read this entry: Too many levels of symbolic links" "$work/err" || fail "no located error for the loop"
grep -q "vendors/pipe.yaml: error: is not a regular file (a FIFO, device or socket)" "$work/err" || fail "no error for the FIFO in the folder"

timeout 10 "$bin" evaluate --color never "$work/given.yaml" examples/northwind-nw-plc7.yaml >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" = 2 ] || fail "a FIFO given as a response: exit $rc (124: it blocked)"
grep -q "given.yaml: error: is not a regular file" "$work/err" || fail "no error for the FIFO given"
grep -q "Northwind Automation" "$work/out" || fail "the other vendor was not scored"

timeout 10 "$bin" validate /dev/zero >"$work/out" 2>&1
grep -q "/dev/zero: error: is not a regular file" "$work/out" || fail "/dev/zero was not refused"
[ "$failed" = 0 ] && echo "ok: FIFOs, devices and link loops refused at once, located; the rest scored"
exit "$failed"
