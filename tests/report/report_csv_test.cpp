#include <catch2/catch.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"
#include "util/text.hpp"

using namespace sbd;

TEST_CASE("csv: header, CRLF rows, one per vendor x priority and vendor x gate") {
    auto run = test::sample_run();
    std::string csv = render_report("csv", run);
    CHECK(csv.rfind("\xEF\xBB\xBFrow_type,rank,file,vendor,product,version,verdict,score,item,title,priority,status,value,detail,line,column\r\n", 0) == 0);
    // 2 scored vendors x (2 priorities + 2 gates) + 1 diagnostic row + header.
    CHECK(test::occurrences(csv, "\r\n") == 2 * 4 + 1 + 1);
    CHECK(test::occurrences(csv, "\npriority,") == 4);
    CHECK(test::occurrences(csv, "\ngate,") == 4);
    const VendorResult& good = run.results[0];
    CHECK(csv.find("\npriority,1,vendors/good.yaml,Good Co,P1,1.0,PASS," + format_fixed(good.score, 1) + ",ACC,Access,ACC,applicable," +
                   format_fixed(good.priorities[0].score, 1) + ",,,\r\n") != std::string::npos);
    CHECK(csv.find("\ngate,1,vendors/good.yaml,Good Co,P1,1.0,PASS," + format_fixed(good.score, 1) +
                   ",ACC-02,Phishing-resistant MFA,ACC,pass,fido2,answered 'fido2',9,11\r\n") != std::string::npos);
}

TEST_CASE("csv: scores rounded to one decimal, as people read them") {
    auto run = test::sample_run();
    std::string csv = render_report("csv", run);
    const VendorResult& bad = run.results[1];
    CHECK(format_number(bad.score).size() > 5);  // the score has more digits than the CSV shows
    CHECK(csv.find(",FAIL," + format_fixed(bad.score, 1) + ",") != std::string::npos);
    CHECK(csv.find("," + format_number(bad.score) + ",") == std::string::npos);
}

TEST_CASE("csv: the byte order mark can be turned off") {
    RenderOptions options;
    options.csv_bom = false;
    std::string csv = render_report("csv", test::sample_run(), options);
    CHECK(csv.rfind("row_type,", 0) == 0);
    options.csv_wide = true;
    CHECK(render_report("csv", test::sample_run(), options).rfind("rank,file,", 0) == 0);
}

TEST_CASE("csv wide: one row per vendor, a column per priority and per gate, the reasons") {
    RenderOptions options;
    options.csv_wide = true;
    auto run = test::sample_run();
    std::string csv = render_report("csv", run, options);
    CHECK(csv.rfind("\xEF\xBB\xBFrank,file,vendor,product,version,date,verdict,score,ACC,PAT,ACC-01,ACC-02,reasons\r\n", 0) == 0);
    CHECK(test::occurrences(csv, "\r\n") == 4);  // header, 2 vendors, 1 INVALID file
    const VendorResult& good = run.results[0];
    CHECK(csv.find("\r\n1,vendors/good.yaml,Good Co,P1,1.0,2026-02-28,PASS," + format_fixed(good.score, 1) + "," +
                   format_fixed(good.priorities[0].score, 1) + "," + format_fixed(good.priorities[1].score, 1) + ",pass,pass,\r\n") !=
          std::string::npos);
    // The failing vendor: neutralised name, its failed gate, and why it fails in words.
    CHECK(csv.find("\r\n2,vendors/bad.yaml,'=cmd|' /C calc'!A0 <b>|x|</b>,") != std::string::npos);
    CHECK(csv.find(",unverified,fail,must-have ACC-01 No default passwords is unverified: ") != std::string::npos);
    CHECK(csv.find("\r\n,vendors/broken.yaml,,,,,INVALID,,,,,,vendors/broken.yaml:3:5: error: bad <value> (hint: fix it)\r\n") !=
          std::string::npos);
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
