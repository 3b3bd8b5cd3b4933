#include <catch2/catch.hpp>

#include "analysis/questionnaire.hpp"
#include "analysis/submission_checks.hpp"
#include "load/rule_pack_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

const char* manifest = "format: 1\nid: t\nversion: 1.0.0\ntitle: T\npass_threshold: 70\npriorities: [p.yaml]\n";

RulePack pack_with(const std::string& priority) {
    auto r = load_pack_files({{"pack.yaml", "pack.yaml", manifest}, {"p.yaml", "p.yaml", priority}}, "test");
    REQUIRE(r.value);
    return *r.value;
}

}  // namespace

TEST_CASE("the blank template reads back: header placeholders are errors, every answer blank") {
    const RulePack& pack = test::mini_pack();
    const std::string text = render_questionnaire_yaml(pack, {});
    CHECK(text.rfind("# yaml-language-server: $schema=./mini.schema.json\n", 0) == 0);
    CHECK_FALSE(load_response_text("t.yaml", text, pack).value);
    auto r = read_response_text("t.yaml", text, pack);
    REQUIRE(r.value);
    CHECK(r.value->response.blank_answers.size() == pack.criterion_ids().size());
    CHECK(r.value->response.answers.empty());
    REQUIRE(r.diagnostics.size() == 4);
    CHECK(r.diagnostics[0].message == "vendor is still the template placeholder '<vendor name>'");
    CHECK(r.diagnostics[3].message == "date is still the template placeholder '<YYYY-MM-DD>'");
}

TEST_CASE("the template describes each criterion in comments") {
    const std::string text = render_questionnaire_yaml(test::mini_pack(), {"", "", "schemas/mini.json"});
    CHECK(text.rfind("# yaml-language-server: $schema=schemas/mini.json\n", 0) == 0);
    CHECK(text.find("  # ACC-02  Phishing-resistant MFA\n"
                    "  # MUST-HAVE (gate): passes only with fido2 or pki\n"
                    "  # Question: Which MFA does the product support?\n"
                    "  # Answer: one of: fido2 | pki | otp | none; n/a is not accepted\n"
                    "  #   - fido2: FIDO2 (scores 1)\n") != std::string::npos);
    CHECK(text.find("or n/a if\n  #   it does not apply") != std::string::npos);  // ACC-03 allows n/a
    CHECK(text.find("  # Scoring: up to 14 days: scores 1;") != std::string::npos);
    CHECK(text.find("  ACC-01:\n    value: ~\n    evidence: []\n") != std::string::npos);  // evidence expected
    CHECK(text.find("  ACC-02: ~\n") != std::string::npos);
}

TEST_CASE("vendor and product names given on the command line read back unchanged") {
    const std::string vendor = "Quote \" back\\slash\ttab\x1b[2J \xc2\x85 line\xe2\x80\xa8sep";
    const std::string text = render_questionnaire_yaml(test::mini_pack(), {vendor, "P: 1 # not a comment", ""});
    auto r = read_response_text("t.yaml", text, test::mini_pack());
    REQUIRE(r.value);
    CHECK(r.value->response.vendor == vendor);
    CHECK(r.value->response.product == "P: 1 # not a comment");
    CHECK(yaml_double_quoted("a\"b\\c\n") == "\"a\\\"b\\\\c\\x0a\"");
}

TEST_CASE("pack text cannot break out of its comments") {
    // A user-supplied pack whose text holds line breaks followed by YAML.
    RulePack pack = pack_with(
        "id: PR\ntitle: \"P\\nvendor: injected\"\nweight: 1\ncriteria:\n"
        "  - id: PR-01\n    title: \"T\\n  PR-01: yes\"\n    question: \"Q\\nanswers: {}\"\n    type: yesno\n"
        "    weight: 1\n    guidance: \"G\\r\\n  PR-01: no\\u2028x\"\n");
    const std::string text = render_questionnaire_yaml(pack, {"Acme", "P", ""});
    auto r = read_response_text("t.yaml", text, pack);
    REQUIRE(r.value);
    CHECK(r.value->response.vendor == "Acme");
    CHECK(r.value->response.answers.empty());
    CHECK(r.value->response.blank_answers.count("PR-01") == 1);
    for (const auto& d : r.diagnostics) CHECK(d.message.find("template placeholder") != std::string::npos);
}
