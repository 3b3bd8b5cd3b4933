// The scorecard workbook read back with the workbook reader: sheets, ranks, full-precision scores,
// a hostile vendor name kept as text (never a formula) and made a valid sheet name, INVALID files
// with their errors. openpyxl checks the rest end to end (tests/e2e/scorecard_xlsx.sh).
#include <catch2/catch.hpp>

#include "load/xlsx_reader.hpp"
#include "report/output_formats.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

TEST_CASE("xlsx scorecard: Summary, Must-haves, one sheet per scored vendor") {
    auto run = test::sample_run();
    const std::string bytes = render_report("xlsx", run);
    auto book = xlsx::read_workbook("card.xlsx", bytes, "Summary");
    REQUIRE(book.ok());
    // The hostile name: Excel's forbidden characters replaced in the tab, kept whole in the cell.
    CHECK(book->sheet_names == std::vector<std::string>{"Summary", "Must-haves", "Good Co", "=cmd|' _C calc'!A0 <b>|x|<_b>"});
    const xlsx::Sheet& s = *book->sheet;
    CHECK(s.find(4, 1)->text == "Rank");
    CHECK(s.find(5, 1)->number == 1);
    CHECK(s.find(5, 2)->text == "Good Co");
    CHECK(s.find(5, 5)->number == run.results[0].score);
    CHECK(s.find(6, 2)->text == run.results[1].vendor);
    CHECK_FALSE(s.find(6, 2)->formula);
    CHECK(s.find(6, 6)->text == "FAIL");
    CHECK(s.find(6, 8)->text.find("ACC-02") != std::string::npos);  // why it fails, in words
    CHECK(s.find(7, 6)->text == "INVALID");
    CHECK(s.find(7, 1) == nullptr);  // no rank
    CHECK(s.find(7, 8)->text == "vendors/broken.yaml:3:5: error: bad <value> (hint: fix it)");
}

TEST_CASE("xlsx scorecard: a vendor's sheet lists every criterion with its answer and credit") {
    auto run = test::sample_run();
    auto book = xlsx::read_workbook("card.xlsx", render_report("xlsx", run), "Good Co");
    REQUIRE(book.ok());
    const xlsx::Sheet& s = *book->sheet;
    CHECK(s.find(4, 2)->text == "ID");
    CHECK(s.find(5, 2)->text == "ACC-01");
    CHECK(s.find(5, 5)->text == "yes");
    CHECK(s.find(5, 6)->text == "docs/a.pdf");
    CHECK(s.find(5, 8)->number == 100);
}

TEST_CASE("xlsx scorecard: the same run, the same bytes; as_of dates the document") {
    CHECK(render_report("xlsx", test::sample_run()) == render_report("xlsx", test::sample_run()));
    CHECK(render_report("xlsx", test::sample_run("2026-03-01")) != render_report("xlsx", test::sample_run()));
}

TEST_CASE("xlsx scorecard: 200 vendor sheets at most, names made unique; every vendor in the Summary") {
    RunReport run;
    run.pack = &test::mini_pack();
    for (int i = 0; i < 205; ++i)
        run.results.push_back(test::scored("Same Name", "  ACC-01: yes\n", "vendors/v" + std::to_string(1000 + i) + ".yaml"));
    rank_results(run.results);
    auto book = xlsx::read_workbook("card.xlsx", render_report("xlsx", run), "Summary");
    REQUIRE(book.ok());
    REQUIRE(book->sheet_names.size() == 2 + 200);
    CHECK(book->sheet_names[2] == "Same Name");
    CHECK(book->sheet_names[3] == "Same Name (2)");
    CHECK(book->sheet_names[201] == "Same Name (200)");
    CHECK(book->sheet->find(5 + 204, 2)->text == "Same Name");  // the 205th vendor: listed, without a sheet
}
