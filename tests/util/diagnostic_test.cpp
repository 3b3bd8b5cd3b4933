#include <catch2/catch.hpp>

#include "util/diagnostic.hpp"

using namespace sbd;

TEST_CASE("summarize counts errors and warnings, ok when there are none") {
    CHECK(summarize({}) == "ok");
    CHECK(summarize({{Severity::note, {}, "n", ""}}) == "ok");
    CHECK(summarize({{Severity::warning, {}, "w", ""}}) == "0 errors, 1 warning");
    CHECK(summarize({{Severity::error, {}, "e", ""}, {Severity::warning, {}, "w", ""}, {Severity::warning, {}, "w", ""}}) ==
          "1 error, 2 warnings");
}

TEST_CASE("cell names follow Excel: A..Z, AA.., up to XFD") {
    CHECK(cell_name(14, 4) == "D14");
    CHECK(cell_name(1, 26) == "Z1");
    CHECK(cell_name(1, 27) == "AA1");
    CHECK(cell_name(3, 52) == "AZ3");
    CHECK(cell_name(1048576, 16384) == "XFD1048576");
    CHECK(cell_name(0, 6) == "F");  // a column alone
    CHECK(cell_name(7, 0).empty());
}

TEST_CASE("a cell of a workbook reads file:Sheet!D14, the sheet quoted as Excel quotes it") {
    const SourceLocation cell = SourceLocation::cell("vendor.xlsx", "Answers", 14, 4);
    CHECK(cell.is_cell());
    CHECK(format_location(cell) == "vendor.xlsx:Answers!D14");
    CHECK(format_diagnostic({Severity::error, cell, "'fido' is not an option of AUT-01", "did you mean 'fido2'?"}) ==
          "vendor.xlsx:Answers!D14: error: 'fido' is not an option of AUT-01 (hint: did you mean 'fido2'?)");
    CHECK(format_location(SourceLocation::cell("v.xlsx", "Vendor answers", 2, 1)) == "v.xlsx:'Vendor answers'!A2");
    CHECK(format_location(SourceLocation::cell("v.xlsx", "O'Brien", 2, 1)) == "v.xlsx:'O''Brien'!A2");
    CHECK(format_location(SourceLocation::cell("v.xlsx", "2024", 2, 1)) == "v.xlsx:'2024'!A2");
    CHECK(format_location(SourceLocation::cell("v.xlsx", "Answers")) == "v.xlsx:Answers");  // the sheet as a whole
    CHECK(cell_reference(SourceLocation("a.yaml", 3, 4)).empty());
    CHECK(format_location(SourceLocation("a.yaml", 3, 4)) == "a.yaml:3:4");  // text files as before
    CHECK(SourceLocation::cell("v.xlsx", "Answers", 9, 6).in_file("other.xlsx").sheet == "Answers");
}

TEST_CASE("a workbook's diagnostics sort by row, then column") {
    std::vector<Diagnostic> d = {{Severity::error, SourceLocation::cell("v.xlsx", "Answers", 20, 6), "later", ""},
                                 {Severity::error, SourceLocation::cell("v.xlsx", "Answers", 14, 7), "evidence", ""},
                                 {Severity::error, {"v.xlsx"}, "the whole file", ""},
                                 {Severity::error, SourceLocation::cell("v.xlsx", "Answers", 14, 6), "answer", ""}};
    sort_in_file_order(d);
    CHECK(d[0].message == "the whole file");
    CHECK(d[1].message == "answer");
    CHECK(d[2].message == "evidence");
    CHECK(d[3].message == "later");
}
