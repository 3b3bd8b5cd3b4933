#!/usr/bin/env python3
"""Checks an HTML report printed to PDF by headless Chromium, with poppler's pdfinfo and pdftotext.

    check_printed_report.py REPORT.html REPORT.pdf --paper a4|letter [--classification TEXT]
                            [--detail full|summary] [--max-pages N]
    check_printed_report.py --broken-words FILE.pdf VOCABULARY.html   (prints the words broken mid-word)

What a reader of the printed report relies on:
  - the paper size, and every page numbered "page i of N" (with the classification at the top and
    bottom of every page when there is one);
  - page 1 holds the executive summary: its heading, the recommendation and every vendor;
  - page 2 holds the comparison: the heat map and the must-haves matrix, every vendor in both;
  - each vendor's section starts a page;
  - with the audit appendix, the answers table's header row repeats on every page it spans;
  - no word that fits its column is broken across lines ("Configuratio|n"): a word of at most
    MAX_FITTING letters (every column of the report is wider than that, or holds only shorter
    words) never continues on the next line of its cell. Longer tokens (a hash, an address) may break.
Prints the page count and what failed; exits 1 on any failure.
"""
import html
import html.parser
import re
import subprocess
import sys
import unicodedata

MAX_FITTING = 16
PAPER = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_count_and_size(pdf):
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M).groups()
    return pages, (float(w), float(h))


def page_text(pdf, page):
    return unicodedata.normalize("NFKC", run("pdftotext", "-f", str(page), "-l", str(page), pdf, "-"))


def collapse(text):
    """Text as compared: whitespace collapsed, and symbols and marks (emoji, variation selectors)
    dropped, which a PDF's text layer may not carry."""
    kept = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) not in ("So", "Sk", "Mn", "Me", "Cf"))
    return " ".join(kept.split())


class TextOf(html.parser.HTMLParser):
    """The text of an HTML page, without its <style> and <title>."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def vocabulary(page_html):
    parser = TextOf()
    parser.feed(page_html)
    return {w for w in LATIN_WORD.findall(" ".join(parser.parts))}


GAP = 6.0  # points: wider than a space at the report's sizes, narrower than a table cell's padding


def broken_words(pdf, words):
    """Words of at most MAX_FITTING letters split over two lines of one table cell or paragraph: a
    word that ends a run of text (nothing follows it within GAP) and a word that starts a run on the
    next line, no further left than its run's start and no further right than itself, make a word of
    the page that neither part is. Both parts must be whole tokens of letters: part of an address or
    a path ("coriander.exa|mple/docs") belongs to a longer token, which may break; so may a
    break after a hyphen."""
    layout = run("pdftotext", "-bbox", pdf, "-")
    prefixes = {w[:n] for w in words if len(w) <= MAX_FITTING for n in range(2, len(w))}
    found = []
    for page_number, page in enumerate(re.findall(r"<page .*?</page>", layout, re.S), 1):
        boxes = []
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            boxes.append((round(float(y0), 1), float(x0), float(x1), float(y1) - float(y0), html.unescape(text)))
        lines = {}
        for y, x0, x1, h, text in boxes:
            lines.setdefault(y, []).append((x0, x1, h, text))
        ys = sorted(lines)
        for y in ys:
            lines[y].sort()
        for i, y in enumerate(ys):
            row = lines[y]
            for k, (x0, x1, h, text) in enumerate(row):
                if k + 1 < len(row) and row[k + 1][0] - x1 < GAP:
                    continue  # not the end of its run
                run_start = x0
                for j in range(k - 1, -1, -1):
                    if run_start - row[j][1] >= GAP:
                        break
                    run_start = row[j][0]
                below = [v for v in ys[i + 1:i + 4] if 0.5 * h < v - y < 1.8 * h]
                for v in below[:1]:
                    for m, (u0, u1, _, other) in enumerate(lines[v]):
                        starts_run = m == 0 or u0 - lines[v][m - 1][1] >= GAP
                        if not starts_run or not (run_start - 1 <= u0 <= x0 + 1):
                            continue
                        end = re.fullmatch(r"[(\[\"'‘“]?([A-Za-zÀ-ÖØ-öø-ÿ]+)", text)
                        start = re.fullmatch(r"([A-Za-zÀ-ÖØ-öø-ÿ]+)[.,;:!?)\]\"'’”]*", other)
                        if not end or not start:
                            continue
                        head, tail = end.group(1), start.group(1)
                        whole = head + tail
                        if len(whole) > MAX_FITTING:
                            continue
                        # A word cut in two; or the first cut of a word cut in more pieces, where a
                        # fragment that is no word of the page ends the line.
                        if (whole in words and (head not in words or tail not in words)) or (head not in words and whole in prefixes):
                            found.append(f"page {page_number}: {head}|{tail}")
    return found


def main(argv):
    if argv[1] == "--broken-words":
        words = vocabulary(open(argv[3], encoding="utf-8").read())
        print("\n".join(broken_words(argv[2], words)))
        return 0
    report, pdf = argv[1], argv[2]
    opts = dict(zip(argv[3::2], argv[4::2]))
    paper = opts.get("--paper", "a4")
    classification = opts.get("--classification", "")
    detail = opts.get("--detail", "full")
    max_pages = int(opts.get("--max-pages", "0"))
    page_html = open(report, encoding="utf-8").read()
    failures = []

    pages, size = page_count_and_size(pdf)
    print(f"{pdf}: {pages} pages, {size[0]:.0f} x {size[1]:.0f} pt")
    want = PAPER[paper]
    if abs(size[0] - want[0]) > 2 or abs(size[1] - want[1]) > 2:
        failures.append(f"page size {size} is not {paper} {want}")
    if max_pages and pages > max_pages:
        failures.append(f"{pages} pages, more than the {max_pages} expected at most")

    texts = [page_text(pdf, p) for p in range(1, pages + 1)]
    margin = {f"page {p} of {pages}" for p in range(1, pages + 1)} | {classification}

    for p, text in enumerate(texts, 1):
        if f"page {p} of {pages}" not in text:
            failures.append(f"page {p} has no 'page {p} of {pages}'")
        if classification and text.count(classification) < 2:
            failures.append(f"page {p} does not carry the classification at its top and bottom")

    # Vendors as the summary names them; right-to-left names are left out of text matching
    # (pdftotext gives them in visual order), their rows are still counted.
    names = [html.unescape(n) for n in re.findall(r'<td><a href="#vendor-\d+">(.*?)</a><br>', page_html)]
    if not names:
        failures.append("the report names no vendor in its summary")
    latin_or_cjk = [n for n in names if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in n)]
    first, second = collapse(texts[0]), collapse(texts[1]) if pages > 1 else ""
    for what in ("Executive summary", "Recommendation."):
        if what not in first:
            failures.append(f"page 1 has no '{what}'")
    def names_in(name, text, times):
        """The name in the page's text `times` times, or else each of its words: a symbol in it
        (an emoji) or a wrapped table cell can split it in the text layer."""
        name = collapse(name)
        return text.count(name) >= times or all(text.count(word) >= times for word in name.split())

    for name in latin_or_cjk:
        if not names_in(name, first, 1):
            failures.append(f"page 1 does not name {name!r}")
    for what in ("Comparison", "Priority scores", "Must-haves"):
        if what not in second:
            failures.append(f"page 2 has no '{what}'")
    for name in latin_or_cjk:
        if not names_in(name, second, 2):
            failures.append(f"page 2 does not name {name!r} in both the heat map and the must-haves matrix")

    # Each vendor's section starts a page: its heading "RANK. VENDOR ..." is the page's first line
    # once the margins' lines (organisation, date, title, classification, page number) are set aside.
    headings = re.findall(r'<section class="vendor" id="vendor-\d+">\n<h2>(\d+)\. ', page_html)
    labels = {html.unescape(m) for m in re.findall(r'<p class="(?:organisation|marking)">(.*?)</p>', page_html)}
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", page_html).group(1))
    margin |= labels | {title}
    starts = []
    for p, text in enumerate(texts, 1):
        lines = [l.strip() for l in text.splitlines() if l.strip() and l.strip() not in margin and not l.startswith("Run date ")]
        starts.append(lines[0] if lines else "")
    # Nothing of the first two pages runs over: page 3 starts the next section.
    if pages > 2 and not re.match(r"(Rank stability|Invalid responses|Audit appendix|\d+\.(\s|$))", starts[2]):
        failures.append(f"page 3 does not start a section: it starts with {starts[2]!r}")
    for rank in headings:
        if not any(re.match(rf"{rank}\.(\s|$)", s) for s in starts[2:]):
            failures.append(f"the section of the vendor ranked {rank} does not start a page")
    print(f"  vendor sections: {len(headings)}; pages of the summary and comparison: 2")

    # The answers table's header row on every page of the audit appendix after its first.
    if detail == "full":
        appendix = next((p for p, t in enumerate(texts, 1) if "Audit appendix" in t and "What every score above rests on" in t), None)
        if appendix is None:
            failures.append("no audit appendix")
        else:
            for p in range(appendix + 1, pages + 1):
                t = collapse(texts[p - 1])
                if not re.search(r"\b[A-Z]{2,}-\d+\b", t):
                    continue  # no answers on this page (the footer alone)
                if not all(h in t for h in ("Criterion", "Answer", "Line", "Credit", "Evidence", "Comment")):
                    failures.append(f"page {p} of the appendix does not repeat the answers table's header")
            print(f"  audit appendix: pages {appendix} to {pages}")
    elif "Audit appendix" in " ".join(texts):
        failures.append("--detail summary, yet the audit appendix is printed")

    for broken in broken_words(pdf, vocabulary(page_html)):
        failures.append("a word broken across lines: " + broken)

    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
