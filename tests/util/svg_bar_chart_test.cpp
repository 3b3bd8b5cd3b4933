#include <catch2/catch.hpp>

#include <cmath>

#include "util/svg_bar_chart.hpp"

using namespace sbd;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

BarChart two_bars() {
    BarChart c;
    c.id = "v1-chart";
    c.title = "Priority scores";
    c.bars = {{"CFG Configuration", 85.0}, {"LOG Logging", std::nullopt}};
    c.threshold = 70;
    return c;
}

}  // namespace

TEST_CASE("svg_bar_chart is an accessible image with a title and a description of every value") {
    std::string svg = svg_bar_chart(two_bars());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"v1-chart-title v1-chart-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"v1-chart-title\">Priority scores</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"v1-chart-desc\">CFG Configuration: 85.0; LOG Logging: n/a; pass threshold 70.0</desc>") !=
          std::string::npos);
    CHECK(svg.find("</svg>") != std::string::npos);
}

TEST_CASE("svg_bar_chart draws a bar per scored value, n/a as text, and the threshold line") {
    std::string svg = svg_bar_chart(two_bars());
    CHECK(count(svg, "<rect ") == 1);  // the n/a priority has no bar
    // Score 0 is at x=300 and 100 at x=660: 85 is 306 units wide.
    CHECK(svg.find("<rect x=\"300.0\" y=\"30.0\" width=\"306.0\" height=\"16.0\" fill=\"#2f6db5\"/>") != std::string::npos);
    CHECK(svg.find(">n/a</text>") != std::string::npos);
    CHECK(svg.find("<line x1=\"552.0\" y1=\"20.0\" x2=\"552.0\" y2=\"74.0\" stroke=\"#b00020\"") != std::string::npos);
    CHECK(svg.find(">pass 70.0</text>") != std::string::npos);
    CHECK(svg.find("<title>CFG Configuration: 85.0</title>") != std::string::npos);
}

TEST_CASE("svg_bar_chart marks scores below the threshold with a second colour") {
    BarChart c = two_bars();
    c.bars = {{"low", 40.0}, {"at", 70.0}};
    std::string svg = svg_bar_chart(c);
    CHECK(count(svg, "fill=\"#d9822b\"") == 1);
    CHECK(count(svg, "fill=\"#2f6db5\"") == 1);
    c.threshold.reset();
    svg = svg_bar_chart(c);
    CHECK(svg.find("stroke-dasharray") == std::string::npos);
    CHECK(count(svg, "fill=\"#d9822b\"") == 0);
}

TEST_CASE("svg_bar_chart clamps values to 0-100 and treats non-finite values as n/a") {
    BarChart c = two_bars();
    c.bars = {{"over", 250.0}, {"under", -5.0}, {"nan", std::nan("")}};
    std::string svg = svg_bar_chart(c);
    CHECK(svg.find("width=\"360.0\" height=\"16.0\"") != std::string::npos);
    CHECK(svg.find("width=\"0.0\" height=\"16.0\"") != std::string::npos);
    CHECK(svg.find("over: 100.0; under: 0.0; nan: n/a") != std::string::npos);
    CHECK(count(svg, "<rect ") == 2);
}

TEST_CASE("svg_bar_chart escapes labels, titles and ids") {
    BarChart c;
    c.id = "x\"><script>";
    c.title = "<script>alert(1)</script>";
    c.bars = {{"<img src=x onerror=alert(1)>", 50.0}};
    std::string svg = svg_bar_chart(c);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("svg_bar_chart shortens long labels but keeps them whole in the tooltip") {
    BarChart c;
    c.id = "c";
    std::string long_label(60, 'L');
    c.bars = {{long_label, 10.0}};
    std::string svg = svg_bar_chart(c);
    CHECK(svg.find(">" + std::string(39, 'L') + "\xE2\x80\xA6</text>") != std::string::npos);
    CHECK(svg.find("<title>" + long_label + ": 10.0</title>") != std::string::npos);
}
