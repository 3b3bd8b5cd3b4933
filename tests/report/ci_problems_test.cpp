// What the CI formats report (SARIF, GitHub annotations, GitLab Code Quality), as the formats print it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/ci_problems.hpp"
#include "report/output_formats.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

TEST_CASE("a problem in a workbook leads its message with the cell; a YAML one does not") {
    const RunReport workbook = test::workbook_run();
    const RunReport yaml = test::sample_run();
    const auto in_cell = ci_problems(workbook.results[1], *workbook.pack, FailOn::gate);
    const auto in_line = ci_problems(yaml.results[1], *yaml.pack, FailOn::gate);
    REQUIRE(in_cell.size() == in_line.size());
    REQUIRE_FALSE(in_cell.empty());
    for (std::size_t i = 0; i < in_cell.size(); ++i) {
        CHECK(in_cell[i].where.file == "vendors/bad.xlsx");
        if (in_cell[i].where.line > 0) CHECK(located_message(in_cell[i]) == cell_reference(in_cell[i].where) + ": " + in_line[i].message);
        CHECK(located_message(in_line[i]) == in_line[i].message);
    }
}

TEST_CASE("github annotations: a workbook's cell in the message, no line or col of a text file") {
    const std::string out = render_report("github", test::workbook_run());
    CHECK(out.find("::error file=vendors/bad.xlsx,title=") != std::string::npos);
    CHECK(out.find("::Answers!K9: ") != std::string::npos);
    CHECK(out.find(",line=") == std::string::npos);
    CHECK(render_report("github", test::sample_run()).find("file=vendors/bad.yaml,line=9,col=11,") != std::string::npos);
}

TEST_CASE("code quality: a workbook's problem on line 1 of the file, the cell in the description") {
    const auto doc = nlohmann::json::parse(render_report("codequality", test::workbook_run()));
    bool seen = false;
    for (const auto& issue : doc) {
        if (issue["check_name"] != "ACC-02") continue;
        seen = true;
        CHECK(issue["location"]["path"] == "vendors/bad.xlsx");
        CHECK(issue["location"]["lines"]["begin"] == 1);
        CHECK(issue["description"].get<std::string>().rfind("Answers!K9: ", 0) == 0);
    }
    CHECK(seen);
}
