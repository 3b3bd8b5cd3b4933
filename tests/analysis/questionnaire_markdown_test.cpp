#include <catch2/catch.hpp>

#include "analysis/questionnaire.hpp"
#include "load/rule_pack_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("the Markdown questionnaire has a section per priority and criterion") {
    const std::string md = render_questionnaire_markdown(test::mini_pack(), {"Acme", "P1", ""});
    CHECK(md.rfind("# Questionnaire: Mini test pack\n", 0) == 0);
    CHECK(md.find("| Vendor | Acme |\n| Product | P1 |\n") != std::string::npos);
    CHECK(md.find("## ACC Access\n") != std::string::npos);
    CHECK(md.find("### ACC-02 Phishing-resistant MFA\n\n- **Must-have (gate):** passes only with fido2 or pki\n") !=
          std::string::npos);
    CHECK(md.find("  - `otp`: One-time codes (scores 0.4)\n") != std::string::npos);
    CHECK(md.find("- **Answer:** a list of any of: owner-approval, session-log, kill-switch (\\[\\] for none); or n/a") !=
          std::string::npos);
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("pack text and names are escaped for Markdown") {
    const char* manifest = "format: 1\nid: t\nversion: 1.0.0\ntitle: \"<script>alert(1)</script>\"\npass_threshold: 70\n"
                           "priorities: [p.yaml]\n";
    auto r = load_pack_files({{"pack.yaml", "pack.yaml", manifest},
                              {"p.yaml", "p.yaml",
                               "id: PR\ntitle: \"*bold* [link](http://x) &amp;\"\nweight: 1\ncriteria:\n"
                               "  - id: PR-01\n    title: \"T\\n# heading\"\n    question: \"`code` ~~gone~~ _x_\"\n"
                               "    type: yesno\n    weight: 1\n"}},
                             "test");
    REQUIRE(r.value);
    const std::string md = render_questionnaire_markdown(*r.value, {"A | B", "", ""});
    CHECK(md.find("# Questionnaire: \\<script\\>alert(1)\\</script\\>\n") != std::string::npos);
    CHECK(md.find("## PR \\*bold\\* \\[link\\](http://x) &amp;amp;\n") != std::string::npos);
    CHECK(md.find("### PR-01 T # heading\n") != std::string::npos);  // the line break is gone
    CHECK(md.find("- **Question:** \\`code\\` \\~\\~gone\\~\\~ \\_x\\_\n") != std::string::npos);
    CHECK(md.find("| Vendor | A \\| B |\n") != std::string::npos);
}
