#!/usr/bin/env bash
# The HTML report of a hostile vendor file, opened in a real headless Chromium:
#   html_in_browser.sh SBDSCORE_BIN OUT_DIR
# (a) a screenshot is taken (kept in OUT_DIR for a human to look at) and is a real PNG;
# (b) the DOM after loading has no <script> element and no element with an on* attribute, while the
#     attacks are there as text, and the vendor name is visible as text.
# Controls prove the harness can fail: a page with an inline script shows that --dump-dom sees what
# a script did, the same page under the report's CSP shows the CSP blocks it, and a page with
# injected markup is flagged by the same DOM checks. A missing Chromium is a failure, not a skip.
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
    echo "FAIL: chromium is not installed (apt-get install chromium; scripts/bootstrap.sh does it)"
    exit 1
fi

browse() {  # browse FILE.html ARGS...: runs headless Chromium on the file with a fresh profile
    local page=$1
    shift
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
        --user-data-dir="$(mktemp -d "$work/profile.XXXX")" "$@" "file://$page" 2>>"$work/chromium.log"
}

# dom_is_inert DOM_FILE: no script element and no on* event-handler attribute. In the serialised DOM
# a text '<' is always '&lt;', so a literal '<script' or an on*= inside a tag is real markup.
dom_is_inert() {
    local ok=0
    if grep -qi '<script' "$1"; then echo "  a <script> element is in the DOM"; ok=1; fi
    if grep -Eqi '<[a-z][^>]*[[:space:]]on[a-z]+[[:space:]]*=' "$1"; then
        echo "  an element with an on* attribute is in the DOM:"
        grep -Eoi '<[a-z][^>]*[[:space:]]on[a-z]+[[:space:]]*=[^>]*>' "$1" | head -3 | sed 's/^/    /'
        ok=1
    fi
    if grep -Eqi '<(iframe|object|embed|img|base|meta http-equiv="refresh")' "$1"; then
        echo "  an element that loads content is in the DOM"; ok=1
    fi
    return $ok
}

# --- Controls: the checks can fail ------------------------------------------------------------
cat >"$work/control-script.html" <<'HTML'
<!DOCTYPE html><html><head><title>control</title></head><body><p>static</p>
<script>document.title = "script ran"; var p = document.createElement("p"); p.id = "script-ran";
p.textContent = "written by a script"; document.body.appendChild(p);</script></body></html>
HTML
browse "$work/control-script.html" --dump-dom >"$work/control-script.dom"
grep -q 'id="script-ran"' "$work/control-script.dom" ||
    fail "control: a page's inline script did not show in --dump-dom (the harness cannot detect scripts)"

csp=$(grep -o '<meta http-equiv="Content-Security-Policy"[^>]*>' "$here/golden/html_report_examples.html")
[ -n "$csp" ] || fail "control: no Content-Security-Policy meta tag in the golden report"
sed "s|<head>|<head>$csp|" "$work/control-script.html" >"$work/control-csp.html"
browse "$work/control-csp.html" --dump-dom >"$work/control-csp.dom"
grep -q '<p>static</p>' "$work/control-csp.dom" || fail "control: the CSP page did not load"
if grep -q 'id="script-ran"' "$work/control-csp.dom"; then fail "control: the report's CSP did not block an inline script"; fi

printf '<!DOCTYPE html><html><body><p>x</p><img src="data:," onerror="1"></body></html>\n' >"$work/control-markup.html"
browse "$work/control-markup.html" --dump-dom >"$work/control-markup.dom"
if dom_is_inert "$work/control-markup.dom" >/dev/null; then fail "control: injected markup was not flagged by the DOM checks"; fi

# --- The hostile report -------------------------------------------------------------------
# The vendor's strings attack every section (summary, comparison, vendor section, appendix), and the
# report's labels attack the page and its stylesheet (they are printed in the page margins as CSS).
report="$out/hostile-report.html"
"$bin" evaluate -o "html=$report" --title '<script>alert(2)</script>' --organisation '<img src=x onerror=alert(3)>' \
    --classification '"; } </style><script>alert(4)</script>' tests/data/hostile-html >"$work/stdout" 2>"$work/stderr"
rc=$?
[ "$rc" = 0 ] || fail "sbdscore exited $rc: $(cat "$work/stderr")"

png="$out/hostile-report.png"
rm -f "$png"
browse "$report" --screenshot="$png" --window-size=1280,2000 --hide-scrollbars >/dev/null
if [ ! -f "$png" ]; then
    fail "no screenshot was written"
else
    size=$(stat -c %s "$png")
    [ "$size" -gt 30000 ] || fail "the screenshot is only $size bytes (a blank page?)"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
    echo "screenshot: $png ($size bytes)"
fi

dom="$out/hostile-report.dom.html"
browse "$report" --dump-dom >"$dom"
grep -q '<h1>&lt;script&gt;alert(2)&lt;/script&gt;</h1>' "$dom" || fail "the report did not load (no title heading in the DOM)"
dom_is_inert "$dom" || fail "the hostile report's DOM has active markup ($dom)"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$dom" || fail "the <script> attack is not shown as text"
grep -q '&lt;img src=x onerror=alert(1)&gt;' "$dom" || fail "the <img onerror> attack is not shown as text"
grep -q '&quot;&gt;&lt;svg onload=alert(1)&gt;\|"&gt;&lt;svg onload=alert(1)&gt;' "$dom" || fail "the product name attack is not shown as text"
grep -q '<li>javascript:alert(1) <span class="evidence-cited">cited</span></li>' "$dom" || fail "javascript: evidence is not plain text"
if grep -Eqi '<a[^>]*href="(javascript|data|vbscript):' "$dom"; then fail "a javascript: or data: link is in the DOM"; fi
# The vendor name is in the ranking's link text and in the vendor's heading, as text.
grep -q '<a href="#vendor-1">Evil &lt;script&gt;alert(1)&lt;/script&gt; Corp &amp; Sons .Ltd.</a>' "$dom" ||
    fail "the vendor name is not visible as text in the ranking"
grep -q '<title>&lt;script&gt;alert(2)&lt;/script&gt;: Secure by Demand' "$dom" || fail "the page title changed (a script ran?)"
# The new sections show the vendor as text: the summary, the heat map and the must-haves matrix.
vendor='Evil &lt;script&gt;alert(1)&lt;/script&gt; Corp &amp; Sons .Ltd.'
grep -q "<a href=\"#vendor-1\">$vendor</a><br>" "$dom" || fail "the vendor name is not text in the executive summary"
grep -q "<td>1\. <a href=\"#vendor-1\">$vendor</a> <span class=\"small\">" "$dom" || fail "the vendor name is not text in the heat map"
grep -q "<td>1\. <a href=\"#vendor-1\">$vendor</a></td>" "$dom" || fail "the vendor name is not text in the must-haves matrix"
grep -q '<p class="organisation">&lt;img src=x onerror=alert(3)&gt;</p>' "$dom" || fail "the organisation is not text"
[ "$(grep -c '<p class="marking[^"]*">"; } &lt;/style&gt;&lt;script&gt;alert(4)&lt;/script&gt;</p>' "$dom")" = 2 ] ||
    fail "the classification is not text at the report's start and end"
# The stylesheet is whole: one <style>, ending where sbdscore ended it, the classification in it as
# a CSS string of escapes (so the page's margins carry it and nothing else).
[ "$(grep -c '</style>' "$dom")" = 1 ] || fail "the classification ended the stylesheet"
grep -q '@top-center { content: "\\000022 ; \\00007D  \\00003C /style\\00003E ' "$dom" || fail "the classification is not an escaped CSS string"

if [ "$failed" = 0 ]; then echo "ok: no script ran, attacks shown as text; screenshot $png"; fi
exit "$failed"
