#include <catch2/catch.hpp>

#include "analysis/pack_test_check.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

VendorResult staged_result(const ScoreOptions& options = {}) {
    auto loaded = test::load_staged(test::staged_response("", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: no\n  OPS-01: yes\n"));
    REQUIRE(loaded.value);
    return score_response(test::staged_pack(), *loaded.value, {}, options);
}

}  // namespace

TEST_CASE("an expectation the result meets gives no mismatch") {
    VendorResult r = staged_result();  // FAIL (ACC-02), score 100 * (2/3 + 1) / 2
    PackTestExpectation e;
    e.verdict = Verdict::fail;
    e.score_min = 83;
    e.score_max = 83.4;
    e.gates = {{"ACC-01", GateStatus::pass, {}}, {"ACC-02", GateStatus::fail, {}}};
    CHECK(check_expectation(e, r).empty());
    CHECK(summarize_result(r) == "FAIL, score 83.3");
}

TEST_CASE("every expectation the result misses is one line") {
    VendorResult r = staged_result({"pre-purchase", false, ""});
    PackTestExpectation e;
    e.verdict = Verdict::fail;
    e.score_min = 10;
    e.score_max = 20;
    e.gates = {{"ACC-02", GateStatus::fail, {}}, {"OPS-01", GateStatus::pass, {}}};
    e.findings = {{FindingKind::risk_tolerance_exceeded, {}}};
    auto lines = check_expectation(e, r);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "verdict: expected FAIL, got PASS");
    CHECK(lines[1] == "score: expected 10 to 20, got 100.00");
    CHECK(lines[2] == "gate ACC-02: expected fail, got later-stage (not scored at this stage (pre-purchase): its answer can "
                      "first be verified at transition)");
    CHECK(lines[3] == "gate OPS-01: expected pass, but it is not a gate in this run");
    CHECK(lines[4] == "finding risk-tolerance-exceeded: expected, none found");
    CHECK(summarize_result(staged_result({"", true, ""})) == "FAIL, screened");
}
