#include <catch2/catch.hpp>

#include <limits>

#include "util/svg_stacked_bar_chart.hpp"

using namespace sbd;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

StackedBarChart two_rows() {
    StackedBarChart c;
    c.id = "ranks";
    c.title = "Share of samples at each rank";
    c.series = {{"rank 1", "#08306b", "#ffffff"}, {"rank 2", "#eef5fc", "#1a1a1a"}};
    c.rows = {{"Alpha", {0.75, 0.25}}, {"<b>Beta</b>", {0.0, 1.0}}};
    return c;
}

}  // namespace

TEST_CASE("svg_stacked_bar_chart is an accessible image describing every share") {
    std::string svg = svg_stacked_bar_chart(two_rows());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"ranks-title ranks-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"ranks-title\">Share of samples at each rank</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"ranks-desc\">Alpha: rank 1 75.0%, rank 2 25.0%; &lt;b&gt;Beta&lt;/b&gt;: rank 1 0.0%, rank 2 100.0%</desc>") !=
          std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);  // labels are text
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

TEST_CASE("svg_stacked_bar_chart stacks the segments in series order with their percentages") {
    std::string svg = svg_stacked_bar_chart(two_rows());
    // 0 % at x=240, 100 % at x=700: 75 % is 345 units wide, then 25 % is 115 from x=585.
    CHECK(svg.find("<rect x=\"240.0\" y=\"38.0\" width=\"345.0\" height=\"18.0\" fill=\"#08306b\"") != std::string::npos);
    CHECK(svg.find("<rect x=\"585.0\" y=\"38.0\" width=\"115.0\" height=\"18.0\" fill=\"#eef5fc\"") != std::string::npos);
    CHECK(svg.find("fill=\"#ffffff\">75%</text>") != std::string::npos);
    CHECK(svg.find("fill=\"#1a1a1a\">25%</text>") != std::string::npos);
    CHECK(svg.find("fill=\"#1a1a1a\">100%</text>") != std::string::npos);
    // A share of 0 draws nothing; each bar has an outline; the legend has a swatch per series.
    CHECK(count(svg, "fill=\"#08306b\"") == 2);  // Alpha's segment and the legend swatch
    CHECK(count(svg, "fill=\"none\" stroke=\"#1a1a1a\"") == 2);
    CHECK(svg.find(">rank 2</text>") != std::string::npos);
}

TEST_CASE("svg_stacked_bar_chart clamps bad shares and scales an overfull bar") {
    StackedBarChart c = two_rows();
    c.rows = {{"odd", {-0.5, 2.0}}, {"over", {0.75, 0.75}}, {"nan", {std::numeric_limits<double>::quiet_NaN(), 0.25}}};
    std::string svg = svg_stacked_bar_chart(c);
    CHECK(svg.find("NaN") == std::string::npos);
    CHECK(svg.find("nan%") == std::string::npos);
    CHECK(svg.find("width=\"-") == std::string::npos);
    // "over" adds to 1.5: drawn as 50 % + 50 %, labelled with the shares given.
    CHECK(count(svg, "width=\"230.0\"") == 2);
    CHECK(svg.find("over: rank 1 75.0%, rank 2 75.0%") != std::string::npos);
    // "nan" counts as 0: its 25 % starts at 0 %.
    CHECK(svg.find("<rect x=\"240.0\" y=\"90.0\" width=\"115.0\"") != std::string::npos);
    CHECK(svg.find("nan: rank 1 0.0%, rank 2 25.0%") != std::string::npos);
}
