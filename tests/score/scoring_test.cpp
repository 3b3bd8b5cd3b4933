#include <catch2/catch.hpp>

#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using Catch::Detail::Approx;

namespace {

const char* full_answers =
    "  ACC-01: { value: yes, evidence: [docs/a.pdf] }\n"
    "  ACC-02: fido2\n"
    "  ACC-03: [owner-approval, session-log]\n"
    "  ACC-04: RBAC.\n"
    "  PAT-01: 20\n"
    "  PAT-02: partial\n";

VendorResult score(const std::string& answers) {
    auto loaded = test::load_mini(test::mini_response(answers));
    for (const auto& d : loaded.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(loaded.value);
    return score_response(test::mini_pack(), *loaded.value);
}

const GateResult& gate(const VendorResult& r, const std::string& id) {
    for (const auto& g : r.gates)
        if (g.criterion->id == id) return g;
    FAIL("no gate " << id);
    throw;
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("scores follow docs/scoring.md exactly") {
    VendorResult r = score(full_answers);
    // ACC: (3*1 + 2*1 + 1*0.8) / 6; PAT: (1*0.75 + 1*0.25*0.5) / 2; overall weights ACC 2, PAT 1.
    CHECK(r.find_priority("ACC")->score == Approx(100 * 5.8 / 6));
    CHECK(r.find_priority("PAT")->score == Approx(43.75));
    CHECK(r.score == Approx(100 * (2 * 5.8 / 6 + 0.4375) / 3));
    CHECK(r.verdict == Verdict::pass);
    CHECK(gate(r, "ACC-01").status == GateStatus::pass);
    CHECK(gate(r, "ACC-02").status == GateStatus::pass);
    CHECK(r.vendor == "Acme");
}

TEST_CASE("a claim without expected evidence gets reduced credit and a finding") {
    VendorResult r = score(replace(full_answers, "{ value: yes, evidence: [docs/a.pdf] }", "yes"));
    const CriterionResult& cr = r.find_priority("ACC")->criteria[0];
    CHECK(cr.raw == 1.0);
    CHECK(cr.credit == 0.5);
    CHECK(cr.evidence_missing);
    CHECK(r.find_priority("ACC")->score == Approx(100 * (1.5 + 2 + 0.8) / 6));
    // PAT-02 (partial, evidence expected) is also unevidenced.
    int unevidenced = 0;
    for (const auto& f : r.findings) unevidenced += f.kind == FindingKind::unevidenced_claim;
    CHECK(unevidenced == 2);
    // A must-have claimed without evidence: the gate is unverified and the verdict at best REVIEW.
    CHECK(gate(r, "ACC-01").status == GateStatus::unverified);
    CHECK(r.verdict == Verdict::review);
}

TEST_CASE("n/a answers leave the criterion out; unanswered ones count as zero") {
    VendorResult na = score(replace(full_answers, "[owner-approval, session-log]", "n/a"));
    CHECK(na.find_priority("ACC")->score == Approx(100.0));
    VendorResult missing = score(replace(full_answers, "  ACC-03: [owner-approval, session-log]\n", ""));
    CHECK(missing.find_priority("ACC")->score == Approx(100 * 5.0 / 6));
    bool reported = false;
    for (const auto& f : missing.findings) reported = reported || (f.kind == FindingKind::unanswered && f.criterion_id == "ACC-03");
    CHECK(reported);
}

TEST_CASE("a failed or unanswered gate makes the verdict FAIL whatever the score") {
    VendorResult otp = score(replace(replace(replace(full_answers, "fido2", "otp"), "PAT-01: 20", "PAT-01: 5"),
                                     "PAT-02: partial", "PAT-02: { value: yes, evidence: x.pdf }"));
    CHECK(gate(otp, "ACC-02").status == GateStatus::fail);
    CHECK(gate(otp, "ACC-02").reason == "answered 'otp'; this must-have needs fido2 or pki");
    CHECK(gate(otp, "ACC-02").where.line == 9);
    CHECK(otp.score > 70);
    CHECK(otp.verdict == Verdict::fail);

    VendorResult unanswered = score(replace(full_answers, "  ACC-01: { value: yes, evidence: [docs/a.pdf] }\n", ""));
    CHECK(gate(unanswered, "ACC-01").status == GateStatus::unanswered);
    CHECK(unanswered.verdict == Verdict::fail);
    CHECK(unanswered.blocking_gates().size() == 1);
}

TEST_CASE("gates pass but the score is under the threshold: REVIEW") {
    VendorResult r = score(
        "  ACC-01: { value: yes, evidence: [docs/a.pdf] }\n"
        "  ACC-02: pki\n"
        "  ACC-03: []\n"
        "  PAT-01: 400\n"
        "  PAT-02: no\n");
    // ACC (5/6) weighted 2, PAT 0 weighted 1: 55.6
    CHECK(r.score == Approx(100 * (2 * 5.0 / 6) / 3));
    CHECK(r.verdict == Verdict::review);
}

TEST_CASE("raw scores of each answer type") {
    const RulePack& pack = test::mini_pack();
    const Criterion& patch = *pack.find_criterion("PAT-01");
    Answer a;
    for (auto [days, expected] : std::vector<std::pair<double, double>>{{0, 1}, {14, 1}, {14.5, 0.75}, {30, 0.75}, {90, 0.4}, {91, 0}}) {
        a.number = days;
        CHECK(raw_score(patch, a) == expected);
    }
    const Criterion& multi = *pack.find_criterion("ACC-03");
    Answer m;
    m.choices = {"owner-approval", "session-log", "kill-switch"};
    CHECK(raw_score(multi, m) == 1.0);  // 1.1 capped
    m.choices = {};
    CHECK(raw_score(multi, m) == 0.0);
    const Criterion& yesno = *pack.find_criterion("PAT-02");
    Answer y;
    y.value = "partial";
    CHECK(raw_score(yesno, y) == 0.25);
}

TEST_CASE("a priority whose every criterion is n/a is left out of the overall score") {
    auto loaded = load_pack_files(
        {{"pack.yaml", "pack.yaml", "format: 1\nid: t\nversion: '1'\ntitle: T\npass_threshold: 50\npriorities: [a.yaml, b.yaml]\n"},
         {"a.yaml", "a.yaml", "id: AA\ntitle: A\nweight: 1\ncriteria:\n  - { id: AA-01, title: x, question: q, type: yesno, weight: 1, na: true }\n"},
         {"b.yaml", "b.yaml", "id: BB\ntitle: B\nweight: 3\ncriteria:\n  - { id: BB-01, title: x, question: q, type: yesno, weight: 1 }\n"}},
        "test");
    REQUIRE(loaded.value);
    auto response = load_response_text(
        "r.yaml", "format: 1\npack: t\nvendor: V\nproduct: P\nversion: '1'\ndate: 2026-01-01\nanswers: { AA-01: n/a, BB-01: partial }\n",
        *loaded.value);
    REQUIRE(response.value);
    VendorResult r = score_response(*loaded.value, *response.value);
    CHECK_FALSE(r.find_priority("AA")->applicable);
    CHECK(r.score == Approx(50.0));
    CHECK(r.verdict == Verdict::pass);  // exactly at the threshold passes
}

TEST_CASE("invalid_result keeps the reasons") {
    VendorResult r = invalid_result("x.yaml", {{Severity::error, {"x.yaml", 2, 3}, "bad", ""}});
    CHECK(r.verdict == Verdict::invalid);
    CHECK(r.diagnostics.size() == 1);
}

TEST_CASE("a priority below its profile floor makes the verdict REVIEW, with a finding; gates still make FAIL") {
    RulePack pack = test::mini_pack();
    pack.priorities[1].floor = 50;  // PAT scores 43.75 with full_answers
    auto loaded = test::load_mini(test::mini_response(full_answers));
    REQUIRE(loaded.value);
    VendorResult r = score_response(pack, *loaded.value);
    CHECK(r.score > pack.pass_threshold);
    CHECK(below_floor(r.priorities[1]));
    CHECK_FALSE(below_floor(r.priorities[0]));
    CHECK(r.verdict == Verdict::review);
    bool found = false;
    for (const auto& f : r.findings)
        found = found || (f.kind == FindingKind::below_floor && f.message.find("PAT (Patching) scores 43.8, below the profile's floor of 50") == 0);
    CHECK(found);

    pack.priorities[1].floor = 43.75;  // reaching the floor exactly is enough
    CHECK(score_response(pack, *loaded.value).verdict == Verdict::pass);

    pack.priorities[1].floor = 50;
    auto failing = test::load_mini(test::mini_response(replace(full_answers, "ACC-02: fido2", "ACC-02: otp")));
    REQUIRE(failing.value);
    CHECK(score_response(pack, *failing.value).verdict == Verdict::fail);
}

TEST_CASE("verdict_for recomputes the verdict when a gate's status changes") {
    VendorResult r = score(replace(full_answers, "ACC-02: fido2", "ACC-02: otp"));
    CHECK(r.verdict == Verdict::fail);
    for (auto& g : r.gates)
        if (g.criterion->id == "ACC-02") g.status = GateStatus::waived;
    // No gate blocks now, but otp's 0.4 credit leaves S at 65.7, under the threshold 70.
    CHECK(r.score == Approx(100 * (2 * 4.6 / 6 + 0.4375) / 3));
    CHECK(verdict_for(r, test::mini_pack()) == Verdict::review);
}

TEST_CASE("an unanswered gate is located at its own key, at answers: only when the file omits it") {
    auto loaded = test::load_mini(test::mini_response("  ACC-01: ~\n  ACC-03: [session-log]\n  PAT-01:\n    value: ~\n"));
    REQUIRE(loaded.value);
    VendorResult r = score_response(test::mini_pack(), *loaded.value);
    REQUIRE(r.gates.size() == 2);
    CHECK(r.gates[0].status == GateStatus::unanswered);  // ACC-01, written blank
    CHECK(r.gates[0].where.line == 8);
    CHECK(r.gates[0].where.column == 3);
    CHECK(r.gates[1].status == GateStatus::unanswered);  // ACC-02, not in the file
    CHECK(r.gates[1].where.line == 7);                   // answers:
    bool located = false;  // the finding of a blank value sits at its `value:` key
    for (const auto& f : r.findings)
        located = located || (f.criterion_id == "PAT-01" && f.kind == FindingKind::unanswered && f.where.line == 11);
    CHECK(located);
}

// Stages, screening, risk tolerance and the age of answers, on the staged test pack: ACC-01
// (pre-purchase gate, evidence), ACC-02 (transition gate), OPS-01 (operation), OPS-02 (text).
namespace {

VendorResult score_staged(const std::string& header, const std::string& answers, const ScoreOptions& options,
                          const RulePack& pack = test::staged_pack()) {
    auto loaded = test::load_staged(test::staged_response(header, answers));
    for (const auto& d : loaded.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(loaded.value);
    return score_response(pack, *loaded.value, {}, options);
}

const char* staged_answers = "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: no\n  OPS-01: no\n";

bool has_finding(const VendorResult& r, FindingKind kind) {
    for (const auto& f : r.findings)
        if (f.kind == kind) return true;
    return false;
}

}  // namespace

TEST_CASE("a stage scores its criteria and the earlier ones; later ones are not scored, not unanswered") {
    // Full evaluation: ACC-02 fails its gate, OPS-01 scores 0.
    VendorResult full = score_staged("", staged_answers, {});
    CHECK(full.verdict == Verdict::fail);
    CHECK(full.score == Approx(100.0 * (1 * (2.0 / 3) + 1 * 0) / 2));

    VendorResult pre = score_staged("", "  ACC-01: { value: yes, evidence: [a.pdf] }\n", {"pre-purchase", false, ""});
    CHECK(pre.verdict == Verdict::pass);
    CHECK(pre.score == Approx(100));  // ACC: ACC-01 alone; OPS: nothing of this stage
    const GateResult& later = gate(pre, "ACC-02");
    CHECK(later.status == GateStatus::later_stage);
    CHECK(later.reason == "not scored at this stage (pre-purchase): its answer can first be verified at transition");
    CHECK_FALSE(has_finding(pre, FindingKind::unanswered));  // ACC-02 and OPS-01 are unanswered, but of later stages
    const PriorityResult* ops = pre.find_priority("OPS");
    REQUIRE(ops);
    CHECK_FALSE(ops->applicable);
    CHECK_FALSE(ops->in_stage);
    CHECK_FALSE(pre.find_priority("ACC")->criteria[1].in_stage);

    VendorResult transition = score_staged("", staged_answers, {"transition", false, ""});
    CHECK(gate(transition, "ACC-02").status == GateStatus::fail);
    CHECK(transition.verdict == Verdict::fail);
    CHECK(transition.find_priority("OPS")->in_stage == false);
}

TEST_CASE("a screening checks the gates alone: no score, the verdict from the gates") {
    VendorResult screened = score_staged("", "  ACC-01: yes\n  ACC-02: yes\n", {"", true, ""});
    CHECK_FALSE(screened.scored);
    CHECK(screened.priorities.empty());
    CHECK(screened.gates.size() == 2);
    CHECK(gate(screened, "ACC-01").status == GateStatus::unverified);
    CHECK(screened.verdict == Verdict::review);  // no threshold: OPS-01 unanswered does not matter
    CHECK_FALSE(has_finding(screened, FindingKind::unanswered));

    CHECK(score_staged("", staged_answers, {"", true, ""}).verdict == Verdict::fail);
    VendorResult early = score_staged("", staged_answers, {"pre-purchase", true, ""});
    CHECK(early.verdict == Verdict::pass);
    CHECK(gate(early, "ACC-02").status == GateStatus::later_stage);
}

TEST_CASE("a result beyond the risk tolerance of its category is REVIEW until signed off") {
    RulePack pack = test::staged_pack();
    RiskTolerance cloud;
    cloud.min_score = 90;
    cloud.floors["OPS"] = 50;
    pack.risk_tolerance["cloud"] = cloud;
    const char* answers = "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: yes\n  OPS-01: partial\n";

    VendorResult r = score_staged("category: cloud\n", answers, {}, pack);
    CHECK(r.score == Approx(75));
    CHECK(r.verdict == Verdict::review);
    REQUIRE(has_finding(r, FindingKind::risk_tolerance_exceeded));
    const Finding& f = r.findings.back();
    CHECK(f.message == "exceeds risk tolerance for category 'cloud' (score 75.0 < 90): needs sign-off");
    CHECK(f.where.line == 7);  // the category line
    CHECK(verdict_for(r, pack) == Verdict::review);

    // Another category, without a tolerance of its own and no default: within.
    CHECK(score_staged("category: device\n", answers, {}, pack).verdict == Verdict::pass);
    // The default applies to responses without a category, and to categories without a tolerance.
    RiskTolerance floor_only;
    floor_only.floors["OPS"] = 60;
    pack.risk_tolerance[""] = floor_only;
    VendorResult uncategorised = score_staged("", answers, {}, pack);
    CHECK(uncategorised.verdict == Verdict::review);
    CHECK(uncategorised.findings.back().message == "exceeds the default risk tolerance (OPS 50.0 < 60): needs sign-off");
    CHECK(score_staged("category: device\n", answers, {}, pack).verdict == Verdict::review);
    // A screening has no score to hold against the tolerance.
    CHECK_FALSE(has_finding(score_staged("category: cloud\n", answers, {"", true, ""}, pack), FindingKind::risk_tolerance_exceeded));
}

TEST_CASE("answers older than the maximum age are REVIEW: reassess") {
    RulePack pack = test::staged_pack();
    pack.max_answer_age_days = 365;
    const char* answers = "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: yes\n  OPS-01: yes\n";
    // Dated 2026-02-28: 365 days later is still fresh, 366 is not.
    CHECK(score_staged("", answers, {"", false, "2027-02-28"}, pack).verdict == Verdict::pass);
    VendorResult old = score_staged("", answers, {"", false, "2027-03-01"}, pack);
    CHECK(old.verdict == Verdict::review);
    REQUIRE(has_finding(old, FindingKind::answers_stale));
    CHECK(old.findings.back().message == "answers from 2026-02-28, older than 365 days: reassess");
    CHECK(old.findings.back().where.line == 6);
    // Screening too: old answers need reassessing whatever the gates say.
    CHECK(score_staged("", answers, {"", true, "2027-03-01"}, pack).verdict == Verdict::review);
    // Without a run date, or without a maximum, nothing is checked.
    CHECK(score_staged("", answers, {"", false, ""}, pack).verdict == Verdict::pass);
    CHECK(score_staged("", answers, {"", false, "2030-01-01"}).verdict == Verdict::pass);
}
