#include <catch2/catch.hpp>

#include "report/html_style.hpp"

using namespace sbd;

namespace {

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("the printed page: A4 or Letter, numbered 'page i of n', with the title at its foot") {
    RunInfo run;
    const std::string a4 = html_stylesheet(run, "Vendor security scorecard", PaperSize::a4);
    CHECK(contains(a4, "@page {\n  size: A4;\n"));
    CHECK(contains(a4, "@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"));
    CHECK(contains(a4, "@bottom-left { content: \"Vendor security scorecard\";"));
    // No classification, organisation or date: no empty boxes for them.
    CHECK_FALSE(contains(a4, "@top-center"));
    CHECK_FALSE(contains(a4, "@top-left"));
    CHECK_FALSE(contains(a4, "@top-right"));
    CHECK(contains(html_stylesheet(run, "t", PaperSize::letter), "size: letter;"));
}

TEST_CASE("the classification at the top and bottom of every printed page, with the organisation and date above") {
    RunInfo run;
    run.labels = {"", "Northshire Water", "OFFICIAL-SENSITIVE"};
    run.as_of = "2026-11-30";
    const std::string css = html_stylesheet(run, "t", PaperSize::a4);
    CHECK(contains(css, "@top-center { content: \"OFFICIAL-SENSITIVE\";"));
    CHECK(contains(css, "@bottom-center { content: \"OFFICIAL-SENSITIVE\";"));
    CHECK(contains(css, "@top-left { content: \"Northshire Water\";"));
    CHECK(contains(css, "@top-right { content: \"Run date 2026-11-30\";"));
}

TEST_CASE("words are never broken where they fit; a font for every script vendors write in") {
    const std::string css = html_stylesheet(RunInfo{}, "t", PaperSize::a4);
    CHECK_FALSE(contains(css, "overflow-wrap: anywhere"));  // it would let a table squeeze a column mid-word
    CHECK(contains(css, "overflow-wrap: break-word"));
    CHECK(contains(css, "table.fixed { table-layout: fixed; }"));
    CHECK(contains(css, "thead { display: table-header-group; }"));
    for (const char* font : {"\"Noto Sans CJK JP\"", "\"Microsoft YaHei\"", "\"Noto Color Emoji\"", "\"Segoe UI Emoji\""})
        CHECK(contains(html_font_stack, font));
    CHECK(contains(css, std::string("font-family: ") + html_font_stack));
}
