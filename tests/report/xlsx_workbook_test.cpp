#include <catch2/catch.hpp>

#include "load/xlsx_reader.hpp"
#include "report/xlsx_workbook.hpp"

using namespace sbd;

TEST_CASE("sheet names: Excel's forbidden characters replaced, 31 characters, unique without letter case") {
    std::set<std::string> taken;
    CHECK(xlsx_out::sheet_name("Acme [EU]: a/b*c?d\\e", taken) == "Acme _EU__ a_b_c_d_e");
    CHECK(xlsx_out::sheet_name("A very long vendor name that goes on and on", taken) == "A very long vendor name that go");
    CHECK(xlsx_out::sheet_name("a very long vendor name that goes on", taken) == "a very long vendor name tha (2)");
    CHECK(xlsx_out::sheet_name("'quoted'", taken) == "quoted");
    CHECK(xlsx_out::sheet_name("''", taken) == "Sheet");
    CHECK(xlsx_out::sheet_name("History", taken) == "History_");
    CHECK(xlsx_out::sheet_name("\x1b[31mred\x1b[0m", taken) == "red");  // escape sequences never reach a tab
    // Never cut inside a character: 31 UTF-16 units, an emoji counting two.
    const std::string name = xlsx_out::sheet_name(std::string(29, 'x') + "\xF0\x9F\x98\x80" + "y", taken);
    CHECK(name == std::string(29, 'x') + "\xF0\x9F\x98\x80");
    const std::string cjk = xlsx_out::sheet_name(std::string(40 * 3, 'a').replace(0, 120, std::string(40, 'a')) + "\xE6\x97\xA5\xE6\x9C\xAC", taken);
    CHECK(cjk.size() == 31);
}

TEST_CASE("cell text: hidden characters removed, cut to Excel's 32,767 characters") {
    CHECK(xlsx_out::cell_text("a\x07" "b\nc") == "ab\nc");
    CHECK(xlsx_out::cell_text(std::string(40000, 'x')).size() == 32767);
}

TEST_CASE("a workbook written and read back: sheets, text, numbers, hidden sheets") {
    auto created = xlsx_out::Workbook::create(true);
    REQUIRE(created.value);
    xlsx_out::Workbook& book = **created.value;
    const int bold = book.format({.bold = true});
    auto s = book.add_sheet("Answers");
    s.text(0, 0, "=HYPERLINK(\"http://x\")", bold);  // text, never a formula
    s.number(1, 1, 92.03942816442817, book.format({.number_format = "0.0"}));
    book.add_sheet("Lists").hide();
    auto bytes = book.finish();
    REQUIRE(bytes.ok());
    auto read = xlsx::read_workbook("t.xlsx", *bytes.value, "Answers");
    REQUIRE(read.ok());
    CHECK(read->sheet_names == std::vector<std::string>{"Answers", "Lists"});
    CHECK(read->sheet->find(1, 1)->text == "=HYPERLINK(\"http://x\")");
    CHECK_FALSE(read->sheet->find(1, 1)->formula);
    CHECK(read->sheet->find(2, 2)->number == 92.03942816442817);  // the full value; 0.0 only shows it rounded
}

TEST_CASE("the same workbook twice is the same bytes") {
    auto make = [] {
        auto created = xlsx_out::Workbook::create(false);
        xlsx_out::Workbook& book = **created.value;
        book.properties("T", "S", "");
        book.add_sheet("A").text(0, 0, "x");
        return *book.finish().value;
    };
    CHECK(make() == make());
}
