#include <catch2/catch.hpp>

#include "load/pack_test_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;

namespace {

std::string case_text(const std::string& blocks) {
    return test::staged_response("", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: yes\n") + blocks;
}

}  // namespace

TEST_CASE("a pack test is a response plus what the pack must make of it") {
    auto r = load_pack_test_text("t.yaml", case_text("test:\n  description: d\n  profile: small\n  as_of: 2026-12-01\n"
                                                      "  stage: transition\nexpect:\n  verdict: REVIEW\n  score: [60, 70.5]\n"
                                                      "  gates: { ACC-01: pass, ACC-02: later-stage }\n"
                                                      "  findings: [unanswered, answers-stale]\n"),
                                 test::staged_pack());
    for (const auto& d : r.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(r.value);
    const PackTestCase& t = *r.value;
    CHECK(t.response.vendor == "Acme");
    CHECK(t.settings.profile == "small");
    CHECK(t.settings.stage == "transition");
    CHECK(t.settings.as_of == "2026-12-01");
    CHECK(t.expect.verdict == Verdict::review);
    CHECK(t.expect.score_min == std::optional<double>(60));
    CHECK(t.expect.score_max == std::optional<double>(70.5));
    REQUIRE(t.expect.gates.size() == 2);
    CHECK(t.expect.gates[1].status == GateStatus::later_stage);
    REQUIRE(t.expect.findings.size() == 2);
    CHECK(t.expect.findings[1].kind == FindingKind::answers_stale);
}

TEST_CASE("a pack test's mistakes are located") {
    auto r = load_pack_test_text("t.yaml", case_text("test:\n  screen: true\n  stage: later\n  as_of: 2026-02-30\n"
                                                      "expect:\n  verdict: INVALID\n  score: [70, 60]\n  gates: { ACC-09: pass, ACC-01: passed }\n"
                                                      "  findings: [stale]\n  verdit: PASS\n"),
                                 test::staged_pack());
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 12, 10, "stage 'later' is not one of the pack's stages"));
    CHECK(has_diagnostic(r.diagnostics, 13, 10, "as_of '2026-02-30' is not a calendar date"));
    CHECK(has_diagnostic(r.diagnostics, 15, 12, "expected verdict 'INVALID' is not PASS, REVIEW or FAIL"));
    CHECK(has_diagnostic(r.diagnostics, 16, 10, "a screening has no score to expect"));
    CHECK(has_diagnostic(r.diagnostics, 17, 12, "unknown criterion 'ACC-09' in pack staged"));
    CHECK(has_diagnostic(r.diagnostics, 17, 34, "'passed' is not a gate status"));
    CHECK(has_diagnostic(r.diagnostics, 18, 14, "'stale' is not a finding kind"));
    CHECK(has_diagnostic(r.diagnostics, 19, 3, "unknown key 'verdit' in expect"));

    auto no_expect = load_pack_test_text("t.yaml", case_text(""), test::staged_pack());
    CHECK(has_diagnostic(no_expect.diagnostics, 1, 1, "a pack test needs an expect: block"));
    // The response part is read as strictly as by evaluate.
    auto bad_response = load_pack_test_text("t.yaml", case_text("expect: { verdict: PASS }\nextra: 1\n"), test::staged_pack());
    CHECK(has_diagnostic(bad_response.diagnostics, 11, 1, "unknown key 'extra' in the response"));
}
