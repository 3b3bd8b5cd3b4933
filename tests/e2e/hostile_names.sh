#!/usr/bin/env bash
# Text that reaches a person is clean in one place (issue 13): file names with escape sequences (an
# OSC 52 clipboard write, a screen clear), line breaks (a forged diagnostic) or bytes that are not
# UTF-8, and vendor text with bidirectional overrides, zero-width characters, line separators and
# formula starters hidden behind a no-break space or written fullwidth. Every output is valid UTF-8
# without those characters; the terminal gets no escape byte and no forged line; the JUnit report
# stays well-formed XML; CSV neutralises every hidden formula.
#   hostile_names.sh BIN     (run from the source folder)
set -u
bin=$(realpath "$1")
src=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
mkdir "$work/v"
cd "$work/v"
printf 'format: 1\nvendor: [broken\n' >$'\e]52;c;Y2xpcA==\a\e[2Jclip.yaml'
printf 'format: 1\nvendor: x\n' >$'forged\nnw-plc7.yaml:1:1: error: fake.yaml'
python3 - "$src/examples/helios-hc-rtu400.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
tricky = "Tricky\u202eFDP.exe\u200b\u2066Co\u2069\u2028Ltd"
text = text.replace("vendor: Helios Controls", 'vendor: "' + tricky + '"', 1)
text = text.replace("product: HC-RTU 400", 'product: "\u00a0=HYPERLINK(1)"', 1)
text = text.replace("version: \"4.8\"", 'version: "\uff1dcmd|calc"', 1)
open(b"latin\xe9-tricks.yaml", "w", encoding="utf-8").write(text)
PY
cd "$work"
args=()
for f in table json html markdown csv junit sarif github codequality; do args+=(-o "$f=$work/out.$f"); done
"$bin" evaluate --color always "${args[@]}" -o table v >"$work/stdout" 2>"$work/stderr"
"$bin" validate v >>"$work/stdout" 2>>"$work/stderr"
if grep -q $'\e' "$work/stdout" "$work/stderr"; then
    # --color always colours verdicts: only SGR colour sequences may appear, never OSC or a clear.
    grep -qP '\x1b(?!\[(3[0-9]|0)m)' "$work/stdout" "$work/stderr" && fail "an escape sequence other than a colour reached the terminal"
fi
grep -q '^nw-plc7.yaml:1:1: error: fake' "$work/stderr" "$work/stdout" && fail "a file name forged a diagnostic line"
grep -q 'forged nw-plc7.yaml:1:1: error: fake.yaml' "$work/stderr" || fail "the forged name is not shown on one line"
python3 - "$work" <<'PY' || failed=1
import sys, glob
bad = {"\u202e": "RIGHT-TO-LEFT OVERRIDE", "\u2066": "LEFT-TO-RIGHT ISOLATE", "\u2069": "POP ISOLATE",
       "\u200b": "ZERO WIDTH SPACE", "\u2028": "LINE SEPARATOR"}
ok = True
for path in sorted(glob.glob(sys.argv[1] + "/out.*")) + [sys.argv[1] + "/stdout", sys.argv[1] + "/stderr"]:
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: {path} is not UTF-8: {e}")
        ok = False
        continue
    for ch, name in bad.items():
        if ch in text:
            print(f"FAIL: {path} holds {name}")
            ok = False
csv = open(sys.argv[1] + "/out.csv", encoding="utf-8").read()
for formula in ("=HYPERLINK(1)", "\uff1dcmd|calc"):
    for line in csv.splitlines():
        if formula in line and ("'" + formula not in line and "'\u00a0" + formula not in line):
            print(f"FAIL: CSV cell not neutralised: {line[:120]}")
            ok = False
sys.exit(0 if ok else 1)
PY
xmllint --noout "$work/out.junit" || fail "the JUnit report is not well-formed XML"
[ "$failed" = 0 ] && echo "ok: names and vendor text clean in every output and on the terminal"
exit "$failed"
