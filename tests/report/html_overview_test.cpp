// The first pages of the HTML report: its cover, executive summary and comparison, written from the
// run's summaries (html_overview.hpp).
#include <catch2/catch.hpp>

#include "report/html_overview.hpp"
#include "report/output_formats.hpp"
#include "score/verdict_checks.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

namespace {

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

RunInfo run_of(const RunReport& report) {
    RunInfo run;
    run.pack = report.pack;
    run.labels = report.labels;
    for (std::size_t i = 0; i < report.results.size(); ++i) run.ranked.push_back(summarize_result(report.results[i], i, *report.pack));
    return run;
}

}  // namespace

TEST_CASE("the executive summary recommends the PASS vendors and gives every other vendor's reasons") {
    const RunReport report = test::sample_run();
    const std::string html = html_executive_summary(run_of(report));
    CHECK(html.rfind("<section class=\"summary\" id=\"summary\">\n<h2>Executive summary</h2>", 0) == 0);
    CHECK(contains(html, "<p class=\"recommendation\"><strong>Recommendation.</strong> Shortlist the vendor that meets every "
                         "must-have and the pass threshold of 70: 1. Good Co (P1, 97.8). 1 response file could not be read and "
                         "was not scored.</p>"));
    CHECK(contains(html, "<span class=\"badge verdict-pass\">1 PASS</span><span class=\"badge verdict-review\">0 REVIEW</span>"));
    // The failing vendor: all three reasons, in a few words, its hostile name escaped.
    CHECK(contains(html, "=cmd|&#39; /C calc&#39;!A0 &lt;b&gt;|x|&lt;/b&gt;</a><br>"));
    CHECK(contains(html, "<td class=\"why\">Must-have ACC-01 No default passwords: unverified; must-have ACC-02 Phishing-resistant "
                         "MFA: fail; score 16.7 is below the pass threshold 70.</td>"));
    CHECK(contains(html, "<td class=\"why\">Not scored: 1 error in the file. See <a href=\"#invalid\">Invalid responses</a>.</td>"));
    CHECK_FALSE(contains(html, "<b>|x|</b>"));
}

TEST_CASE("the executive summary: no PASS vendor, no shortlist") {
    RunReport report = test::sample_run();
    report.results.erase(report.results.begin());  // the failing vendor and the INVALID file are left
    const std::string html = html_executive_summary(run_of(report));
    CHECK(contains(html, "<strong>Recommendation.</strong> No vendor meets every must-have: none can be recommended. 1 response file "
                         "could not be read and was not scored.</p>"));
}

TEST_CASE("the comparison has a heat map of priority scores and a matrix of must-haves") {
    const std::string comparison = html_comparison(run_of(test::sample_run()));
    // One row per scored vendor (the INVALID file is not compared): rank, vendor, product, score, a
    // cell per priority with its score and its band's class.
    CHECK(contains(comparison, "<tr><td>1. <a href=\"#vendor-1\">Good Co</a> <span class=\"small\">P1</span></td><td class=\"num\">97.8</td>"
                               "<td class=\"heat heat-5\">97</td><td class=\"heat heat-5\">100</td></tr>"));
    CHECK(contains(comparison, "<th class=\"heat\"><abbr title=\"Access\">ACC</abbr></th>"));
    // The must-haves: a mark per gate, its status in words for screen readers, and the verdict.
    CHECK(contains(comparison, "<td class=\"mark gate-unverified\"><span aria-hidden=\"true\">?</span><span class=\"sr\">unverified</span></td>"
                               "<td class=\"mark gate-fail\"><span aria-hidden=\"true\">\u2717</span><span class=\"sr\">fail</span></td>"
                               "<td><span class=\"badge verdict-fail\">FAIL</span></td></tr>"));
    CHECK(contains(comparison, "Not compared: 1 INVALID file."));
    CHECK(test::occurrences(comparison, "<tr><td>") == 4);  // two vendors in each table
}

TEST_CASE("a score under its priority's floor is marked in the heat map") {
    RulePack pack = test::mini_pack();
    pack.priorities[1].floor = 99;  // PAT; the failing vendor scores under it
    RunReport report = test::sample_run();
    report.pack = &pack;
    const std::string html = html_comparison(run_of(report));
    CHECK(test::occurrences(html, " below-floor\">") == 2);  // the failing vendor's PAT, and the legend's key
    CHECK(contains(html, "<td class=\"heat heat-5\">100</td></tr>"));  // Good Co's PAT: over the floor
    CHECK(contains(html, "<span aria-hidden=\"true\">\u25BC</span><span class=\"sr\"> below the floor of 99</span>"));
    CHECK(contains(html, "<strong>PAT</strong> Patching (floor 99)"));
}

TEST_CASE("the cover: the report's title, organisation and classification, and the run's facts") {
    RunReport report = test::sample_run("2026-10-01");
    CHECK(contains(html_cover(run_of(report)), "<h1>Vendor security scorecard</h1>"));
    report.labels = {"Board <i>paper</i>", "Acme & Co", "OFFICIAL"};
    RunInfo run = run_of(report);
    run.as_of = "2026-10-01";
    const std::string cover = html_cover(run);
    CHECK(cover.rfind("<header class=\"cover\">\n<p class=\"marking\">OFFICIAL</p>\n<p class=\"organisation\">Acme &amp; Co</p>\n"
                      "<h1>Board &lt;i&gt;paper&lt;/i&gt;</h1>", 0) == 0);
    CHECK(contains(cover, "<dt>Run date</dt><dd>2026-10-01</dd>"));
    CHECK(html_report_title(run) == "Board <i>paper</i>");  // escaped where it is written
}
