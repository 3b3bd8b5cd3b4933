#!/usr/bin/env bash
# The terminal table counts columns as a terminal draws them: with Japanese, emoji and decomposed
# names every row's score starts in the same column, measured by an independent reader (Python's
# unicodedata East Asian widths); with COLUMNS set, no row is wider than the terminal.
#   table_unicode_widths.sh BIN     (run from the source folder)
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for columns in "" 120 90 60; do
    env -u NO_COLOR COLUMNS="$columns" "$bin" evaluate --color never tests/data/unicode-names >"$work/table.$columns" 2>&1
    python3 - "$work/table.$columns" "${columns:-0}" <<'PY' || failed=1
import sys, unicodedata
path, columns = sys.argv[1], int(sys.argv[2])

def width(text):
    w = 0
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.combining(ch) or ch in "\u200d\ufe0e":
            continue
        if ch == "\ufe0f":  # emoji presentation of the character before it: two columns
            w += 1
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w

lines = open(path, encoding="utf-8").read().splitlines()
rows = [l for l in lines if l.startswith("   1  ")]
if len(rows) != 4:
    sys.exit(f"FAIL ({columns}): expected 4 rows, got {len(rows)}")
starts = {width(r[: r.index("80.9")]) for r in rows}
if len(starts) != 1:
    sys.exit(f"FAIL ({columns}): the score starts in columns {sorted(starts)}:\n" + "\n".join(rows))
if columns:
    widest = max(width(l) for l in lines[: lines.index(rows[-1]) + 1])
    if widest > columns:
        sys.exit(f"FAIL: a row is {widest} columns wide on a {columns}-column terminal")
print(f"ok ({columns or 'no limit'}): scores aligned in column {starts.pop()}")
PY
done
exit "$failed"
