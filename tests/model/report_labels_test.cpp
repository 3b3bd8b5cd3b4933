#include <catch2/catch.hpp>

#include "model/report_labels.hpp"

using namespace sbd;

TEST_CASE("a label is one line of visible UTF-8 text that fits a page header") {
    CHECK_FALSE(label_problem("OFFICIAL-SENSITIVE", 60));
    CHECK_FALSE(label_problem("Stadtwerke M\xC3\xBCnchen \xE6\xA0\xAA", 60));
    CHECK(label_problem("a\nb", 60) == "must be one line");
    CHECK(label_problem("a\rb", 60) == "must be one line");
    CHECK(label_problem("a\tb", 60) == "must not contain tabs, control characters or invisible characters");
    CHECK(label_problem("a\x1b[31mb", 60) == "must not contain tabs, control characters or invisible characters");
    CHECK(label_problem("SECRET\xE2\x80\xAE" "TERCES", 60) == "must not contain tabs, control characters or invisible characters");
    CHECK(label_problem("a\xFF", 60) == "must be UTF-8 text");
    CHECK(label_problem("", 60) == "must not be blank");
    CHECK(label_problem("   ", 60) == "must not be blank");
    // Characters, not bytes: ten CJK characters are ten.
    std::string cjk;
    for (int i = 0; i < 10; ++i) cjk += "\xE6\xA0\xAA";
    CHECK_FALSE(label_problem(cjk, 10));
    CHECK(label_problem(cjk + "x", 10) == "is 11 characters long; at most 10 fit a page");
}

TEST_CASE("merge_labels: the later source's labels where it has them") {
    const ReportLabels profile{"Profile title", "Profile org", "OFFICIAL"};
    CHECK(merge_labels(profile, {}).title == "Profile title");
    const ReportLabels merged = merge_labels(profile, {"", "", "SECRET"});
    CHECK(merged.title == "Profile title");
    CHECK(merged.organisation == "Profile org");
    CHECK(merged.classification == "SECRET");
}
