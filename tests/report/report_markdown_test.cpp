#include <catch2/catch.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"

using namespace sbd;

TEST_CASE("markdown: the recommendation, a ranked table with why, the comparison, then one section per vendor") {
    std::string md = render_report("markdown", test::sample_run());
    CHECK(md.find("**Recommendation.** Shortlist the vendor that meets every must-have and the pass threshold of 70: 1. Good Co "
                  "(P1, 97.8). 1 response file could not be read and was not scored.\n") != std::string::npos);
    CHECK(md.find("| Rank | Vendor | Product | Score | Verdict | Why |") != std::string::npos);
    CHECK(md.find("| 1 | Good Co | P1 | 97.8 | PASS | Meets every must-have and the pass threshold. |") != std::string::npos);
    // The hostile vendor fails ACC-02, has ACC-01 unverified and scores under the threshold: every
    // reason, in a few words; its name cannot open a cell or a tag.
    CHECK(md.find("| 2 | \\=cmd\\|' /C calc'!A0 &lt;b&gt;\\|x\\|&lt;/b&gt; | P1 | 16.7 | FAIL | Must-have ACC-01 No default passwords: "
                  "unverified; must-have ACC-02 Phishing-resistant MFA: fail; score 16.7 is below the pass threshold 70. |") !=
          std::string::npos);
    CHECK(md.find("<b>") == std::string::npos);
    CHECK(md.find("| - | vendors/broken.yaml | | | INVALID | Not scored: 1 error in the file. |") != std::string::npos);
    CHECK(md.find("| Vendor | Score | ACC | PAT |") != std::string::npos);
    CHECK(md.find("| 1. Good Co P1 | 97.8 | 97 | 100 |") != std::string::npos);
    CHECK(md.find("| Vendor | ACC-01 | ACC-02 | Verdict |") != std::string::npos);
    CHECK(md.find("| 1. Good Co P1 | \u2713 | \u2713 | PASS |") != std::string::npos);
    CHECK(md.find("| ? | \u2717 | FAIL |") != std::string::npos);
    CHECK(md.find("## 1. Good Co - P1") != std::string::npos);
    CHECK(md.find("- Why FAIL:\n  - must-have ACC-01 No default passwords is unverified: answered 'yes' without evidence; attach "
                  "the document or URL that shows it\n  - must-have ACC-02 Phishing-resistant MFA is fail:") != std::string::npos);
    CHECK(md.find("## INVALID: vendors/broken.yaml") != std::string::npos);
    CHECK(md.find("- error at vendors/broken.yaml:3:5: bad &lt;value&gt; (hint: fix it)") != std::string::npos);
    CHECK(md.find("OFFICIAL") == std::string::npos);  // no classification unless given
}

TEST_CASE("markdown: title, organisation and classification (first and last) when given, escaped") {
    RunReport run = test::sample_run();
    run.labels = {"Shortlist <b>|x|</b>", "Northshire *Water*", "OFFICIAL-SENSITIVE"};
    std::string md = render_report("markdown", run);
    CHECK(md.rfind("**OFFICIAL-SENSITIVE**\n\n# Shortlist &lt;b&gt;\\|x\\|&lt;/b&gt;\n\nFor Northshire \\*Water\\*. Pack mini", 0) == 0);
    CHECK(md.substr(md.size() - 24) == "\n**OFFICIAL-SENSITIVE**\n");
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

TEST_CASE("markdown: a workbook's problems are located at their cells") {
    std::string md = render_report("markdown", test::workbook_run());
    CHECK(md.find("- error at vendors/broken.xlsx:Answers!E3: bad &lt;value&gt; (hint: fix it)") != std::string::npos);
    CHECK(md.find(":3:5") == std::string::npos);
}
