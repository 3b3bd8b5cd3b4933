#!/usr/bin/env bash
# A response reached by several names (directly and through its folder, a symbolic link, a hard
# link, "./x/../a.yaml") is one vendor, read once, with a note for each extra name; two files with
# the same content are two vendors. Inputs are known by device and inode, not by resolved path.
#   inputs_named_twice.sh BIN     (run from the source folder)
set -u
bin=$(realpath "$1")
src=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
mkdir -p "$work/v" "$work/x"
cp "$src/examples/northwind-nw-plc7.yaml" "$work/v/a.yaml"
ln "$work/v/a.yaml" "$work/v/hard.yaml"
ln -s a.yaml "$work/v/soft.yaml"
cp "$src/examples/northwind-nw-plc7.yaml" "$work/copy.yaml"
cd "$work"
"$bin" evaluate --fail-on never --csv-layout wide -o out.csv v v/a.yaml ./x/../v/a.yaml copy.yaml 2>err.txt
status=$?
[ "$status" = 0 ] || fail "exit $status"
rows=$(($(wc -l <out.csv) - 1))
[ "$rows" = 2 ] || fail "expected 2 vendors (the file once, its copy once), got $rows"
notes=$(grep -c "given more than once; read once" err.txt)
[ "$notes" = 4 ] || fail "expected 4 notes (hard link, symbolic link, the file again, ./x/../), got $notes"
grep -q "^v/hard.yaml: note: given more than once" err.txt || fail "the hard link is not named in a note"
grep -q "^v/soft.yaml: note: given more than once" err.txt || fail "the symbolic link is not named in a note"
grep -q "copy.yaml: note" err.txt && fail "a copy is another file, not a second name"
# A name that does not exist is still reported by loading, once per spelling.
"$bin" evaluate --fail-on never -f table -o /dev/null missing.yaml ./missing.yaml 2>missing.txt
[ "$(grep -c 'given more than once' missing.txt)" = 1 ] || fail "two spellings of one missing file are not one"
[ "$failed" = 0 ] && echo "ok: a file by several names is read once"
exit "$failed"
