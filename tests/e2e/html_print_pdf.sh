#!/usr/bin/env bash
# The HTML report printed to PDF by headless Chromium (--print-to-pdf), as a consultant prints it for
# a board, and read back with poppler (pdfinfo, pdftotext):
#   html_print_pdf.sh SBDSCORE_BIN OUT_DIR
# For the six examples and for twelve vendors (examples/ and tests/data/more-vendors/: Japanese,
# Korean, Arabic and emoji names, a very long name, a waiver, floors of the large profile), in full
# and summary detail, on A4 and Letter: check_printed_report.py checks the paper, the page numbers
# and the classification on every page, page 1 (the executive summary), page 2 (the comparison),
# each vendor starting a page, the appendix's repeated table header, and that no word that fits its
# column is broken. Pages 1 and 2 of each are kept as PNG in OUT_DIR (page 2 in greyscale too) for a
# person to look at, with the page counts in OUT_DIR/page-counts.txt.
# A control shows the broken-word check finds a broken word. Without Chromium the test is skipped
# (exit 77) with a message; without poppler-utils or a CJK font it fails.
set -u
bin=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
    echo "SKIP: chromium is not installed, so the report cannot be printed to PDF (apt-get install chromium; scripts/bootstrap.sh does it)"
    exit 77
fi
for tool in pdfinfo pdftotext pdftoppm fc-list; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (apt-get install poppler-utils fontconfig)"; exit 1; }
done
fc-list :lang=ja family | grep -q . ||
    { echo "FAIL: no font with Japanese glyphs, so CJK vendor names would print as boxes (apt-get install fonts-noto-cjk)"; exit 1; }

print_pdf() {  # print_pdf PAGE.html OUT.pdf
    rm -f "$2"
    timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
        --user-data-dir="$(mktemp -d "$work/profile.XXXX")" --no-pdf-header-footer --print-to-pdf="$2" "file://$1" \
        >/dev/null 2>>"$work/chromium.log"
    [ -s "$2" ] || { fail "Chromium wrote no PDF of $1"; tail -5 "$work/chromium.log"; return 1; }
}

# --- Control: the broken-word check finds a word broken in a narrow column, and not a break at a
# hyphen or between words.
cat >"$work/control.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
table { table-layout: fixed; width: 60mm; border-collapse: collapse; } td { border: 1px solid; overflow-wrap: anywhere; }
</style></head><body>
<table><colgroup><col style="width: 20mm"><col></colgroup><tr><td>Configuration</td><td>Role-based access control, with a comment long enough to wrap twice over</td></tr>
<tr><td>Co</td><td>Management</td></tr></table>
<table><colgroup><col style="width: 9mm"><col></colgroup><tr><td>Logging</td><td>Vulnerability</td></tr></table>
</body></html>
HTML
if print_pdf "$work/control.html" "$work/control.pdf"; then
    broken=$(python3 "$here/check_printed_report.py" --broken-words "$work/control.pdf" "$work/control.html")
    grep -q "Configur" <<<"$broken" || fail "control: a word broken in two in a narrow column was not found (found: '$broken')"
    grep -q "Lo" <<<"$broken" || fail "control: a word broken in three in a narrow column was not found (found: '$broken')"
    if grep -Eq "Role|based|with|comment|access|control" <<<"$broken"; then fail "control: an ordinary line break was taken for a broken word: $broken"; fi
fi

# --- The reports ---------------------------------------------------------------------------------
labels=(--as-of 2026-11-30 --title "Historian replacement: vendor shortlist" --organisation "Northshire Water"
        --classification OFFICIAL-SENSITIVE)
twelve=(--profile large --waivers examples/waivers/waivers.yaml examples tests/data/more-vendors)
: >"$out/page-counts.txt"
report() {  # report NAME PAPER DETAIL MAX_PAGES EVALUATE_ARGS...
    local name=$1 paper=$2 detail=$3 max=$4
    shift 4
    local page="$out/$name.html" pdf="$out/$name.pdf"
    "$bin" evaluate -q --detail "$detail" --paper "$paper" -o "html=$page" "$@" >"$work/stdout" 2>"$work/stderr"
    local rc=$?
    [ "$rc" -le 1 ] || { fail "$name: sbdscore exited $rc: $(head -3 "$work/stderr")"; return; }
    print_pdf "$page" "$pdf" || return
    python3 "$here/check_printed_report.py" "$page" "$pdf" --paper "$paper" --classification OFFICIAL-SENSITIVE \
        --detail "$detail" --max-pages "$max" | tee "$work/check.txt"
    [ "${PIPESTATUS[0]}" = 0 ] || fail "$name: the printed report does not read as it should"
    grep -m1 "pages," "$work/check.txt" | sed "s|^$out/||" >>"$out/page-counts.txt"
    pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$pdf" "$out/$name-page-1"
    pdftoppm -png -r 100 -f 2 -l 2 -singlefile "$pdf" "$out/$name-page-2"
    pdftoppm -png -gray -r 100 -f 2 -l 2 -singlefile "$pdf" "$out/$name-page-2-grey"
    for png in "$out/$name-page-1.png" "$out/$name-page-2.png" "$out/$name-page-2-grey.png"; do
        [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$name: no PNG $png"
    done
}
# Page limits: summary and comparison on two pages, then each vendor on one or two; the appendix
# adds at most five pages a vendor.
report examples-a4-full a4 full 50 "${labels[@]}" examples
report examples-letter-summary letter summary 14 "${labels[@]}" examples
report twelve-a4-full a4 full 98 "${labels[@]}" "${twelve[@]}"
report twelve-a4-summary a4 summary 28 "${labels[@]}" "${twelve[@]}"
report twelve-letter-sensitivity letter summary 32 "${labels[@]}" --sensitivity --samples 2000 "${twelve[@]}"

echo "page counts:"
sed 's/^/  /' "$out/page-counts.txt"
if [ "$failed" = 0 ]; then echo "ok: printed reports read as they should; PDFs and PNGs of pages 1-2 in $out"; fi
exit "$failed"
