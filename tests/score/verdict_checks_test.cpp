#include <catch2/catch.hpp>

#include "score/scoring.hpp"
#include "score/verdict_checks.hpp"
#include "score/waiver_apply.hpp"
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

// The staged test pack: ACC-01 (pre-purchase gate, evidence), ACC-02 (transition gate), OPS-01
// (operation), OPS-02 (text); categories cloud and device.
namespace {

VendorResult staged(const std::string& header, const std::string& answers, const RulePack& pack, const ScoreOptions& options = {}) {
    auto loaded = test::load_staged(test::staged_response(header, answers));
    REQUIRE(loaded.value);
    return score_response(pack, *loaded.value, {}, options);
}

const VerdictCheck* find_check(const std::vector<VerdictCheck>& checks, VerdictCheck::Kind kind) {
    for (const auto& c : checks)
        if (c.kind == kind) return &c;
    return nullptr;
}

const char* answers = "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: yes\n  OPS-01: partial\n";

}  // namespace

TEST_CASE("without a tolerance or an answer age in the profile, the checks are the gates, threshold and floors") {
    auto checks = verdict_checks(staged("category: cloud\n", answers, test::staged_pack()), test::staged_pack());
    REQUIRE(checks.size() == 3);  // two gates and the threshold
    CHECK_FALSE(find_check(checks, VerdictCheck::Kind::risk_tolerance));
    CHECK_FALSE(find_check(checks, VerdictCheck::Kind::answer_age));
}

TEST_CASE("the risk tolerance and the age of answers are checks of their own, REVIEW when missed") {
    RulePack pack = test::staged_pack();
    RiskTolerance cloud;
    cloud.min_score = 90;
    pack.risk_tolerance["cloud"] = cloud;
    pack.max_answer_age_days = 30;
    VendorResult r = staged("category: cloud\n", answers, pack, {"", false, "2026-12-01"});
    auto checks = verdict_checks(r, pack);
    REQUIRE(checks.size() == 5);
    const VerdictCheck* tolerance = find_check(checks, VerdictCheck::Kind::risk_tolerance);
    REQUIRE(tolerance);
    CHECK(tolerance->outcome == VerdictCheck::Outcome::reviews);
    CHECK(tolerance->status == "exceeded");
    CHECK(tolerance->name == "within the risk tolerance for category 'cloud'");
    CHECK(tolerance->message == "exceeds risk tolerance for category 'cloud' (score 75.0 < 90): needs sign-off");
    CHECK(tolerance->where.line == 7);
    const VerdictCheck* age = find_check(checks, VerdictCheck::Kind::answer_age);
    REQUIRE(age);
    CHECK(age->outcome == VerdictCheck::Outcome::reviews);
    CHECK(age->status == "too-old");
    CHECK(age->name == "answers not older than 30 days");
    CHECK(fails_the_run(age->outcome, FailOn::review));
    CHECK_FALSE(fails_the_run(age->outcome, FailOn::gate));

    ResultSummary s = summarize_result(r, 0, pack);
    CHECK(s.checks == 5);
    CHECK(s.reviewing_checks == 2);
    REQUIRE(s.reasons.size() == 2);  // the reasons in words name both
    CHECK(s.reasons[0] == "exceeds risk tolerance for category 'cloud' (score 75.0 < 90): needs sign-off");
    CHECK(s.reasons[1].rfind("answers from 2026-02-28, older than 30 days", 0) == 0);

    // Signed off: the tolerance check is waived; answers of today: met.
    Waiver w;
    w.vendor = "Acme";
    w.criterion = risk_tolerance_sign_off;
    w.approved_by = "CIO";
    w.reason = "accepted";
    w.expires = "2027-01-01";
    VendorResult fresh = staged("category: cloud\n", answers, pack, {"", false, "2026-03-01"});
    waive_result(fresh, {w}, "2026-03-01", pack);
    auto after = verdict_checks(fresh, pack);
    CHECK(find_check(after, VerdictCheck::Kind::risk_tolerance)->outcome == VerdictCheck::Outcome::waived);
    CHECK(find_check(after, VerdictCheck::Kind::risk_tolerance)->status == "signed-off");
    CHECK(find_check(after, VerdictCheck::Kind::answer_age)->outcome == VerdictCheck::Outcome::met);
    CHECK(fresh.verdict == Verdict::pass);
}

TEST_CASE("a screening has no threshold, floor or tolerance check; a later-stage gate is not applicable") {
    RulePack pack = test::staged_pack();
    RiskTolerance any;
    any.min_score = 99;
    pack.risk_tolerance[""] = any;
    pack.priorities[0].floor = 90;
    auto screened = verdict_checks(staged("", answers, pack, {"pre-purchase", true, ""}), pack);
    REQUIRE(screened.size() == 2);  // the two gates
    CHECK(screened[0].outcome == VerdictCheck::Outcome::met);
    CHECK(screened[1].outcome == VerdictCheck::Outcome::not_applicable);
    CHECK(screened[1].status == "later-stage");
}
