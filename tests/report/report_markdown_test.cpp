#include <catch2/catch.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"

using namespace sbd;

TEST_CASE("markdown: ranked table, then one section per vendor") {
    std::string md = render_report("markdown", test::sample_run());
    CHECK(md.find("| Rank | Vendor | Product | Score | Verdict | Failed gates |") != std::string::npos);
    CHECK(md.find("| 1 | Good Co | P1 | 97.8 | PASS | - |") != std::string::npos);
    // The hostile vendor fails ACC-02 and has ACC-01 unverified; its name cannot open a cell or a tag.
    CHECK(md.find("| 2 | \\=cmd\\|' /C calc'!A0 &lt;b&gt;\\|x\\|&lt;/b&gt; | P1 |") != std::string::npos);
    CHECK(md.find("ACC-02; unverified: ACC-01 |") != std::string::npos);
    CHECK(md.find("<b>") == std::string::npos);
    CHECK(md.find("| - | vendors/broken.yaml | | | INVALID | 1 error |") != std::string::npos);
    CHECK(md.find("## 1. Good Co - P1") != std::string::npos);
    CHECK(md.find("## INVALID: vendors/broken.yaml") != std::string::npos);
    CHECK(md.find("- error at vendors/broken.yaml:3:5: bad &lt;value&gt; (hint: fix it)") != std::string::npos);
}

TEST_CASE("markdown: per-vendor priority scores, gates with reasons, findings with file:line") {
    std::string md = render_report("markdown", test::sample_run());
    CHECK(md.find("| ACC | Access | 96.7 |") != std::string::npos);
    CHECK(md.find("| ACC-02 | Phishing-resistant MFA | fail | answered 'none'; this must-have needs fido2 or pki |") !=
          std::string::npos);
    CHECK(md.find("- warning unanswered at vendors/bad.yaml:") != std::string::npos);
    // Every table row has the same number of unescaped pipes as its header.
    CHECK(test::occurrences(md, "\n| ACC-0") == 5);  // 3 gate rows, 2 evidence rows
    CHECK(md.find("| ACC-01 | docs/a.pdf | cited | - |") != std::string::npos);
}

TEST_CASE("markdown: the run date only when as_of is set") {
    CHECK(render_report("markdown", test::sample_run()).find("as of") == std::string::npos);
    CHECK(render_report("markdown", test::sample_run("2026-03-01")).find(", as of 2026-03-01.") != std::string::npos);
}
