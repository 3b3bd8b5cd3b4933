#include <catch2/catch.hpp>

#include "score/ranking.hpp"
#include "report/output_formats.hpp"
#include "score/scoring.hpp"
#include "support/report_fixture.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// A valid response whose vendor-supplied strings are HTML attacks.
VendorResult hostile_result() {
    std::string text =
        "format: 1\n"
        "pack: mini\n"
        "vendor: \"<script>alert(1)</script>\"\n"
        "product: '\"><svg onload=alert(1)>'\n"
        "version: \"1.0\"\n"
        "date: 2026-02-28\n"
        "answers:\n"
        "  ACC-01:\n"
        "    value: yes\n"
        "    evidence: [\"javascript:alert(1)\", \"https://vendor.example/a?b=1&c=2\", \"data:text/html,x\"]\n"
        "    comment: \"<img src=x onerror=alert(1)>\"\n"
        "  ACC-02: fido2\n";
    auto loaded = test::load_mini(text);
    for (const auto& d : loaded.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(loaded.value);
    return score_response(test::mini_pack(), *loaded.value);
}

RunReport report_of(std::vector<VendorResult> results) {
    RunReport report;
    report.pack = &test::mini_pack();
    report.results = std::move(results);
    rank_results(report.results);
    return report;
}

}  // namespace

TEST_CASE("render_html is one self-contained page that forbids scripts") {
    std::string html = render_report("html", report_of({hostile_result()}));
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "style-src 'unsafe-inline'; img-src data:;"));
    CHECK(contains(html, "<style>"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "src=\""));  // no images, frames or scripts to fetch
    CHECK(html.size() > 1000);
    CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("render_html shows vendor strings as text, never as markup") {
    std::string html = render_report("html", report_of({hostile_result()}));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(html, "&quot;&gt;&lt;svg onload=alert(1)&gt;"));
    CHECK(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
    CHECK_FALSE(contains(html, "<svg onload"));
    CHECK_FALSE(contains(html, "<img"));
}

TEST_CASE("render_html links only http(s) evidence") {
    std::string html = render_report("html", report_of({hostile_result()}));
    CHECK(contains(html, "<a href=\"https://vendor.example/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">"));
    CHECK(contains(html, "<li>javascript:alert(1) <span class=\"evidence-cited\">cited</span></li>"));
    CHECK(contains(html, "<li>data:text/html,x <span class=\"evidence-cited\">cited</span></li>"));
    CHECK_FALSE(contains(html, "href=\"javascript"));
    CHECK_FALSE(contains(html, "href=\"data"));
}

TEST_CASE("render_html carries the run date only when one is given") {
    RunReport report = report_of({hostile_result()});
    std::string undated = render_report("html", report);
    CHECK_FALSE(contains(undated, "Run date"));
    CHECK(undated == render_report("html", report));  // deterministic
    report.as_of = "2026-10-01";
    std::string dated = render_report("html", report);
    CHECK(contains(dated, "<dt>Run date</dt><dd>2026-10-01</dd>"));
    CHECK(contains(dated, " on 2026-10-01 "));
}

TEST_CASE("render_html has the summary, the comparison, then each vendor's reasons, chart and gates, then the appendix") {
    std::string html = render_report("html", report_of({hostile_result()}));
    CHECK(contains(html, "<code>mini</code> version 2.1.0"));
    CHECK(contains(html, "<dt>Pass threshold</dt><dd>70 of 100</dd>"));
    CHECK(contains(html, "<section class=\"vendor\" id=\"vendor-1\">"));
    CHECK(contains(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""));
    CHECK(contains(html, "<h3>Must-haves</h3>"));
    CHECK(contains(html, "<code class=\"id\">ACC-01</code>"));
    CHECK(contains(html, "<h3>Answers and evidence</h3>"));
    CHECK(contains(html, "File <code>test.yaml</code>, SHA-256 <code class=\"hash\">"));  // the appendix names each file ...
    CHECK(contains(html, "<td class=\"num\"><code>9:12</code></td>"));                        // ... and each answer's line:column
    CHECK(contains(html, "<h3>Input files</h3>"));
    // In reading order: the summary (page 1), the comparison (page 2), the vendors, the appendix.
    const auto summary = html.find("id=\"summary\""), comparison = html.find("id=\"comparison\"");
    const auto vendor = html.find("<section class=\"vendor\""), appendix = html.find("id=\"appendix\"");
    CHECK(summary < comparison);
    CHECK(comparison < vendor);
    CHECK(vendor < appendix);
    CHECK(appendix < html.find("id=\"vendor-1-answers\""));
}

TEST_CASE("render_html: title, organisation and classification, escaped in the page and in the stylesheet") {
    RunReport report = report_of({hostile_result()});
    report.labels = {"Board <i>paper</i>", "Acme & Co", "SECRET\"; } body { display: none } </style><script>alert(1)</script>"};
    report.as_of = "2026-10-01";
    std::string html = render_report("html", report);
    CHECK(contains(html, "<title>Board &lt;i&gt;paper&lt;/i&gt;: "));
    CHECK(contains(html, "<h1>Board &lt;i&gt;paper&lt;/i&gt;</h1>"));
    CHECK(contains(html, "<p class=\"organisation\">Acme &amp; Co</p>"));
    CHECK(contains(html, "<p class=\"marking\">SECRET&quot;; } body { display: none } &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    CHECK(contains(html, "<p class=\"marking marking-end\">SECRET"));
    // Every printed page's margins: the labels as CSS strings that nothing in them can end.
    CHECK(contains(html, "@top-center { content: \"SECRET\\000022 ; \\00007D  body \\00007B  display: none \\00007D  \\00003C /style\\00003E "
                         "\\00003C script\\00003E alert(1)\\00003C /script\\00003E \";"));
    CHECK(contains(html, "@top-left { content: \"Acme \\000026  Co\";"));
    CHECK(contains(html, "@top-right { content: \"Run date 2026-10-01\";"));
    CHECK(contains(html, "@bottom-left { content: \"Board \\00003C i\\00003E paper\\00003C /i\\00003E \";"));
    CHECK(contains(html, "@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"));
    CHECK(test::occurrences(html, "</style>") == 1);
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<i>"));
}

TEST_CASE("render_html: A4 unless Letter is asked for; --detail summary leaves the appendix out") {
    RunReport report = report_of({hostile_result()});
    std::string full = render_report("html", report);
    CHECK(contains(full, "size: A4;"));
    CHECK(contains(full, "id=\"appendix\""));
    CHECK(contains(full, "<a href=\"#vendor-1-answers\">in the audit appendix</a>"));
    RenderOptions options;
    options.detail = ReportDetail::summary;
    options.paper = PaperSize::letter;
    std::string summary = render_report("html", report, options);
    CHECK(contains(summary, "size: letter;"));
    CHECK(contains(summary, "<section class=\"vendor\" id=\"vendor-1\">"));
    CHECK(contains(summary, "<h3>Must-haves</h3>"));
    CHECK_FALSE(contains(summary, "id=\"appendix\""));
    CHECK_FALSE(contains(summary, "vendor-1-answers"));
    CHECK_FALSE(contains(summary, "<h3>Answers and evidence</h3>"));
    CHECK(contains(summary, ", summary detail."));
    CHECK(summary.size() < full.size());
}

TEST_CASE("render_html lists INVALID files with their diagnostics and no vendor section") {
    Diagnostic d{Severity::error, {"bad<1>.yaml", 3, 7}, "unknown key '<b>'", "did you mean 'vendor'?"};
    RunReport report = report_of({invalid_result("bad<1>.yaml", {d})});
    std::string html = render_report("html", report);
    CHECK(contains(html, "<h2>Invalid responses</h2>"));
    CHECK(contains(html, "<li><code>bad&lt;1&gt;.yaml:3:7</code>: <span class=\"sev-error\">error</span>: "
                         "unknown key &#39;&lt;b&gt;&#39; (hint: did you mean &#39;vendor&#39;?)</li>"));
    CHECK(contains(html, "<span class=\"badge verdict-invalid\">INVALID</span>"));
    CHECK_FALSE(contains(html, "class=\"vendor\""));
    CHECK(contains(html, "not recorded (not scored)"));
}

TEST_CASE("render_html charts a priority that is not applicable as n/a") {
    VendorResult r = hostile_result();
    REQUIRE(r.priorities.size() == 2);
    r.priorities[1].applicable = false;  // as when every scored criterion is answered n/a
    std::string html = render_report("html", report_of({r}));
    const std::string id = r.priorities[1].priority->id + " " + r.priorities[1].priority->title;
    CHECK(contains(html, "; " + id + ": n/a; pass threshold 70.0</desc>"));
    CHECK(contains(html, "<tr class=\"group\"><th colspan=\"8\"><code>" + id.substr(0, id.find(' ')) + "</code> " +
                             r.priorities[1].priority->title + ": n/a</th></tr>"));
    CHECK(contains(html, "<td class=\"heat heat-na\">n/a</td>"));
}

TEST_CASE("render_html: each vendor's section gives every reason for its verdict in full") {
    std::string html = render_report("html", test::sample_run());
    CHECK(contains(html, "<p><strong>Why FAIL:</strong></p>\n<ul>\n<li>must-have ACC-01 No default passwords is unverified: answered "
                         "&#39;yes&#39; without evidence; attach the document or URL that shows it</li>\n<li>must-have ACC-02 "
                         "Phishing-resistant MFA is fail: answered &#39;none&#39;; this must-have needs fido2 or pki</li>\n<li>score "
                         "16.7 is below the pass threshold 70</li>\n</ul>"));
    CHECK(contains(html, "<div class=\"reasons\"><p><strong>PASS:</strong> every must-have is met and the score meets the pass "
                         "threshold of 70.</p></div>"));
    // Findings about single answers, grouped by kind, with the criteria's titles.
    CHECK(contains(html, "<li>Unanswered, counted as 0 (3): <code class=\"id\">ACC-03</code> Remote access controls; "
                         "<code class=\"id\">PAT-01</code> Critical patch delivery; <code class=\"id\">PAT-02</code> Signed updates.</li>"));
}

TEST_CASE("render_html locates a workbook's answers and problems at their cells") {
    const std::string html = render_report("html", test::workbook_run());
    CHECK(contains(html, "<code>vendors/broken.xlsx:Answers!E3</code>"));  // the INVALID file's error
    CHECK(contains(html, "<td class=\"num\"><code>Answers!K9</code></td>"));  // the answer's place, in its column
    CHECK_FALSE(contains(html, ">9:11<"));
}
