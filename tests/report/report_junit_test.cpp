#include <catch2/catch.hpp>

#include "report/output_formats.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

namespace {

std::string junit(FailOn fail_on) { return render_report("junit", test::sample_run(), {false, fail_on}); }

}  // namespace

TEST_CASE("junit: one suite per vendor, one case per gate and for the threshold, counts at the root") {
    std::string xml = render_report("junit", test::sample_run());
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sbdscore mini 2.1.0\" tests=\"7\" failures=\"1\" errors=\"1\">", 0) == 0);
    CHECK(test::occurrences(xml, "<testsuite ") == 3);
    CHECK(test::occurrences(xml, "<testcase ") == 7);
    CHECK(xml.find("<testsuite name=\"Good Co P1\" tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"0\" file=\"vendors/good.yaml\">") != std::string::npos);
    CHECK(xml.find("<testcase classname=\"Good Co/P1\" name=\"ACC-01 No default passwords\"/>") != std::string::npos);
    CHECK(xml.find("<testcase classname=\"Good Co/P1\" name=\"score meets the pass threshold (70)\"/>") != std::string::npos);
}

TEST_CASE("junit: with --fail-on gate, failed gates fail; unverified gates and low scores are skipped; INVALID errors") {
    std::string xml = junit(FailOn::gate);
    CHECK(xml.find("<failure type=\"fail\" message=\"answered &apos;none&apos;; this must-have needs fido2 or pki\">vendors/bad.yaml:") != std::string::npos);
    CHECK(xml.find("<skipped message=\"review (--fail-on gate): answered &apos;yes&apos; without evidence") != std::string::npos);
    CHECK(xml.find("<skipped message=\"review (--fail-on gate): score ") != std::string::npos);
    CHECK(xml.find("<error type=\"invalid\" message=\"1 error in vendors/broken.yaml\">vendors/broken.yaml:3:5: error: bad &lt;value&gt; (hint: fix it)\n</error>") != std::string::npos);
}

TEST_CASE("junit agrees with the exit code of --fail-on review and --fail-on never") {
    std::string review = junit(FailOn::review);  // the unverified gate and the low score fail too
    CHECK(review.find("failures=\"3\" errors=\"1\">") != std::string::npos);
    CHECK(review.find("<failure type=\"unverified\"") != std::string::npos);
    CHECK(review.find("<failure type=\"below-threshold\"") != std::string::npos);
    std::string never = junit(FailOn::never);  // nothing fails the run: nothing fails here
    CHECK(never.find("tests=\"7\" failures=\"0\" errors=\"1\">") != std::string::npos);
    CHECK(never.find("<failure") == std::string::npos);
    CHECK(never.find("<skipped message=\"fails (--fail-on never): answered &apos;none&apos;") != std::string::npos);
}

TEST_CASE("junit: vendor text is escaped, never markup") {
    std::string xml = render_report("junit", test::sample_run());
    CHECK(xml.find("<b>") == std::string::npos);
    CHECK(xml.find("name=\"=cmd|&apos; /C calc&apos;!A0 &lt;b&gt;|x|&lt;/b&gt; P1\"") != std::string::npos);
}

TEST_CASE("junit: a timestamp only when as_of is set") {
    CHECK(render_report("junit", test::sample_run()).find("timestamp") == std::string::npos);
    CHECK(test::occurrences(render_report("junit", test::sample_run("2026-03-01")), "timestamp=\"2026-03-01T00:00:00\"") == 3);
}

TEST_CASE("junit: a workbook's failures name the cell") {
    std::string xml = render_report("junit", test::workbook_run());
    CHECK(xml.find(">vendors/bad.xlsx:Answers!K9: answered &apos;none&apos;; this must-have needs fido2 or pki</failure>") != std::string::npos);
    CHECK(xml.find("vendors/broken.xlsx:Answers!E3: error: bad &lt;value&gt;") != std::string::npos);
}
