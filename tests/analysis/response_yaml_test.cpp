#include <catch2/catch.hpp>

#include "analysis/response_yaml.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("a response written as YAML reads back to the same answers, whatever its text holds") {
    const std::string text = test::mini_response(
        "  ACC-01:\n"
        "    value: yes\n"
        "    evidence: [\"docs/a.pdf\", \"https://v.example/a?b=1#c\"]\n"
        "    comment: \"line one\\nline two: with # and \\\"quotes\\\" and \\u00fcml\\u00e4ut\"\n"
        "  ACC-02: ~\n"
        "  ACC-03: [session-log, owner-approval]\n"
        "  ACC-04: \"n/a\"\n"
        "  PAT-01: 12.5\n");
    auto original = test::load_mini(text);
    REQUIRE(original.ok());
    const std::string yaml = render_response_yaml(test::mini_pack(), *original, "vendor.xlsx (sha256 abc)");
    CHECK(yaml.rfind("# Imported by sbdscore from vendor.xlsx (sha256 abc)\nformat: 1\npack: \"mini\"\n", 0) == 0);
    CHECK(yaml.find("  ACC-02: ~\n") != std::string::npos);           // blank stays blank
    CHECK(yaml.find("  ACC-03: [session-log, owner-approval]\n") != std::string::npos);
    CHECK(yaml.find("PAT-02") == std::string::npos);                   // not named: left out
    auto again = read_response_text("again.yaml", yaml, test::mini_pack());
    for (const auto& d : again.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(again.value);
    CHECK(again.diagnostics.empty());
    const VendorResponse& a = again.value->response;
    const VendorResponse& o = *original;
    CHECK(a.vendor == o.vendor);
    CHECK(a.date == o.date);
    CHECK(a.blank_answers.count("ACC-02"));
    REQUIRE(a.answers.size() == o.answers.size());
    for (const auto& [id, answer] : o.answers) {
        INFO(id);
        CHECK(a.answers.at(id).display == answer.display);
        CHECK(a.answers.at(id).evidence == answer.evidence);
        CHECK(a.answers.at(id).comment == answer.comment);
        CHECK(a.answers.at(id).number == answer.number);
        CHECK(a.answers.at(id).not_applicable == answer.not_applicable);
    }
}

TEST_CASE("a response with no answer yet is still a response") {
    auto original = test::load_mini(test::mini_response("  {}\n"));
    REQUIRE(original.ok());
    const std::string yaml = render_response_yaml(test::mini_pack(), *original, "x");
    CHECK(yaml.find("answers: {}\n") != std::string::npos);
    CHECK(load_response_text("x.yaml", yaml, test::mini_pack()).ok());
}
