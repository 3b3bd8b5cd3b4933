#include <catch2/catch.hpp>

#include "score/scoring.hpp"
#include "score/verdict_checks.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

VendorResult scored(const RulePack& pack, const std::string& answers) {
    auto loaded = test::load_mini(test::mini_response(answers));
    REQUIRE(loaded.value);
    return score_response(pack, *loaded.value);
}

}  // namespace

TEST_CASE("a PASS has no reasons") {
    const RulePack& pack = test::mini_pack();
    const VendorResult r = scored(pack, "  ACC-01: { value: yes, evidence: [a] }\n  ACC-02: pki\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                        "  PAT-01: 3\n  PAT-02: { value: yes, evidence: [b] }\n");
    REQUIRE(r.verdict == Verdict::pass);
    CHECK(verdict_reasons(verdict_checks(r, pack)).empty());
    CHECK(summarize_result(r, 0, pack).reasons.empty());
}

TEST_CASE("a FAIL names every failed and unverified gate and the threshold, in check order") {
    const RulePack& pack = test::mini_pack();
    const VendorResult r = scored(pack, "  ACC-01: yes\n  ACC-02: none\n  PAT-01: 0\n");
    REQUIRE(r.verdict == Verdict::fail);
    const auto reasons = verdict_reasons(verdict_checks(r, pack));
    REQUIRE(reasons.size() == 3);
    CHECK(reasons[0].rfind("must-have ACC-01 No default passwords is unverified: ", 0) == 0);
    CHECK(reasons[1].rfind("must-have ACC-02 Phishing-resistant MFA is fail: ", 0) == 0);
    CHECK(reasons[2].find("is below the pass threshold 70") != std::string::npos);
    CHECK(summarize_result(r, 0, pack).reasons == reasons);
}

TEST_CASE("a REVIEW by a floor alone says so, with the score and the floor") {
    RulePack pack = test::mini_pack();
    const std::string answers = "  ACC-01: { value: yes, evidence: [a] }\n  ACC-02: pki\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                "  PAT-01: 3\n  PAT-02: no\n";
    pack.priorities[1].floor = 99;  // PAT
    const VendorResult r = scored(pack, answers);
    REQUIRE(r.verdict == Verdict::review);
    const auto reasons = verdict_reasons(verdict_checks(r, pack));
    REQUIRE(reasons.size() == 1);
    CHECK(reasons[0].find("PAT (") == 0);
    CHECK(reasons[0].find(", below the profile's floor of 99") != std::string::npos);
}

TEST_CASE("brief reasons: the same reasons in a few words, and every gate's status for the summary") {
    const RulePack& pack = test::mini_pack();
    const VendorResult r = scored(pack, "  ACC-01: yes\n  ACC-02: none\n  PAT-01: 0\n");
    const auto checks = verdict_checks(r, pack);
    const auto brief = verdict_brief_reasons(checks);
    REQUIRE(brief.size() == verdict_reasons(checks).size());
    CHECK(brief[0] == "must-have ACC-01 No default passwords: unverified");
    CHECK(brief[1] == "must-have ACC-02 Phishing-resistant MFA: fail");
    CHECK(brief[2] == verdict_reasons(checks)[2]);  // the threshold's message is short already
    const ResultSummary s = summarize_result(r, 0, pack);
    CHECK(s.brief_reasons == brief);
    CHECK(s.gate_statuses == std::vector<GateStatus>{GateStatus::unverified, GateStatus::fail});
    CHECK(summarize_result(invalid_result("x.yaml", {}), 0, pack).gate_statuses.empty());
}
