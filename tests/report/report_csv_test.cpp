#include <catch2/catch.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"
#include "util/text.hpp"

using namespace sbd;

TEST_CASE("csv: header, CRLF rows, one per vendor x priority and vendor x gate") {
    auto run = test::sample_run();
    std::string csv = render_report("csv", run);
    CHECK(csv.rfind("row_type,rank,file,vendor,product,version,verdict,score,item,title,priority,status,value,detail,line,column\r\n", 0) == 0);
    // 2 scored vendors x (2 priorities + 2 gates) + 1 diagnostic row + header.
    CHECK(test::occurrences(csv, "\r\n") == 2 * 4 + 1 + 1);
    CHECK(test::occurrences(csv, "\npriority,") == 4);
    CHECK(test::occurrences(csv, "\ngate,") == 4);
    const VendorResult& good = run.results[0];
    CHECK(csv.find("\npriority,1,vendors/good.yaml,Good Co,P1,1.0,PASS," + format_number(good.score) + ",ACC,Access,ACC,applicable," +
                   format_number(good.priorities[0].score) + ",,,\r\n") != std::string::npos);
    CHECK(csv.find("\ngate,1,vendors/good.yaml,Good Co,P1,1.0,PASS," + format_number(good.score) +
                   ",ACC-02,Phishing-resistant MFA,ACC,pass,fido2,answered 'fido2',9,11\r\n") != std::string::npos);
}

TEST_CASE("csv: full-precision scores") {
    auto run = test::sample_run();
    std::string csv = render_report("csv", run);
    const VendorResult& bad = run.results[1];
    CHECK(csv.find("," + format_number(bad.score) + ",") != std::string::npos);
    CHECK(format_number(bad.score).size() > 5);  // not rounded to one decimal
}

TEST_CASE("csv: vendor text neutralised and quoted") {
    std::string csv = render_report("csv", test::sample_run());
    CHECK(csv.find(",'=cmd|' /C calc'!A0 <b>|x|</b>,P1,") != std::string::npos);
    CHECK(csv.find(",=cmd") == std::string::npos);
    CHECK(csv.find("\"answered 'none'; this must-have needs fido2 or pki\"") == std::string::npos);  // no comma: unquoted
}

TEST_CASE("csv: INVALID files appear with verdict INVALID and their errors") {
    std::string csv = render_report("csv", test::sample_run());
    CHECK(csv.find("\ndiagnostic,,vendors/broken.yaml,,,,INVALID,,,,,error,,bad <value> (hint: fix it),3,5\r\n") != std::string::npos);
}
