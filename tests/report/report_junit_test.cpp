#include <catch2/catch.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"

using namespace sbd;

TEST_CASE("junit: one suite per vendor, one case per gate, counts at the root") {
    std::string xml = render_report("junit", test::sample_run());
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sbdscore mini 2.1.0\" tests=\"5\" failures=\"1\" errors=\"1\">", 0) == 0);
    CHECK(test::occurrences(xml, "<testsuite ") == 3);
    CHECK(test::occurrences(xml, "<testcase ") == 5);
    CHECK(xml.find("<testsuite name=\"Good Co P1\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\" file=\"vendors/good.yaml\">") != std::string::npos);
    CHECK(xml.find("<testcase classname=\"Good Co/P1\" name=\"ACC-01 No default passwords\"/>") != std::string::npos);
}

TEST_CASE("junit: failed gates fail, unverified gates are skipped, INVALID files error") {
    std::string xml = render_report("junit", test::sample_run());
    CHECK(xml.find("<failure type=\"fail\" message=\"answered &apos;none&apos;; this must-have needs fido2 or pki\">vendors/bad.yaml:") != std::string::npos);
    CHECK(xml.find("<skipped message=\"unverified: answered &apos;yes&apos; without evidence") != std::string::npos);
    CHECK(xml.find("<error type=\"invalid\" message=\"1 error in vendors/broken.yaml\">vendors/broken.yaml:3:5: error: bad &lt;value&gt; (hint: fix it)\n</error>") != std::string::npos);
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
