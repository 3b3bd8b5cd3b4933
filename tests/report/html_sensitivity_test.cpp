#include <catch2/catch.hpp>

#include "report/html_sensitivity.hpp"
#include "report/output_formats.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

namespace {

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

RankStability stability_of(const RunReport& run) {
    SensitivitySettings settings;
    settings.samples = 500;
    auto s = analyse_rank_stability(run.results, *run.pack, settings);
    REQUIRE(s.value);
    return *s.value;
}

}  // namespace

TEST_CASE("the rank-stability section escapes vendor text and draws an accessible chart") {
    RunReport run = test::sample_run();
    std::string html = render_html_rank_stability(stability_of(run), *run.pack);
    CHECK(html.rfind("<section class=\"stability\" id=\"rank-stability\"", 0) == 0);
    CHECK(contains(html, "<h2>Rank stability</h2>"));
    CHECK(contains(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""));
    CHECK(contains(html, "<title id=\"rank-stability-chart-title\">"));
    // The hostile vendor name of the fixture, as text only.
    CHECK_FALSE(contains(html, "<b>|x|</b>"));
    CHECK(contains(html, "&lt;b&gt;|x|&lt;/b&gt;"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK(contains(html, "<strong>Good Co stays first whatever any one priority weighs"));
    CHECK(contains(html, "<li><code>vendors/broken.yaml</code></li>"));  // INVALID, left out
    CHECK(contains(html, "Lahdelma and P. Salminen"));
    CHECK(html.substr(html.size() - 11) == "</section>\n");
}

TEST_CASE("the HTML report adds the section after the comparison, before the vendors, only when asked") {
    RunReport run = test::sample_run();
    CHECK_FALSE(contains(render_report("html", run), "id=\"rank-stability\""));
    run.sensitivity = SensitivitySettings{};
    run.sensitivity->samples = 500;
    std::string html = render_report("html", run);
    const auto section = html.find("id=\"rank-stability\"");
    REQUIRE(section != std::string::npos);
    CHECK(section > html.find("id=\"comparison\""));
    CHECK(section < html.find("<section class=\"vendor\" id=\"vendor-1\""));
    CHECK(section < html.find("id=\"appendix\""));
    // The same figures as the analysis of the whole run.
    CHECK(contains(html, render_html_rank_stability(stability_of(run), *run.pack)));
}

TEST_CASE("the HTML section says why when the run cannot be analysed") {
    RunReport run = test::sample_run();
    run.results.erase(run.results.begin());  // one scorable vendor left
    run.sensitivity = SensitivitySettings{};
    std::string html = render_report("html", run);
    CHECK(contains(html, "<h2>Rank stability</h2>\n<p class=\"muted\">Not analysed: rank stability needs at least two scorable "
                         "vendors; 1 was given (1 INVALID left out).</p>"));
}
