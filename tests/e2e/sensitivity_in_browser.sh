#!/usr/bin/env bash
# The "Rank stability" section of the HTML report (evaluate --sensitivity), opened in a real headless
# Chromium, with a hostile vendor among the examples:
#   sensitivity_in_browser.sh SBDSCORE_BIN OUT_DIR
# (a) screenshots of the page in colour and in greyscale are real PNGs (kept in OUT_DIR for a human);
# (b) the DOM after loading has the section, its chart as an SVG image with a title and a description
#     of every vendor, one stacked bar per vendor, no script and no on* attribute, and the hostile
#     vendor name as text in the chart's description and in the table.
# A missing Chromium is a failure, not a skip; html_in_browser.sh shows the DOM checks can fail.
set -u
bin=$1 out=$2
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
    echo "FAIL: chromium is not installed (apt-get install chromium; scripts/bootstrap.sh does it)"
    exit 1
fi
browse() {  # browse FILE.html ARGS...
    local page=$1
    shift
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
        --user-data-dir="$(mktemp -d "$work/profile.XXXX")" "$@" "file://$page" 2>>"$work/chromium.log"
}

report="$out/rank-stability.html"
"$bin" evaluate --sensitivity --samples 2000 -o "html=$report" examples tests/data/hostile-html >"$work/stdout" 2>"$work/stderr"
rc=$?
[ "$rc" = 1 ] || fail "sbdscore exited $rc (expected 1: a vendor fails a gate): $(cat "$work/stderr")"

# The section alone, on a page with the report's head, in colour and through a greyscale filter.
python3 - "$report" "$out" <<'PY' || fail "the report has no rank-stability section"
import sys
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index('<section class="stability"')
end = page.index("</section>", start) + len("</section>")
head = page[: page.index("<body>") + len("<body>")]
section = "<main>" + page[start:end] + "</main></body></html>\n"
open(sys.argv[2] + "/rank-stability-colour.html", "w", encoding="utf-8").write(head + section)
grey = head.replace("</style>", "html { filter: grayscale(1); }</style>", 1)
open(sys.argv[2] + "/rank-stability-grey.html", "w", encoding="utf-8").write(grey + section)
PY
for look in colour grey; do
    png="$out/rank-stability-$look.png"
    rm -f "$png"
    browse "$out/rank-stability-$look.html" --screenshot="$png" --window-size=1200,1500 --hide-scrollbars >/dev/null
    if [ ! -f "$png" ]; then fail "no $look screenshot was written"; continue; fi
    size=$(stat -c %s "$png")
    [ "$size" -gt 30000 ] || fail "the $look screenshot is only $size bytes (a blank page?)"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the $look screenshot is not a PNG"
    echo "screenshot: $png ($size bytes)"
done

dom="$out/rank-stability.dom.html"
browse "$report" --dump-dom >"$dom"
python3 - "$dom" <<'PY' || failed=1
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
ok = True
def check(condition, message):
    global ok
    if not condition:
        print("FAIL: " + message)
        ok = False
check("<h2>Rank stability</h2>" in dom, "the section's heading is not in the DOM")
section = dom[dom.find('id="rank-stability"'):]
section = section[: section.find("</section>")]
check(re.search(r'<svg[^>]*role="img"[^>]*aria-labelledby="rank-stability-chart-title rank-stability-chart-desc"', section),
      "the chart is not an SVG image labelled by its title and description")
desc = re.search(r'<desc id="rank-stability-chart-desc">(.*?)</desc>', section, re.S)
check(desc is not None, "the chart has no description")
vendors = 7  # six examples and the hostile vendor
bars = len(re.findall(r'<rect[^>]*fill="none" stroke="#1a1a1a"', section))
check(bars == vendors, f"{bars} bar outlines in the chart, expected {vendors}")
if desc:
    check(desc.group(1).count("rank 1 ") == vendors, "the description does not give every vendor's share of rank 1")
    check("Evil &lt;script&gt;alert(1)&lt;/script&gt; Corp" in desc.group(1), "the hostile vendor name is not text in the description")
check(re.search(r"<td>Evil &lt;script&gt;alert\(1\)&lt;/script&gt; Corp &amp; Sons .Ltd.</td>", section),
      "the hostile vendor name is not text in the table")
check("<script" not in dom.lower(), "a <script> element is in the DOM")
check(not re.search(r'<[a-z][^>]*\son[a-z]+\s*=', dom, re.I), "an element with an on* attribute is in the DOM")
sys.exit(0 if ok else 1)
PY

if [ "$failed" = 0 ]; then echo "ok: rank-stability section rendered, chart accessible, vendor text inert; screenshots in $out"; fi
exit "$failed"
